// What an app ships: each part of the package bundled by the real esbuild (--bundle --minify), from
// dist/ and from src/ copied into a library. Only what describe(), entries or ranges need holds prose.
import { describe, expect, it } from "vitest";
import { bundleApps } from "../../bench/bundles.mjs";
import {
  constFixturePackage,
  defaultPackage,
  type GeneratedPackage,
  type SpecData,
} from "./generatedPackages.js";

const PACKAGES: GeneratedPackage[] = [
  defaultPackage(),
  constFixturePackage("bundles-test"),
];

/** Every text of the spec meant for people: descriptions, summaries, flag meanings, range descriptions. */
function prose(spec: SpecData): string[] {
  return [
    ...spec.codes.flatMap((code) => [code.description, code.summary ?? ""]),
    ...Object.values(spec.flags ?? {}),
    ...(spec.ranges ?? []).map((range) => range.description),
  ].filter((text) => marker(text) !== undefined);
}

/**
 * The longest run of a text that every way of writing it in JavaScript keeps as it is (esbuild picks
 * its own quotes and escapes non-ASCII characters), when one of at least 12 characters exists (shorter ones, such as "Reserved", can be code names).
 */
function marker(text: string): string | undefined {
  const runs = text.match(/[\x20-\x7e]+/g) ?? [];
  const longest = runs
    .flatMap((run) => run.split(/["'`$\\]/))
    .sort((a, b) => b.length - a.length)[0];
  return longest !== undefined && longest.length >= 12 ? longest : undefined;
}

/** The texts a bundle holds. */
function textsIn(bundle: string, texts: readonly string[]): string[] {
  return texts.filter((text) => bundle.includes(marker(text)!));
}

describe.each(PACKAGES)("$label, bundled by esbuild", (pkg) => {
  const bundles = bundleApps(pkg.dir, pkg.spec.name);
  const texts = prose(pkg.spec);

  it.each([
    "only hasFlag",
    "only the enum",
    "vendored src/, only the enum",
    "vendored src/, only hasFlag",
  ])("an app importing %s holds no prose", async (app) => {
    const bundle = (await bundles)[app]!;
    expect(bundle.length).toBeGreaterThan(0);
    expect(textsIn(bundle, texts)).toEqual([]);
  });

  it("an app importing only describe holds every code's description", async () => {
    const bundle = (await bundles)["only describe"]!;
    const descriptions = pkg.spec.codes
      .map((code) => code.description)
      .filter((text) => marker(text) !== undefined);
    expect(descriptions.length).toBeGreaterThan(0);
    expect(textsIn(bundle, descriptions)).toEqual(descriptions);
  });

  it("an app importing only hasFlag holds the lookups and not describe's", async () => {
    const { ["only hasFlag"]: hasFlagOnly, ["only describe"]: describeOnly } =
      await bundles;
    expect(hasFlagOnly!.length).toBeLessThan(describeOnly!.length);
  });
});

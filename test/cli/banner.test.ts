// The banner names what regenerates a file in the project it lands in: the spec's path from the project
// root and the command as that project runs it; --check's fix line names the same command.
import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli, specYaml, tempDir, writeFile } from "../helpers.js";

const SPEC = specYaml("BannerCodes", [{ name: "Ok", code: 1 }]);

/** A throwaway project: its package.json (or none) and one spec at `specPath`. */
function project(manifest: object | undefined, specPath: string): string {
  const root = tempDir();
  if (manifest !== undefined)
    writeFile(path.join(root, "package.json"), JSON.stringify(manifest));
  writeFile(path.join(root, specPath), SPEC);
  return root;
}

function bannerOf(root: string, specPath: string, cwd = root): string {
  const result = runCli(["gen", "--spec", specPath, "--out", "out"], cwd);
  expect(result.stderr).toBe("");
  const source = readFileSync(
    path.join(cwd, "out", "src", "BannerCodes.ts"),
    "utf8",
  );
  return source.split("\n")[0]!;
}

describe("the banner", () => {
  it.each([
    [
      "a project whose gen script runs codeset",
      { scripts: { gen: "codeset gen" } },
      "spec/codes.yaml",
      "// generated from spec/codes.yaml by `npm run gen`; do not edit",
    ],
    [
      "a project whose gen script runs codeset through npx, among other steps",
      { scripts: { gen: "npx codeset gen && node fix-docs.js" } },
      "spec/codes.yaml",
      "// generated from spec/codes.yaml by `npm run gen`; do not edit",
    ],
    [
      "a project without a gen script",
      { scripts: { build: "tsc" } },
      "spec/codes.yaml",
      "// generated from spec/codes.yaml by `npx codeset gen`; do not edit",
    ],
    [
      "a project whose gen script runs something else",
      { scripts: { gen: "make generate" } },
      "spec/codes.yaml",
      "// generated from spec/codes.yaml by `npx codeset gen`; do not edit",
    ],
    [
      "a spec outside spec/, which only --spec finds",
      { scripts: { gen: "codeset gen" } },
      "config/close-codes.yaml",
      "// generated from config/close-codes.yaml by `npm run gen -- --spec config/close-codes.yaml`; do not edit",
    ],
    [
      "a folder without a package.json",
      undefined,
      "codes.yaml",
      "// generated from codes.yaml by `npx codeset gen --spec codes.yaml`; do not edit",
    ],
  ])("in %s", (_, manifest, specPath, banner) => {
    const root = project(manifest, specPath);
    expect(bannerOf(root, specPath)).toBe(banner);
  });

  it("names the spec from the project root, whatever folder gen runs in", () => {
    const root = project(
      { scripts: { gen: "codeset gen" } },
      "spec/codes.yaml",
    );
    const work = path.join(root, "packages", "app");
    writeFile(path.join(work, ".keep"), "");
    expect(bannerOf(root, "../../spec/codes.yaml", work)).toBe(
      "// generated from spec/codes.yaml by `npm run gen`; do not edit",
    );
  });
});

describe("gen --check", () => {
  it.each([
    [
      { scripts: { gen: "codeset gen" } },
      "npm run gen -- --spec spec/codes.yaml --out out",
    ],
    [{}, "npx codeset gen --spec spec/codes.yaml --out out"],
  ])(
    "in a project with package.json %j tells the user to run `%s`",
    (manifest, command) => {
      const root = project(manifest, "spec/codes.yaml");
      const result = runCli(
        ["gen", "--check", "--spec", "spec/codes.yaml", "--out", "out"],
        root,
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `out of date: run \`${command}\` and commit the result`,
      );
    },
  );
});

// Every key of the format reaches an output: set to its example (src/spec/keys.ts), a spec renders
// differently than without it. A key that is validated and then dropped fails here.
import path from "node:path";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { MAPPINGS } from "../../src/spec/keys.js";
import type { KeySpec } from "../../src/spec/table.js";
import { renderSpec, tempDir, writeFile } from "../helpers.js";

type Spec = Record<string, unknown> & {
  ranges: Record<string, unknown>[];
  codes: Record<string, unknown>[];
};

function baseSpec(): Spec {
  return {
    name: "ReachCodes",
    package: { name: "reach-codes", version: "1.0.0" },
    // Every language, so that a key of one of them (csharp.namespace, go.package) has an output to reach.
    targets: ["typescript", "csharp", "python", "go"],
    flags: { retryable: "The client may try again." },
    ranges: [{ from: 100, to: 199, description: "The only range." }],
    codes: [{ name: "First", code: 150, description: "The first code." }],
  };
}

/** Where each mapping's keys live in the base spec. */
const PLACES: Record<
  keyof typeof MAPPINGS,
  (spec: Spec) => Record<string, unknown>
> = {
  spec: (spec) => spec,
  package: (spec) => spec.package as Record<string, unknown>,
  docs: (spec) => (spec.docs ??= {}) as Record<string, unknown>,
  bounds: (spec) =>
    (spec.bounds ??= { min: 0, max: 65535 }) as Record<string, unknown>,
  typescript: (spec) => (spec.typescript ??= {}) as Record<string, unknown>,
  csharp: (spec) => (spec.csharp ??= {}) as Record<string, unknown>,
  go: (spec) => (spec.go ??= {}) as Record<string, unknown>,
  range: (spec) => spec.ranges[0]!,
  otherwise: (spec) =>
    (spec.otherwise ??= { flags: [] }) as Record<string, unknown>,
  code: (spec) => spec.codes[0]!,
};

function render(spec: Spec): Map<string, string> {
  const dir = tempDir("codeset-keys-");
  // A template folder for the `templates` key, which only reaches outputs through its templates.
  writeFile(
    path.join(dir, "templates", "outputs", "EXTRA.txt.hbs"),
    "{{name}}\n",
  );
  const file = path.join(dir, "spec.yaml");
  writeFile(file, stringify(spec));
  return renderSpec(file, dir);
}

const keys = Object.entries(MAPPINGS).flatMap(([mapping, { keys }]) =>
  Object.entries(keys as Record<string, KeySpec<unknown>>).map(
    ([key, spec]) => ({
      mapping: mapping as keyof typeof MAPPINGS,
      key,
      example: spec.example,
      label: `${mapping}.${key}`,
    }),
  ),
);

/**
 * Keys known to reach no output yet, each a gap to close; a gap that closes makes its test fail, so it
 * leaves this list. (`bounds` left it when the doc page's number-space diagram came to span them.)
 */
const KNOWN_UNREACHED = new Set<string>([]);

function reaches({ mapping, key, example }: (typeof keys)[number]): void {
  const base = render(baseSpec());
  const spec = baseSpec();
  const place = PLACES[mapping](spec);
  expect(place[key], "the example must differ from the base spec").not.toEqual(
    example,
  );
  place[key] = example;
  expect(render(spec)).not.toEqual(base);
}

describe("every key of the spec format", () => {
  test.each(keys.filter(({ label }) => !KNOWN_UNREACHED.has(label)))(
    "$label reaches an output",
    reaches,
  );
  test.fails.each(keys.filter(({ label }) => KNOWN_UNREACHED.has(label)))(
    "$label reaches no output yet (a known gap)",
    reaches,
  );
});

// Large specs are read by js-yaml first: it must give every valid spec the very same Spec as the
// positional parser, and hand every invalid one back so messages keep their FILE:LINE:COL.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticSpec } from "../bench/syntheticSpec.mjs";
import { loadSpec, QUICK_PARSE_MIN_BYTES, quickDocument } from "../scripts/loadSpec.js";
import { validateSpec } from "../scripts/validateSpec.js";
import { newLineCounter } from "../scripts/yaml.js";
import { ROOT, runCli, scratchDir } from "./support.js";

const goodSpecs = [
  ...["spec", "test/fixtures", "test/hostile"].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file) => path.join(ROOT, dir, file)),
  ),
];

function quickly(file: string) {
  const document = quickDocument(readFileSync(file, "utf8"));
  expect(document, `${file} parses quickly`).toBeDefined();
  return validateSpec({ file, document: document!, lineCounter: newLineCounter(), positioned: false }, "spec.yaml");
}

describe("the quick parser", () => {
  it.each(goodSpecs.map((file) => path.relative(ROOT, file)))("gives %s the same spec as the positional parser", (file) => {
    const absolute = path.join(ROOT, file);
    expect(quickly(absolute)).toEqual(validateSpec(loadSpec(absolute, { exact: true }), "spec.yaml"));
  });

  it("reads a synthetic spec of 1,000 codes as the positional parser does, and is the path large specs take", () => {
    const file = path.join(scratchDir("quick"), "large.yaml");
    writeFileSync(file, syntheticSpec(1000));
    expect(readFileSync(file).length).toBeGreaterThan(QUICK_PARSE_MIN_BYTES);
    expect(loadSpec(file).positioned).toBe(false);
    expect(quickly(file)).toEqual(validateSpec(loadSpec(file, { exact: true }), "spec.yaml"));
  });

  it("hands a large spec with a problem back to the positional parser, so the message has its place", () => {
    const dir = scratchDir("quick-bad");
    const file = path.join(dir, "large.yaml");
    const lines = syntheticSpec(1000).split("\n");
    const at = lines.findIndex((line) => line.includes("code: ") && lines.indexOf(line) > 500);
    lines[at] = lines[at]!.replace(/code: \d+/, "code: 12.5");
    writeFileSync(file, lines.join("\n"));
    const result = runCli(["gen", "--spec", file, "--out", path.join(dir, "out")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${at + 1}:11: `);
  });

  it("leaves aliases, duplicate keys and YAML errors to the positional parser", () => {
    const big = `# ${"padding ".repeat(QUICK_PARSE_MIN_BYTES / 8)}\n`;
    expect(quickDocument(`${big}a: &x [1]\nb: *x\n`)).toBeUndefined();
    expect(quickDocument(`${big}a: 1\na: 2\n`)).toBeUndefined();
    expect(quickDocument(`${big}a: [1\n`)).toBeUndefined();
    expect(quickDocument(`${big}- a\n`)).toBeUndefined();
  });
});

// Bad specs: each case in test/corpora/bad-specs/ fails through the real CLI with its exact messages and writes nothing.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MAPPINGS } from "../../src/spec/keys.js";
import { ROOT, runCliAsync, sameSnapshot, siblings, snapshotFolder } from "../helpers.js";

const CORPUS = path.join(ROOT, "test", "corpora", "bad-specs");
const SCRATCH = path.join(ROOT, "test", ".output", `validation-${process.pid}`);
const OUT = path.join(SCRATCH, "out");
const DEFAULT_SPEC = path.join(ROOT, "spec", "websocket-status-codes.yaml");

/**
 * A case's exact stderr. `{keys of <mapping>}` stands for that mapping's keys as messages list them,
 * so that adding a key to the format changes no case that merely lists the allowed keys.
 */
function expectedStderr(name: string): string {
  const text = readFileSync(path.join(CORPUS, `${name}.expected`), "utf8");
  return text.replace(/\{keys of (\w+)\}/g, (_, mapping: string) => Object.keys(MAPPINGS[mapping as keyof typeof MAPPINGS].keys).join(", "));
}

/** A case is `<name>.expected` (the exact stderr) beside `<name>.yaml` (absent for the missing-file case). */
const cases = readdirSync(CORPUS)
  .filter((file) => file.endsWith(".expected"))
  .map((file) => file.slice(0, -".expected".length))
  .sort();

let previous: Map<string, Buffer>;
let previousSiblings: string[];

beforeAll(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const first = await runCliAsync(["gen", "--spec", DEFAULT_SPEC, "--out", OUT]);
  expect(first.status, first.stderr).toBe(0);
  previous = snapshotFolder(OUT);
  previousSiblings = siblings(OUT);
}, 60_000);

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe("the bad-spec corpus", () => {
  test("holds at least 45 cases, each a spec (or a deliberate absence) with its expected messages", () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    const specs = readdirSync(CORPUS).filter((file) => file.endsWith(".yaml"));
    for (const spec of specs) expect(cases, `${spec} has no .expected`).toContain(spec.slice(0, -".yaml".length));
    const withoutSpec = cases.filter((name) => !existsSync(path.join(CORPUS, `${name}.yaml`)));
    expect(withoutSpec).toEqual(["missing-file"]);
  });

  test.each(cases)("every expected problem of %s is FILE:LINE:COL: message for its own spec, then one closing line", (name) => {
    const lines = expectedStderr(name).split("\n");
    expect(lines.pop()).toBe("");
    // The last line says that nothing was written; each line before it is one problem.
    const trailer = lines.pop();
    expect(lines.length).toBeGreaterThan(0);
    expect(trailer).toBe(lines.length === 1 ? "nothing written: fix the problem above" : "nothing written: fix the problems above");
    for (const line of lines) expect(line).toMatch(new RegExp(`^test/corpora/bad-specs/${name}\\.yaml:[1-9]\\d*:[1-9]\\d*: \\S.*$`));
  });
});

describe.concurrent("each bad spec, through the CLI", () => {
  test.each(cases)("%s: exit 1, exact stderr, output folder untouched", async (name) => {
    const expected = expectedStderr(name);
    const result = await runCliAsync(["gen", "--spec", `test/corpora/bad-specs/${name}.yaml`, "--out", OUT]);
    expect(result.stderr).toBe(expected);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(sameSnapshot(snapshotFolder(OUT), previous)).toBe(true);
    expect(siblings(OUT)).toEqual(previousSiblings);
  }, 30_000);
});

describe("gen over a whole spec folder", () => {
  test("one bad spec among good ones is reported and nothing is written, not even for the good one", async () => {
    const project = path.join(SCRATCH, "project");
    mkdirSync(path.join(project, "spec"), { recursive: true });
    writeFileSync(path.join(project, "package.json"), "{}\n");
    copyFileSync(DEFAULT_SPEC, path.join(project, "spec", "a-good.yaml"));
    const firstRun = await runCliAsync(["gen"], project);
    expect(firstRun.status, firstRun.stderr).toBe(0);
    const generated = path.join(project, "generated");
    const before = snapshotFolder(generated);
    expect(before.size).toBeGreaterThan(0);

    // The good spec changes, so a run that wrote anything would change generated/.
    const good = readFileSync(DEFAULT_SPEC, "utf8").replace("version: 1.0.0", "version: 1.0.1");
    writeFileSync(path.join(project, "spec", "a-good.yaml"), good);
    copyFileSync(path.join(CORPUS, "undeclared-flag-did-you-mean.yaml"), path.join(project, "spec", "b-bad.yaml"));
    const result = await runCliAsync(["gen"], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "spec/b-bad.yaml:9:13: flag 'reserverd' is not declared under flags; declared: reserved, browserRejected (did you mean 'reserved'?)\n" +
        "nothing written: fix the problem above\n",
    );
    expect(sameSnapshot(snapshotFolder(generated), before)).toBe(true);
    expect(readdirSync(generated)).toEqual(["websocket-status-codes"]);

    const check = await runCliAsync(["gen", "--check"], project);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("spec/b-bad.yaml:9:13:");
  }, 60_000);

  test("problems of several bad specs all come in one run", async () => {
    const project = path.join(SCRATCH, "two-bad");
    mkdirSync(path.join(project, "spec"), { recursive: true });
    copyFileSync(path.join(CORPUS, "duplicate-code.yaml"), path.join(project, "spec", "one.yaml"));
    copyFileSync(path.join(CORPUS, "empty-code-list.yaml"), path.join(project, "spec", "two.yaml"));
    const result = await runCliAsync(["gen"], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "spec/one.yaml:7:11: duplicate code 1: already defined as 'Ok'\nspec/two.yaml:2:8: codes must list at least one code\n" +
        "nothing written: fix the problems above\n",
    );
    expect(existsSync(path.join(project, "generated"))).toBe(false);
  }, 30_000);
});

describe("what the rules still allow", () => {
  test("a few aliases (a shared flag list) stay well under the alias limit", async () => {
    const spec = path.join(SCRATCH, "Aliased.yaml");
    writeFileSync(
      spec,
      [
        "name: Aliased",
        "flags:",
        "  fatal: Do not retry.",
        "codes:",
        ...Array.from({ length: 200 }, (_, i) => `  - { name: Code${i}, code: ${i}, description: Code ${i}., flags: ${i === 0 ? "&fatal [fatal]" : "*fatal"} }`),
        "",
      ].join("\n"),
    );
    const result = await runCliAsync(["gen", "--spec", spec, "--out", path.join(SCRATCH, "aliased-out")]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 30_000);

  test("negative codes are fine inside declared bounds, and deprecated takes true or a note", async () => {
    const spec = path.join(SCRATCH, "JsonRpc.yaml");
    writeFileSync(
      spec,
      [
        "name: JsonRpc",
        "bounds: { min: -32768, max: -32000 }",
        "codes:",
        "  - { name: ParseError, code: -32700, description: Invalid JSON., deprecated: true }",
        "  - { name: InvalidRequest, code: -32600, description: Not a request., deprecated: Use ParseError. }",
        "  - { name: MethodNotFound, code: -32601, description: No such method., deprecated: false }",
        "",
      ].join("\n"),
    );
    const result = await runCliAsync(["gen", "--spec", spec, "--out", path.join(SCRATCH, "jsonrpc-out")]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 30_000);
});

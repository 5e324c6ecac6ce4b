// --check: names each stale, missing or extra file with a short diff, exits 1, and never writes; and the diff helper.
import { readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/output/diff.js";
import {
  readTree,
  ROOT,
  runCli,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

const names = { from: "a", to: "b" };
const numbered = (count: number, change: Record<number, string> = {}) =>
  Array.from(
    { length: count },
    (_, i) => change[i + 1] ?? `line ${i + 1}`,
  ).join("\n") + "\n";

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("x\n", "x\n", names)).toBe("");
  });

  it("shows one changed line with three lines of context on each side", () => {
    expect(unifiedDiff(numbered(10), numbered(10, { 5: "five" }), names)).toBe(
      [
        "--- a",
        "+++ b",
        "@@ -2,7 +2,7 @@",
        " line 2",
        " line 3",
        " line 4",
        "-line 5",
        "+five",
        " line 6",
        " line 7",
        " line 8",
      ].join("\n"),
    );
  });

  it("numbers insertions and deletions at the edges the way diff -u does", () => {
    expect(unifiedDiff("", "new\n", names)).toBe(
      "--- a\n+++ b\n@@ -0,0 +1 @@\n+new",
    );
    expect(unifiedDiff("a\nb\n", "a\n", names)).toBe(
      "--- a\n+++ b\n@@ -1,2 +1 @@\n a\n-b",
    );
    expect(unifiedDiff("a\nb\n", "a\nX\nb\n", names)).toBe(
      "--- a\n+++ b\n@@ -1,2 +1,3 @@\n a\n+X\n b",
    );
  });

  it("marks a missing final newline", () => {
    expect(unifiedDiff("a\n", "a", names)).toBe(
      "--- a\n+++ b\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file",
    );
  });

  it("keeps nearby changes in one hunk and stops before a distant one", () => {
    const near = unifiedDiff(
      numbered(20),
      numbered(20, { 3: "three", 8: "eight" }),
      names,
    );
    expect(near).toContain("+three");
    expect(near).toContain("+eight");
    const far = unifiedDiff(
      numbered(40),
      numbered(40, { 3: "three", 30: "thirty" }),
      names,
    );
    expect(far).toContain("+three");
    expect(far).not.toContain("thirty");
    expect(far.split("\n")[2]).toBe("@@ -1,6 +1,6 @@");
  });

  it("cuts a long hunk to maxLines and says how much is left", () => {
    const diff = unifiedDiff(
      numbered(30),
      numbered(
        30,
        Object.fromEntries(
          Array.from({ length: 30 }, (_, i) => [i + 1, `x${i}`]),
        ),
      ),
      { ...names, maxLines: 4 },
    );
    const lines = diff.split("\n");
    expect(lines.slice(3)).toEqual([
      "-line 1",
      "-line 2",
      "-line 3",
      "-line 4",
      "... 56 more lines in this hunk",
    ]);
  });
});

describe("gen --check", () => {
  function generated(): { root: string; out: string; args: string[] } {
    const root = tempDir();
    writeFile(
      path.join(root, "codes.yaml"),
      specYaml("CheckCodes", [
        { name: "First", code: 1 },
        { name: "Second", code: 2 },
      ]),
    );
    const args = ["--spec", "codes.yaml", "--out", "out"];
    expect(runCli(args, root).status).toBe(0);
    return { root, out: path.join(root, "out"), args };
  }

  it("exits 0 and writes nothing when outputs are up to date", () => {
    const { root, out, args } = generated();
    const mtime = statSync(path.join(out, "CheckCodes.schema.json")).mtimeMs;
    const result = runCli([...args, "--check"], root);
    expect(result).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(statSync(path.join(out, "CheckCodes.schema.json")).mtimeMs).toBe(
      mtime,
    );
  });

  it("names stale, missing and extra files with a diff and the command that fixes them, and writes nothing", () => {
    const { root, out, args } = generated();
    writeFile(
      path.join(root, "codes.yaml"),
      specYaml("CheckCodes", [
        { name: "First", code: 1, description: "Now documented." },
        { name: "Second", code: 2 },
      ]),
    );
    rmSync(path.join(out, "README.md"));
    writeFile(path.join(out, "stray.txt"), "left behind\n");
    const before = readTree(out);

    const result = runCli([...args, "--check"], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "stale: out/CheckCodes.schema.json\n--- out/CheckCodes.schema.json (on disk)\n+++ out/CheckCodes.schema.json (from codes.yaml)\n@@ ",
    );
    expect(result.stderr).toContain(
      '-      "description": "The First code."\n+      "description": "Now documented."',
    );
    expect(result.stderr).toContain("stale: out/src/CheckCodes.ts");
    expect(result.stderr).toContain("missing: out/README.md");
    expect(result.stderr).toContain("extra: out/stray.txt");
    expect(result.stderr).toContain(
      // The folder has no package.json, so no gen script: the command is codeset's own.
      "run `npx codeset gen --spec codes.yaml --out out` and commit the result",
    );
    expect(readTree(out)).toEqual(before);
  });

  it("reports a generated/ folder that no spec produces any more", () => {
    const root = tempDir();
    writeFile(
      path.join(root, "spec", "one.yaml"),
      specYaml("OneCodes", [{ name: "A", code: 1 }]),
    );
    writeFile(
      path.join(root, "spec", "two.yaml"),
      specYaml("TwoCodes", [{ name: "B", code: 2 }]),
    );
    expect(runCli([], root).status).toBe(0);
    rmSync(path.join(root, "spec", "two.yaml"));
    const result = runCli(["--check"], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "extra: generated/two-codes/ (no spec produces it any more)\nout of date: run `npx codeset gen` and commit the result\n",
    );
    expect(
      statSync(path.join(root, "generated", "two-codes")).isDirectory(),
    ).toBe(true);
  });

  it("passes on this repository, and npm test runs it before the tests", () => {
    expect(runCli(["gen", "--check"])).toMatchObject({ status: 0, stderr: "" });
    const testScript: string = JSON.parse(
      readFileSync(path.join(ROOT, "package.json"), "utf8"),
    ).scripts.test;
    expect(testScript).toMatch(
      /node bin\/codeset\.cjs gen --check && node lib\/spec\/updateFormatFiles\.js --check && vitest run/,
    );
  });
});

// Determinism: the same spec gives byte-identical outputs from any working directory and output folder, with no paths or dates.
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTree, ROOT, runCli, tempDir } from "../helpers.js";

describe("determinism", () => {
  it("generates the default spec byte for byte the same into two folders from two working directories", () => {
    const first = tempDir("codeset-first-");
    const second = tempDir("codeset-second-");
    const elsewhere = path.join(second, "some", "other", "cwd");
    mkdirSync(elsewhere, { recursive: true });
    const spec = path.join(ROOT, "spec", "websocket-status-codes.yaml");

    // One run names everything relative to the repository, the other absolute, from a folder far away.
    expect(
      runCli(
        [
          "gen",
          "--spec",
          "spec/websocket-status-codes.yaml",
          "--out",
          path.relative(ROOT, path.join(first, "out")),
        ],
        ROOT,
      ).status,
    ).toBe(0);
    expect(
      runCli(
        ["gen", "--spec", spec, "--out", path.join(second, "out")],
        elsewhere,
      ).status,
    ).toBe(0);

    const a = readTree(path.join(first, "out"));
    const b = readTree(path.join(second, "out"));
    expect(a.size).toBeGreaterThan(5);
    expect(b).toEqual(a);
    // And both equal what is committed: the repository's own generated/ comes out of the same bytes.
    expect(a).toEqual(
      readTree(path.join(ROOT, "generated", "websocket-status-codes")),
    );

    const forbidden = [
      ROOT,
      first,
      second,
      os.tmpdir(),
      os.homedir(),
      ROOT.split(path.sep).join("/"),
    ].filter((text) => text.length > 1);
    const today = new Date().toISOString().slice(0, 10);
    for (const [file, content] of a) {
      for (const text of forbidden)
        expect(content.includes(text), `${file} contains ${text}`).toBe(false);
      expect(content, file).not.toContain(today);
      expect(content, file).not.toMatch(/\b20\d\d-[01]\d-[0-3]\d(T|\b)/);
      expect(content, file).not.toContain("\r");
    }
  });
});

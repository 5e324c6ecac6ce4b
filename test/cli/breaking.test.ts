// The breaking-change report: removed codes, renumbered names and reused numbers, against the current output.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeBreakingChange,
  findBreakingChanges,
} from "../../src/output/breakingChanges.js";
import {
  type CodeEntry,
  readTree,
  runCli,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

describe("findBreakingChanges", () => {
  const before = [
    { name: "A", code: 1 },
    { name: "B", code: 2 },
    { name: "C", code: 3 },
  ];

  it("finds nothing when codes are only added", () => {
    expect(
      findBreakingChanges(before, [...before, { name: "D", code: 4 }]),
    ).toEqual([]);
  });

  it("names a removed code, a renumbered name and a reused number", () => {
    const after = [
      { name: "A", code: 10 },
      { name: "X", code: 2 },
    ];
    expect(
      findBreakingChanges(before, after).map(describeBreakingChange),
    ).toEqual([
      "renumbered A: 1 -> 10",
      "reused 2: was B, now X",
      "removed C (3)",
    ]);
  });

  it("reports both sides of a swap", () => {
    const swapped = [
      { name: "A", code: 2 },
      { name: "B", code: 1 },
    ];
    expect(
      findBreakingChanges(before.slice(0, 2), swapped).map(
        describeBreakingChange,
      ),
    ).toEqual([
      "renumbered A: 1 -> 2",
      "reused 1: was A, now B",
      "renumbered B: 2 -> 1",
      "reused 2: was B, now A",
    ]);
  });
});

describe("gen against the current output", () => {
  const ORIGINAL: CodeEntry[] = [
    { name: "Alpha", code: 1 },
    { name: "Beta", code: 2 },
    { name: "Gamma", code: 3 },
  ];

  function published(): {
    root: string;
    args: string[];
    edit: (codes: CodeEntry[]) => void;
  } {
    const root = tempDir();
    const edit = (codes: CodeEntry[]) =>
      writeFile(
        path.join(root, "codes.yaml"),
        specYaml("ReleasedCodes", codes),
      );
    edit(ORIGINAL);
    const args = ["--spec", "codes.yaml", "--out", "out"];
    expect(runCli(args, root)).toMatchObject({ status: 0, stderr: "" });
    return { root, args, edit };
  }

  it.each([
    ["a removed code", [ORIGINAL[0]!, ORIGINAL[1]!], "removed Gamma (3)"],
    [
      "a renumbered name",
      [ORIGINAL[0]!, ORIGINAL[1]!, { name: "Gamma", code: 30 }],
      "renumbered Gamma: 3 -> 30",
    ],
    [
      "a number reused under another name",
      [ORIGINAL[0]!, ORIGINAL[1]!, { name: "Delta", code: 3 }],
      "reused 3: was Gamma, now Delta",
    ],
  ])("warns about %s, still writes and exits 0", (_kind, codes, message) => {
    const { root, args, edit } = published();
    edit(codes);
    const result = runCli(args, root);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      `warning: codes.yaml: 1 breaking change against out/ReleasedCodes.schema.json:\n  ${message}\n`,
    );
    expect(result.stdout).toContain("codes.yaml -> out:");
    // Written: the next run compares with the new output and finds nothing more to report.
    expect(runCli(args, root)).toMatchObject({ status: 0, stderr: "" });
  });

  it("lists them under --check too", () => {
    const { root, args, edit } = published();
    edit([ORIGINAL[0]!, { name: "Beta", code: 20 }]);
    const result = runCli([...args, "--check"], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "2 breaking changes against out/ReleasedCodes.schema.json:\n  renumbered Beta: 2 -> 20\n  removed Gamma (3)\n",
    );
    expect(result.stderr).toContain("stale: out/ReleasedCodes.schema.json");
  });

  it("exits 1 and writes nothing with --fail-on-breaking", () => {
    const { root, args, edit } = published();
    const before = readTree(path.join(root, "out"));
    edit([ORIGINAL[1]!, ORIGINAL[2]!]);
    const result = runCli([...args, "--fail-on-breaking"], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("removed Alpha (1)");
    expect(result.stderr).toContain(
      "nothing written: --fail-on-breaking refuses the breaking changes above",
    );
    expect(result.stdout).toBe("");
    expect(readTree(path.join(root, "out"))).toEqual(before);
  });

  it("lets non-breaking changes through --fail-on-breaking", () => {
    const { root, args, edit } = published();
    edit([
      ...ORIGINAL,
      { name: "Delta", code: 4, description: "Added later." },
    ]);
    const result = runCli([...args, "--fail-on-breaking"], root);
    expect(result).toMatchObject({ status: 0, stderr: "" });
  });

  it("compares with the only schema in the folder when the set was renamed", () => {
    const { root, args } = published();
    writeFile(
      path.join(root, "codes.yaml"),
      specYaml("RenamedCodes", [ORIGINAL[0]!]).replace(
        "renamed-codes",
        "released-codes",
      ),
    );
    const result = runCli(args, root);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      "2 breaking changes against out/ReleasedCodes.schema.json:\n  removed Beta (2)\n  removed Gamma (3)\n",
    );
  });

  it("says so when the current schema cannot be read, and still generates", () => {
    const { root, args, edit } = published();
    const schema = path.join(root, "out", "ReleasedCodes.schema.json");
    // Cut after its banner line: still the generator's file (a hand-mangled one without it is the user's, and refused).
    const text = readFileSync(schema, "utf8");
    writeFileSync(
      schema,
      text.slice(0, text.indexOf("\n", text.indexOf('"$comment"')) + 3),
    );
    edit([ORIGINAL[0]!]);
    const result = runCli(args, root);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: out\/ReleasedCodes\.schema\.json not valid JSON .*; cannot check codes\.yaml for breaking changes$/m,
    );
    expect(JSON.parse(readFileSync(schema, "utf8")).oneOf).toHaveLength(1);
  });

  it("has nothing to compare with on a first run into a new folder", () => {
    const { root, edit } = published();
    edit([ORIGINAL[0]!]);
    renameSync(path.join(root, "out"), path.join(root, "previous"));
    expect(
      runCli(["--spec", "codes.yaml", "--out", "out"], root),
    ).toMatchObject({ status: 0, stderr: "" });
  });
});

// The command line as a user types it: usage errors, --spec/--out from any folder, and every spec/*.yaml in one run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  allFilesChanged,
  CLI,
  readTree,
  runCli,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";
import { readTimings } from "../../src/timings.js";

const ALPHA = specYaml("AlphaCodes", [
  { name: "Ok", code: 1 },
  { name: "Broken", code: 2 },
]);
const BETA = specYaml("BetaCodes", [{ name: "Fine", code: 10 }]);

describe("usage", () => {
  it("prints usage on --help and -h and exits 0", () => {
    for (const flag of ["--help", "-h", "gen --help"]) {
      const result = runCli(flag.split(" "));
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: codeset/);
      expect(result.stdout).toContain("--spec FILE");
      expect(result.stderr).toBe("");
    }
  });

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["gen", "--spec"], "argument missing"],
    [["gen", "--spec", "--out", "x"], "ambiguous"],
    [["gen", "stray"], "unexpected argument 'stray'"],
    [["frobnicate"], "unknown command 'frobnicate'"],
    [["--out", "x"], "--out needs --spec"],
    [["--spec", "a.yaml", "--spec", "b.yaml"], "--spec given 2 times"],
    [["--check", "--watch"], "--check and --watch do not go together"],
    [
      ["--templates", "no-such-folder"],
      "--templates no-such-folder: no such folder",
    ],
    [["--templates", "spec"], "holds neither outputs/ nor partials/"],
  ])("exits 2 with usage on stderr for %j", (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Usage: codeset");
    expect(result.stdout).toBe("");
  });

  it("exits 2 when run without --spec outside a project", () => {
    const result = runCli([], tempDir());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no spec/ folder");
  });
});

describe("output into a pipe", () => {
  it("ends quietly with its own status when the reader has gone away (codeset --help | true)", () => {
    // `true` exits at once, so the command writes into a pipe nobody reads: EPIPE.
    const shell = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${CLI}" --help | true; echo "\${PIPESTATUS[0]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(shell.stderr).toBe("");
    expect(shell.stdout).toBe("0\n");
  });

  it("writes a long output whole through a slow reader", () => {
    const shell = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${CLI}" --help | (sleep 0.2; cat)`],
      { encoding: "utf8" },
    );
    expect(shell.stdout).toBe(runCli(["--help"]).stdout);
    expect(shell.stdout.length).toBeGreaterThan(500);
  });
});

describe("--spec FILE --out DIR", () => {
  it("resolves both against the working directory and creates DIR", () => {
    const root = tempDir();
    writeFile(path.join(root, "specs", "alpha.yaml"), ALPHA);
    const work = path.join(root, "work");
    mkdirSync(work);
    const result = runCli(
      ["gen", "--spec", "../specs/alpha.yaml", "--out", "nested/out"],
      work,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `../specs/alpha.yaml -> nested/out: ${allFilesChanged(path.join(root, "specs", "alpha.yaml"))}\n`,
    );
    const schema = JSON.parse(
      readFileSync(
        path.join(work, "nested", "out", "AlphaCodes.schema.json"),
        "utf8",
      ),
    );
    expect(schema.oneOf.map((entry: { title: string }) => entry.title)).toEqual(
      ["Ok", "Broken"],
    );
    expect(existsSync(path.join(root, "specs", "nested"))).toBe(false);
  });

  it("accepts absolute paths and reports an unchanged second run as up to date", () => {
    const root = tempDir();
    writeFile(path.join(root, "alpha.yaml"), ALPHA);
    const args = [
      "--spec",
      path.join(root, "alpha.yaml"),
      "--out",
      path.join(root, "out"),
    ];
    expect(runCli(args, tempDir()).status).toBe(0);
    const second = runCli(args, root);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe("alpha.yaml -> out: up to date\n");
  });
});

describe("gen without --spec", () => {
  function project(specs: Record<string, string>): string {
    const root = tempDir();
    writeFile(path.join(root, "package.json"), "{}\n");
    for (const [file, text] of Object.entries(specs))
      writeFile(path.join(root, "spec", file), text);
    return root;
  }

  it("generates every spec/*.yaml and spec/*.yml into generated/<package.name>", () => {
    const root = project({
      "alpha.yaml": ALPHA,
      "beta.yml": BETA,
      "notes.txt": "not a spec",
    });
    const result = runCli(["gen"], root);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      `spec/alpha.yaml -> generated/alpha-codes: ${allFilesChanged(path.join(root, "spec", "alpha.yaml"))}`,
      `spec/beta.yml -> generated/beta-codes: ${allFilesChanged(path.join(root, "spec", "beta.yml"))}`,
      "",
    ]);
    expect(
      readFileSync(
        path.join(root, "generated", "beta-codes", "src", "BetaCodes.ts"),
        "utf8",
      ),
    ).toContain("// generated from spec/beta.yml");
  });

  it("reports the problems of every bad spec together, exits 1 and writes nothing", () => {
    const root = project({ "alpha.yaml": ALPHA, "beta.yaml": BETA });
    expect(runCli([], root).status).toBe(0);
    const before = readTree(path.join(root, "generated"));
    // A good change in alpha, and two broken specs beside it: the good change must not be written either.
    writeFile(
      path.join(root, "spec", "alpha.yaml"),
      ALPHA.replace("The Ok code.", "Changed."),
    );
    writeFile(
      path.join(root, "spec", "beta.yaml"),
      BETA.replace("code: 10", "code: ten"),
    );
    writeFile(
      path.join(root, "spec", "gamma.yaml"),
      "name: GammaCodes\ncodes: []\n",
    );
    const result = runCli([], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^spec\/beta\.yaml:\d+:\d+: .*code/m);
    expect(result.stderr).toMatch(/^spec\/gamma\.yaml:2:\d+: /m);
    expect(result.stderr).toContain("nothing written");
    expect(result.stdout).toBe("");
    expect(readTree(path.join(root, "generated"))).toEqual(before);
  });

  it("refuses two specs that would write the same folder", () => {
    const root = project({ "alpha.yaml": ALPHA, "copy.yaml": ALPHA });
    const result = runCli([], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^spec\/copy\.yaml:2:\d+: writes to the same folder as spec\/alpha\.yaml \(generated\/alpha-codes\)/m,
    );
    expect(existsSync(path.join(root, "generated"))).toBe(false);
  });

  it("removes the output of a deleted spec, and leaves folders it did not generate", () => {
    const root = project({ "alpha.yaml": ALPHA, "beta.yaml": BETA });
    expect(runCli([], root).status).toBe(0);
    writeFile(path.join(root, "generated", "hand-made", "notes.md"), "mine\n");
    writeFile(
      path.join(root, "spec", "beta.yaml"),
      BETA.replace("name: beta-codes", "name: '@acme/beta-codes'"),
    );
    const result = runCli([], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "generated/beta-codes: removed (no spec produces it any more)",
    );
    expect(result.stderr).toContain(
      "warning: generated/hand-made/ matches no spec, but generated/hand-made/notes.md in it was not written by the generator; kept",
    );
    expect(existsSync(path.join(root, "generated", "beta-codes"))).toBe(false);
    expect(
      existsSync(
        path.join(
          root,
          "generated",
          "@acme",
          "beta-codes",
          "src",
          "BetaCodes.ts",
        ),
      ),
    ).toBe(true);
    expect(
      existsSync(path.join(root, "generated", "hand-made", "notes.md")),
    ).toBe(true);
  });
});

describe("CODESET_TIMINGS=1", () => {
  const PHASES = ["start-up", "read", "validate", "model", "render"];
  const timingsOf = (stderr: string) => new Map(readTimings(stderr) ?? []);

  it("prints each phase's time on stderr, the write last; --check compares instead of writing", () => {
    const dir = tempDir();
    writeFile(path.join(dir, "alpha.yaml"), ALPHA);
    const args = ["gen", "--spec", "alpha.yaml", "--out", "out"];
    const written = runCli(args, dir, { CODESET_TIMINGS: "1" });
    expect(written.status).toBe(0);
    const phases = timingsOf(written.stderr);
    expect([...phases.keys()]).toEqual([...PHASES, "compare", "write"]);
    for (const ms of phases.values()) expect(ms).toBeGreaterThanOrEqual(0);
    const checked = runCli(["gen", "--check", ...args.slice(1)], dir, {
      CODESET_TIMINGS: "1",
    });
    expect(checked.status).toBe(0);
    expect([...timingsOf(checked.stderr).keys()]).toEqual([
      ...PHASES,
      "compare",
    ]);
  });

  it("prints nothing of the kind without it", () => {
    const dir = tempDir();
    writeFile(path.join(dir, "alpha.yaml"), ALPHA);
    const result = runCli(
      ["gen", "--spec", "alpha.yaml", "--out", "out"],
      dir,
      {
        CODESET_TIMINGS: "",
      },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
  });
});

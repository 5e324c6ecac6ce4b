// Odd inputs get a message (one line per problem, exit 1 or 2, never a stack trace) or work: spec paths that
// are no regular file, specs at the size limit, names and file names that outputs must survive, broken
// templates at their own line, and init over paths of the wrong kind.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { MAX_SPEC_BYTES } from "../../src/spec/readSpecFile.js";
import {
  CLI,
  runCli,
  snapshotFolder,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

const SPEC = specYaml("OddCodes", [
  { name: "First", code: 1 },
  { name: "Second", code: 2 },
]);

/** A run that must end by itself within `ms`: a hang fails the test instead of stalling it. */
function runBounded(args: string[], cwd: string, ms = 30_000) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    timeout: ms,
  });
  expect(result.signal, `still running after ${ms} ms`).toBeNull();
  return result;
}

/** Exit 1 with exactly `lines` on stderr and no stack trace. */
function expectMessage(
  result: { status: number | null; stderr: string },
  lines: (string | RegExp)[],
): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  const printed = result.stderr.split("\n");
  expect(printed.pop()).toBe("");
  expect(printed).toHaveLength(lines.length);
  lines.forEach((line, i) =>
    typeof line === "string"
      ? expect(printed[i]).toBe(line)
      : expect(printed[i]).toMatch(line),
  );
  expect(result.status).toBe(1);
}

describe("an error nobody foresaw", () => {
  it("is one line, 'internal error', and exit 1; CODESET_DEBUG=1 adds the stack", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "spec.yaml"), SPEC);
    // Every lstat fails with a plain Error, as no file system would: no code path expects it.
    const breakFs = `data:text/javascript,${encodeURIComponent(
      'import fs from "node:fs"; import { syncBuiltinESMExports } from "node:module"; fs.lstatSync = () => { throw new Error("the disk said no"); }; syncBuiltinESMExports();',
    )}`;
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(
        process.execPath,
        [
          "--import",
          breakFs,
          CLI,
          "gen",
          "--spec",
          "spec.yaml",
          "--out",
          "out",
        ],
        {
          cwd: dir,
          encoding: "utf8",
          env: { ...process.env, ...env },
        },
      );
    const plain = run({});
    expect(plain.stderr).toBe(
      "codeset: internal error: the disk said no (please report it, with the command that caused it)\n",
    );
    expect(plain.status).toBe(1);
    expect(run({ CODESET_DEBUG: "1" }).stderr).toMatch(
      /^codeset: internal error: the disk said no .*\nError: the disk said no\n\s+at /,
    );
  });
});

describe("a spec path that is no regular file, or too large", () => {
  const NOT_A_FILE = "is not a regular file (a pipe, a device or a socket)";
  it.each([
    [
      "a FIFO",
      (dir: string) => spawnSync("mkfifo", [path.join(dir, "spec.yaml")]),
      "spec.yaml",
      NOT_A_FILE,
    ],
    ["/dev/zero", () => undefined, "/dev/zero", NOT_A_FILE],
    [
      "a folder",
      (dir: string) => mkdirSync(path.join(dir, "spec.yaml")),
      "spec.yaml",
      "is a directory, not a spec file",
    ],
  ])("refuses %s without reading it", (_, make, spec, kind) => {
    const dir = tempDir();
    make(dir);
    expectMessage(runBounded(["gen", "--spec", spec, "--out", "out"], dir), [
      `${spec}:1:1: ${kind}; give the path of a .yaml spec`,
      "nothing written: fix the problem above",
    ]);
  });

  it("refuses a spec above the limit, and reads one just below it", () => {
    const dir = tempDir();
    const padding = (bytes: number) =>
      `# ${"x".repeat(bytes - SPEC.length - 3)}\n`;
    writeFileSync(
      path.join(dir, "big.yaml"),
      padding(MAX_SPEC_BYTES + 1) + SPEC,
    );
    expectMessage(
      runBounded(["gen", "--spec", "big.yaml", "--out", "out"], dir),
      [
        /^big\.yaml:1:1: the spec is larger than the limit; a spec may be at most 4\.0 MiB/,
        "nothing written: fix the problem above",
      ],
    );
    writeFileSync(path.join(dir, "fits.yaml"), padding(MAX_SPEC_BYTES) + SPEC);
    const fits = runBounded(
      ["gen", "--spec", "fits.yaml", "--out", "out"],
      dir,
    );
    expect(fits.stderr).toBe("");
    expect(fits.status).toBe(0);
  });

  it("is a usage error when --spec is empty", () => {
    const result = runCli(["gen", "--spec", "", "--out", "out"], tempDir());
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^codeset: --spec is empty; give the path of a \.yaml spec\n/,
    );
  });
});

describe("work bounded by the size of the spec", () => {
  it.each([
    ["a run of a million underscores", "a" + "_".repeat(1_000_000) + "b"],
    ["three million opening brackets", "[".repeat(3_000_000) + "]"],
  ])(
    "escapes %s for Markdown in linear time",
    (_, text) => {
      const dir = tempDir();
      writeFileSync(
        path.join(dir, "spec.yaml"),
        SPEC.replace('"The First code."', JSON.stringify(text)),
      );
      const result = runBounded(
        ["gen", "--spec", "spec.yaml", "--out", "out"],
        dir,
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(
        readFileSync(path.join(dir, "out", "docs", "OddCodes.md"), "utf8")
          .length,
      ).toBeGreaterThan(text.length);
    },
    60_000,
  );

  it("expands 101 aliases in frontMatter, far under the spec's alias limit", () => {
    const dir = tempDir();
    const aliases = Array.from({ length: 101 }, (_, i) => `  k${i}: *v`).join(
      "\n",
    );
    writeFileSync(
      path.join(dir, "spec.yaml"),
      `${SPEC}frontMatter:\n  first: &v shared\n${aliases}\n`,
    );
    const result = runBounded(
      ["gen", "--spec", "spec.yaml", "--out", "out"],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(
      readFileSync(path.join(dir, "out", "docs", "OddCodes.md"), "utf8"),
    ).toContain("k100: shared");
  });
});

describe("names the outputs must survive", () => {
  it("says which file name is too long, in one line", () => {
    const dir = tempDir();
    const name = `A${"b".repeat(250)}`;
    writeFileSync(
      path.join(dir, "spec.yaml"),
      SPEC.replace("name: OddCodes", `name: ${name}`),
    );
    expectMessage(
      runBounded(["gen", "--spec", "spec.yaml", "--out", "out"], dir),
      [
        /^codeset: cannot write out\/\S+: a file name in the path is too long \(ENAMETOOLONG\); nothing written$/,
      ],
    );
    expect(snapshotFolder(path.join(dir, "out")).size).toBe(0);
  });

  it.each([
    "a\nb",
    "a\rb",
    "a\u2028b",
    "a\u2029b",
    "a-->b",
    "a'\"`${b}",
    "a\u202eb",
  ])(
    "a spec file named %j: the banner stays one comment line, the TypeScript compiles, --check passes at once",
    (base) => {
      const dir = tempDir();
      writeFile(path.join(dir, "package.json"), "{}\n");
      const spec = `${base}.yaml`;
      writeFileSync(path.join(dir, spec), SPEC);
      const args = ["--spec", spec, "--out", "out"];
      const gen = runCli(args, dir);
      expect(gen.stderr).toBe("");
      expect(gen.status).toBe(0);
      expect(runCli([...args, "--check"], dir)).toMatchObject({
        status: 0,
        stderr: "",
      });
      const source = path.join(dir, "out", "src", "OddCodes.ts");
      const program = ts.createProgram([source], {
        strict: true,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        types: [],
      });
      expect(
        ts
          .getPreEmitDiagnostics(program)
          .map((d) => ts.flattenDiagnosticMessageText(d.messageText, " ")),
      ).toEqual([]);
      const readme = readFileSync(
        path.join(dir, "out", "README.md"),
        "utf8",
      ).split("\n")[0]!;
      expect(readme).toMatch(
        /^<!-- generated from \S+ by `[^\n]+`; do not edit -->$/,
      );
      expect(readme.indexOf("-->")).toBe(readme.length - 3);
    },
  );
});

describe("templates with mistakes", () => {
  /** A spec whose templates folder holds `files` (paths under it -> text). */
  function withTemplates(files: Record<string, string | null>): string {
    const dir = tempDir();
    writeFileSync(path.join(dir, "spec.yaml"), `${SPEC}templates: t\n`);
    for (const [file, text] of Object.entries(files))
      if (text === null)
        mkdirSync(path.join(dir, "t", file), { recursive: true });
      else writeFile(path.join(dir, "t", file), text);
    mkdirSync(path.join(dir, "t", "outputs"), { recursive: true });
    return dir;
  }
  const gen = (dir: string) =>
    runBounded(["gen", "--spec", "spec.yaml", "--out", "out"], dir);

  it.each([
    [
      "a helper that throws",
      { "outputs/x.txt.hbs": "a\nb\n  {{tsString 5}}\n" },
      /^t\/outputs\/x\.txt\.hbs:3:3: template error: \w+\.\w+ is not a function$/,
    ],
    [
      "an unknown helper",
      { "outputs/x.txt.hbs": "a\n{{frobnicate name}}\n" },
      "t/outputs/x.txt.hbs:2:1: template error: unknown helper 'frobnicate'",
    ],
    [
      "an unknown block helper",
      {
        "outputs/x.txt.hbs":
          "{{#each codes}}\n  {{#eachh flags}}{{this}}{{/eachh}}\n{{/each}}\n",
      },
      "t/outputs/x.txt.hbs:2:3: template error: unknown helper 'eachh'",
    ],
    [
      "a block of a name that is neither helper nor value",
      { "outputs/x.txt.hbs": "a\n{{#nonesuch}}x{{/nonesuch}}\n" },
      "t/outputs/x.txt.hbs:2:1: template error: 'nonesuch' is neither a helper nor a value here (a misspelt helper or property?)",
    ],
    [
      "an unknown partial",
      { "outputs/x.txt.hbs": "a\n\n{{> nope}}\n" },
      "t/outputs/x.txt.hbs:3:1: template error: the partial 'nope' is not in any partials/ folder",
    ],
    [
      "a partial that includes itself",
      {
        "outputs/x.txt.hbs": "{{> loop}}\n",
        "partials/loop.hbs": "x\n{{> loop}}\n",
      },
      "t/partials/loop.hbs:2:1: template error: partial 'loop' is included more than 64 levels deep (does it include itself?)",
    ],
    [
      "a helper failing inside a partial",
      {
        "outputs/x.txt.hbs": "a\n{{> bad}}\n",
        "partials/bad.hbs": "x\n\ny {{tsString 5}}\n",
      },
      /^t\/partials\/bad\.hbs:3:3: template error: \w+\.\w+ is not a function$/,
    ],
    [
      "a file where a folder of outputs goes",
      { "outputs/src.hbs": "x\n" },
      "t/outputs/src.hbs:1:1: template error: it writes the file src, where src/OddCodes.ts needs a folder; rename one of the two templates",
    ],
    [
      "a template named ..hbs",
      { "outputs/..hbs": "x\n" },
      "t/outputs/..hbs:1:1: template error: its output path '.' has a '.' part; name the template after the file it writes, like outputs/README.md.hbs",
    ],
  ])("%s: at the template's line, nothing written", (_, files, line) => {
    const dir = withTemplates(files);
    expectMessage(gen(dir), [line, "nothing written: fix the problem above"]);
    expect(snapshotFolder(path.join(dir, "out")).size).toBe(0);
  });

  it("a folder named x.hbs is not a template, and `templates: /` reads only /outputs and /partials", () => {
    const dir = withTemplates({ "outputs/x.hbs": null });
    expect(gen(dir)).toMatchObject({ status: 0, stderr: "" });
    const root = tempDir();
    writeFileSync(path.join(root, "spec.yaml"), `${SPEC}templates: /\n`);
    expect(gen(root)).toMatchObject({ status: 0, stderr: "" });
  });
});

describe("init over paths of the wrong kind", () => {
  it.each([
    [
      "package.json is a folder",
      (dir: string) => mkdirSync(path.join(dir, "package.json")),
      [],
      "package.json is a folder, where a file goes",
    ],
    [
      "spec is a file",
      (dir: string) => writeFileSync(path.join(dir, "spec"), "mine\n"),
      ["--force"],
      "spec is a file, where the spec folder goes",
    ],
    [
      "the spec file is a folder",
      (dir: string) =>
        mkdirSync(path.join(dir, "spec", "app-close-codes.yaml"), {
          recursive: true,
        }),
      ["--force"],
      "spec/app-close-codes.yaml is a folder, where a file goes",
    ],
  ])("%s: named, nothing written", (_, make, args, message) => {
    const dir = tempDir();
    make(dir);
    const before = snapshotFolder(dir);
    const result = runBounded(["init", ...args], dir);
    expectMessage(result, [
      `codeset init: ${message}; move it away, then run init again; nothing written`,
    ]);
    expect(snapshotFolder(dir)).toEqual(before);
  });
});

// No run deletes or overwrites what the generator did not write: real folders of a user's files, and what --out may name.
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  readTree,
  runCli,
  sameSnapshot,
  siblings,
  snapshotFolder,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

const SPEC = specYaml("OwnedCodes", [
  { name: "First", code: 1 },
  { name: "Second", code: 2 },
]);
const BANNER = "generated from spec.yaml by `npm run gen`; do not edit";

/** A user's project: a manifest, notes, sources and the spec, as the issue found them deleted. */
function userProject(): string {
  const root = tempDir();
  writeFile(path.join(root, "package.json"), '{ "name": "my-app" }\n');
  writeFile(path.join(root, "README.md"), "# My app\n");
  writeFile(path.join(root, "notes.txt"), "remember the milk\n");
  writeFile(path.join(root, "src", "app.ts"), "export const app = 1;\n");
  writeFile(path.join(root, "codes.yaml"), SPEC);
  return root;
}

/** Runs gen and checks the refusal: exit 1, exactly one line on stderr, and nothing changed in `watched`. */
function expectRefused(
  args: string[],
  cwd: string,
  watched: string,
  line: string | RegExp,
): void {
  const before = snapshotFolder(watched);
  const beside = siblings(path.join(watched, "x"));
  const result = runCli(["gen", ...args], cwd);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n");
  expect(lines.pop()).toBe("");
  expect(lines).toHaveLength(1);
  if (typeof line === "string") expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
  expect(sameSnapshot(snapshotFolder(watched), before)).toBe(true);
  expect(siblings(path.join(watched, "x"))).toEqual(beside);
}

describe("--out at a folder of the user's files", () => {
  it("refuses the working directory, and a folder above it", () => {
    const root = userProject();
    expectRefused(
      ["--spec", "codes.yaml", "--out", "."],
      root,
      root,
      "codeset: . is the working directory; nothing written: choose an output folder of its own",
    );
    expectRefused(
      ["--spec", "../codes.yaml", "--out", ".."],
      path.join(root, "src"),
      root,
      "codeset: .. holds the working directory; nothing written: choose an output folder of its own",
    );
  });

  it("refuses a project root (seen from elsewhere) naming the first file that is not the generator's", () => {
    const root = userProject();
    const spec = path.join(tempDir(), "codes.yaml");
    writeFileSync(spec, SPEC);
    expectRefused(
      ["--spec", spec, "--out", root],
      tempDir(),
      root,
      new RegExp(
        `^codeset: \\.\\./${path.basename(root)}/README\\.md was not written by this generator \\(it has no "generated from \\.\\.\\.; do not edit" banner\\); nothing written: move it away, or choose another output folder$`,
      ),
    );
  });

  it("refuses a site's folder with the spec elsewhere, where it used to exit 0 without a word", () => {
    const root = tempDir();
    writeFile(path.join(root, "codes.yaml"), SPEC);
    writeFile(path.join(root, "site", "index.html"), "<h1>Hi</h1>\n");
    writeFile(path.join(root, "site", "assets", "logo.svg"), "<svg/>\n");
    writeFile(path.join(root, "site", "README.md"), "# Site\n");
    expectRefused(
      ["--spec", "codes.yaml", "--out", "site"],
      root,
      root,
      /^codeset: site\/README\.md was not written by this generator/,
    );
  });

  it("refuses a folder that holds the spec", () => {
    const root = tempDir();
    writeFile(path.join(root, "out", "codes.yaml"), SPEC);
    expectRefused(
      ["--spec", "out/codes.yaml", "--out", "out"],
      root,
      root,
      "codeset: out holds the spec out/codes.yaml; nothing written: choose an output folder of its own",
    );
  });

  it("refuses a file that quotes the banner below its first lines", () => {
    const root = tempDir();
    writeFile(path.join(root, "codes.yaml"), SPEC);
    writeFile(
      path.join(root, "out", "notes.md"),
      `# Notes\n\n\n\n\n\nOur files say "${BANNER}".\n`,
    );
    expectRefused(
      ["--spec", "codes.yaml", "--out", "out"],
      root,
      root,
      /^codeset: out\/notes\.md was not written by this generator/,
    );
  });
});

describe("--out naming what is not a folder", () => {
  it("is a usage error when empty", () => {
    const root = userProject();
    const result = runCli(["gen", "--spec", "codes.yaml", "--out", ""], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^codeset: --out is empty; give the path of a folder of its own\n/,
    );
  });

  it("refuses a regular file, and a path through one", () => {
    const root = userProject();
    expectRefused(
      ["--spec", "codes.yaml", "--out", "notes.txt"],
      root,
      root,
      "codeset: notes.txt is a file, not a folder; nothing written: move it away, or choose another output folder",
    );
    expectRefused(
      ["--spec", "codes.yaml", "--out", "notes.txt/out"],
      root,
      root,
      "codeset: notes.txt is a file, where a folder is needed; nothing written: move it away, or choose another output folder",
    );
  });

  it("refuses a symbolic link to a folder and a dangling one, leaving both links as they were", () => {
    const root = userProject();
    mkdirSync(path.join(root, "real"));
    writeFile(path.join(root, "real", "keep.txt"), "mine\n");
    symlinkSync("real", path.join(root, "link"));
    symlinkSync("nowhere", path.join(root, "dangling"));
    expectRefused(
      ["--spec", "codes.yaml", "--out", "link"],
      root,
      root,
      "codeset: link is a symbolic link (give the folder it points to); nothing written: move it away, or choose another output folder",
    );
    expectRefused(
      ["--spec", "codes.yaml", "--out", "dangling"],
      root,
      root,
      /^codeset: dangling is a symbolic link \(/,
    );
    expectRefused(
      ["--spec", "codes.yaml", "--out", "dangling/out"],
      root,
      root,
      "codeset: dangling is a symbolic link that leads to no folder; nothing written: move it away, or choose another output folder",
    );
  });

  it("explains a file name that is too long", () => {
    const root = userProject();
    expectRefused(
      ["--spec", "codes.yaml", "--out", "x".repeat(300)],
      root,
      root,
      /^codeset: cannot write x{300}: a file name in the path is too long \(ENAMETOOLONG\); nothing written$/,
    );
  });
});

describe("a folder the generator wrote", () => {
  function generatedFolder(): { root: string; out: string; args: string[] } {
    const root = tempDir();
    writeFile(path.join(root, "codes.yaml"), SPEC);
    const args = ["--spec", "codes.yaml", "--out", "out"];
    expect(runCli(args, root).status).toBe(0);
    return { root, out: path.join(root, "out"), args };
  }

  it("keeps a file the user added: gen refuses and names it, --check lists it", () => {
    const { root, out, args } = generatedFolder();
    writeFile(path.join(out, "docs", "extra-notes.md"), "mine\n");
    writeFile(
      path.join(root, "codes.yaml"),
      SPEC.replace("The First code.", "Changed."),
    );
    expectRefused(
      args,
      root,
      out,
      /^codeset: out\/docs\/extra-notes\.md was not written by this generator/,
    );
    expect(runCli([...args, "--check"], root).stderr).toContain(
      "extra: out/docs/extra-notes.md",
    );
  });

  it("keeps a page the user added at a path like the doc page's, with no generated sibling of its name", () => {
    const { root, out, args } = generatedFolder();
    writeFile(path.join(out, "docs", "Notes.md"), "# My notes\n");
    writeFile(
      path.join(root, "codes.yaml"),
      SPEC.replace("The First code.", "Changed."),
    );
    expectRefused(
      args,
      root,
      out,
      /^codeset: out\/docs\/Notes\.md was not written by this generator/,
    );
  });

  it("is replaced as a whole when the spec is renamed: the old page (which carries no banner) and sources go", () => {
    const { root, out, args } = generatedFolder();
    writeFile(
      path.join(root, "codes.yaml"),
      SPEC.replace("name: OwnedCodes", "name: RenamedCodes"),
    );
    const result = runCli(args, root);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = [...readTree(out).keys()];
    expect(files).toContain("docs/RenamedCodes.md");
    expect(files.filter((file) => file.includes("OwnedCodes"))).toEqual([]);
  });

  it("keeps the inode and timestamp of every file that did not change", () => {
    const { root, out, args } = generatedFolder();
    const source = path.join(out, "src", "OwnedCodes.ts");
    const before = statSync(source);
    writeFile(
      path.join(root, "codes.yaml"),
      SPEC.replace("version: 1.0.0", "version: 1.0.1"),
    );
    expect(runCli(args, root).stdout).toMatch(
      /^codes\.yaml -> out: \d+ files? changed\n$/,
    );
    const after = statSync(source);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});

describe("package names that look like a run's own folders", () => {
  it("are ordinary folders: `codes.old-999999-x` and `codes.tmp-1-x` (written first) beside `codes` each keep their own outputs", () => {
    const root = tempDir();
    writeFile(path.join(root, "package.json"), "{}\n");
    const spec = (file: string, name: string, pkg: string, code: number) =>
      writeFile(
        path.join(root, "spec", file),
        specYaml(name, [{ name: name.slice(-1), code }]).replace(
          /name: codes-[a-z]/,
          `name: ${pkg}`,
        ),
      );
    // Written while no `codes` folder exists: a run that took them for a killed run's leftovers would move one there.
    spec("b.yaml", "CodesB", "codes.old-999999-x", 2);
    spec("c.yaml", "CodesC", "codes.tmp-1-x", 3);
    expect(runCli([], root).status).toBe(0);
    spec("a.yaml", "CodesA", "codes", 1);
    const result = runCli([], root);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // The folders written before are left as they were, not taken for leftovers and moved.
    expect(result.stdout).toContain(
      "spec/b.yaml -> generated/codes.old-999999-x: up to date",
    );
    expect(result.stdout).toContain(
      "spec/c.yaml -> generated/codes.tmp-1-x: up to date",
    );
    const generated = path.join(root, "generated");
    expect(readdirSync(generated).sort()).toEqual([
      "codes",
      "codes.old-999999-x",
      "codes.tmp-1-x",
    ]);
    const titles = (folder: string, name: string) =>
      JSON.parse(
        readFileSync(
          path.join(generated, folder, `${name}.schema.json`),
          "utf8",
        ),
      ).oneOf.map((entry: { title: string }) => entry.title);
    expect(titles("codes", "CodesA")).toEqual(["A"]);
    expect(titles("codes.old-999999-x", "CodesB")).toEqual(["B"]);
    expect(titles("codes.tmp-1-x", "CodesC")).toEqual(["C"]);
  });
});

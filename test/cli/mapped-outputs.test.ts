// `outputs:` places a spec's files in the user's own project: only those files, each at its path from
// the project root, written as a set, covered by --check, and never over a file the generator did not write.
import {
  existsSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  renderSpec,
  runCli,
  snapshotFolder,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

const NAME = "CloseCodes";
const MAPPING = {
  "src/[name].ts": "src/closeCodes.ts",
  "docs/[name].md": "docs/close-codes.md",
  "[name].schema.json": "schemas/close-codes.schema.json",
};
/** What a run writes: the mapped files, and the runtime beside the source that imports it. */
const WRITTEN = [...Object.values(MAPPING), "src/codeset-runtime.ts"];

function specWith(
  outputs: Record<string, string>,
  codes = [
    { name: "Normal", code: 1000 },
    { name: "GoingAway", code: 1001 },
  ],
): string {
  const lines = Object.entries(outputs).map(
    ([template, destination]) =>
      `  ${JSON.stringify(template)}: ${JSON.stringify(destination)}`,
  );
  return `${specYaml(NAME, codes)}outputs:\n${lines.join("\n")}\n`;
}

/** A library's repository: a package.json whose gen script runs codeset, its own sources, and the spec. */
function library(outputs: Record<string, string> = MAPPING): string {
  const root = tempDir("codeset-library-");
  writeFile(
    path.join(root, "package.json"),
    JSON.stringify({ name: "some-library", scripts: { gen: "codeset gen" } }),
  );
  writeFile(path.join(root, "src", "index.ts"), "export const mine = 1;\n");
  writeFile(path.join(root, "spec", "close-codes.yaml"), specWith(outputs));
  return root;
}

const destinations = (root: string) =>
  Object.values(MAPPING).map((file) => path.join(root, file));

describe("outputs:", () => {
  it("writes only the mapped files, each where it is mapped, and no package folder", () => {
    const root = library();
    const before = snapshotFolder(root);
    const result = runCli([], root);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `spec/close-codes.yaml -> ${WRITTEN.join(", ")}: ${WRITTEN.length} files changed\n`,
    );
    const after = snapshotFolder(root);
    expect([...after.keys()].filter((file) => !before.has(file))).toEqual(
      [...WRITTEN].sort(),
    );
    expect(
      readFileSync(path.join(root, "src", "codeset-runtime.ts"), "utf8"),
    ).toBe(
      renderSpec(path.join(root, "spec", "close-codes.yaml"), root).get(
        "src/codeset-runtime.ts",
      ),
    );
    for (const [file, bytes] of before)
      expect(after.get(file)?.equals(bytes), file).toBe(true);
    expect(existsSync(path.join(root, "generated"))).toBe(false);
    expect(runCli([], root).stdout).toBe(
      `spec/close-codes.yaml -> ${WRITTEN.join(", ")}: up to date\n`,
    );
  });

  it("writes each mapped file as the package folder has it; the doc page gets the banner it lacks there", () => {
    const root = library();
    expect(runCli([], root).status).toBe(0);
    const specFile = path.join(root, "spec", "close-codes.yaml");
    writeFile(
      specFile,
      specYaml(NAME, [
        { name: "Normal", code: 1000 },
        { name: "GoingAway", code: 1001 },
      ]),
    );
    const folder = renderSpec(specFile, root);
    const read = (file: string) => readFileSync(path.join(root, file), "utf8");
    expect(read("src/closeCodes.ts")).toBe(folder.get(`src/${NAME}.ts`));
    expect(read("schemas/close-codes.schema.json")).toBe(
      folder.get(`${NAME}.schema.json`),
    );
    const banner =
      "generated from spec/close-codes.yaml by `npm run gen`; do not edit";
    expect(read("docs/close-codes.md")).toBe(
      `<!-- ${banner} -->\n\n${folder.get(`docs/${NAME}.md`)}`,
    );
  });

  it("is covered by gen --check: a changed or missing mapped file is named, with the command, and nothing is written", () => {
    const root = library();
    expect(runCli([], root).status).toBe(0);
    expect(runCli(["--check"], root).status).toBe(0);
    writeFileSync(path.join(root, "src", "closeCodes.ts"), "// edited\n");
    rmSync(path.join(root, "docs", "close-codes.md"));
    const before = snapshotFolder(root);
    const result = runCli(["--check"], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "stale: src/closeCodes.ts\n--- src/closeCodes.ts (on disk)\n+++ src/closeCodes.ts (from spec/close-codes.yaml)",
    );
    expect(result.stderr).toContain("missing: docs/close-codes.md");
    // The project's other files are its own: --check names no extra file.
    expect(result.stderr).not.toContain("extra:");
    expect(result.stderr).toContain(
      "out of date: run `npm run gen` and commit the result",
    );
    expect(snapshotFolder(root)).toEqual(before);
  });

  it.each([
    ["a file of the user's", (file: string) => writeFile(file, "mine\n")],
    [
      "a symbolic link",
      (file: string) => {
        writeFile(`${file}.target`, "// generated from x by y; do not edit\n");
        symlinkSync(`${file}.target`, file);
      },
    ],
    [
      "a folder",
      (file: string) => writeFile(path.join(file, "inside.txt"), "mine\n"),
    ],
  ])(
    "replaces nothing when one mapped path holds %s: exit 1, the path named, no other mapped file written",
    (_, occupy) => {
      const root = library();
      occupy(path.join(root, "docs", "close-codes.md"));
      const before = snapshotFolder(root);
      const result = runCli([], root);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /^codeset: docs\/close-codes\.md (was not written by this generator|is a symbolic link|is a folder|is not a regular file)\b.*; nothing written/,
      );
      expect(snapshotFolder(root)).toEqual(before);
      expect(existsSync(path.join(root, "src", "closeCodes.ts"))).toBe(false);
    },
  );

  it("replaces its own files of an earlier run, and leaves them when the mapping moves on", () => {
    const root = library();
    expect(runCli([], root).status).toBe(0);
    writeFile(
      path.join(root, "spec", "close-codes.yaml"),
      specWith({ ...MAPPING, "src/[name].ts": "lib/codes.ts" }, [
        { name: "Normal", code: 1000 },
      ]),
    );
    const result = runCli([], root);
    expect(result.stderr).toContain(
      "1 breaking change against schemas/close-codes.schema.json",
    );
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(root, "lib", "codes.ts"), "utf8")).toContain(
      "Normal = 1000",
    );
    // The file the mapping no longer names stays: a run never deletes a path it was not asked to write.
    expect(existsSync(path.join(root, "src", "closeCodes.ts"))).toBe(true);
    for (const file of destinations(root).slice(1))
      expect(readFileSync(file, "utf8")).not.toContain("GoingAway");
  });

  it("reports a template path that no template renders, with what it may have meant, and a mapped spec given --out", () => {
    const root = library({ "src/[name].tsx": "src/closeCodes.ts" });
    const unknown = runCli([], root);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(
      /^spec\/close-codes\.yaml:\d+:3: no template renders src\/\[name\]\.tsx \(src\/CloseCodes\.tsx\) \(did you mean 'src\/CloseCodes\.ts'\?\); outputs: .*src\/CloseCodes\.ts/,
    );
    const mapped = library();
    const withOut = runCli(
      ["--spec", "spec/close-codes.yaml", "--out", "out"],
      mapped,
    );
    expect(withOut.status).toBe(1);
    expect(withOut.stderr).toContain(
      "outputs: places this spec's files in the project, so --out does not apply",
    );
    expect(existsSync(path.join(mapped, "out"))).toBe(false);
  });

  it("refuses two specs of one run that map a file to the same path", () => {
    const root = library();
    writeFile(
      path.join(root, "spec", "more-codes.yaml"),
      `${specYaml("MoreCodes", [{ name: "Other", code: 2 }])}outputs:\n  src/[name].ts: src/closeCodes.ts\n`,
    );
    const result = runCli([], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^spec\/more-codes\.yaml:\d+:\d+: another spec of this run also writes src\/closeCodes\.ts$/m,
    );
    expect(existsSync(path.join(root, "src", "closeCodes.ts"))).toBe(false);
  });
});

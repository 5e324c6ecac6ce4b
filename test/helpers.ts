// The one helper module of the tests: where the repository is, how to run the CLI (in-process pipeline,
// child process, or asynchronous child process), scratch folders, small specs, and folder snapshots.
import { execFile, spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";
import { renderJobs } from "../src/generate.js";
import { listFiles } from "../src/output/compare.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The command as it ships: the launcher of the bundled CLI (bin/codeset.cjs runs lib/codeset.cjs). */
export const CLI = path.join(ROOT, "bin", "codeset.cjs");
export const DEFAULT_SPEC = path.join(
  ROOT,
  "spec",
  "websocket-status-codes.yaml",
);
/** The seed doc page, committed so a clone alone can test against it; SHARED_SEED_PAGE is its origin, beside the repository where present. */
export const SEED_PAGE = path.join(ROOT, "test", "fixtures", "seed-page.md");
export const SHARED_SEED_PAGE = path.join(
  ROOT,
  "..",
  "shared",
  "seed",
  "WebSocketStatusCodes.md",
);
/** Where tests keep folders inside the project (git-ignored), so banners name specs relative to the repository. */
export const PROJECT_SCRATCH = path.join(ROOT, "test", ".output");

/** A fresh folder under test/.output (inside the project), named after the test for easy inspection. */
export function scratchDir(name: string): string {
  mkdirSync(PROJECT_SCRATCH, { recursive: true });
  return mkdtempSync(path.join(PROJECT_SCRATCH, `${name}-`));
}

/**
 * A fresh folder under the system temp folder (outside the project, so no package.json above it).
 * Call it inside a test: the folder is removed when the test passes, and kept to inspect when it fails.
 */
export function tempDir(prefix = "codeset-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(({ task }) => {
    if (task.result?.state === "pass")
      rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Renders one spec in memory: output path -> content. */
export function renderSpec(
  specFile: string,
  cwd = ROOT,
  templateDirs: readonly string[] = [],
): Map<string, string> {
  const [rendered] = renderJobs([{ specFile }], templateDirs, cwd);
  return rendered!.files;
}

/** `13 files changed`, as a run reports a first write of specFile's outputs (counted by rendering it, never hard-coded). */
export function allFilesChanged(
  specFile: string,
  templateDirs: readonly string[] = [],
): string {
  const count = renderSpec(
    path.resolve(specFile),
    ROOT,
    templateDirs.map((dir) => path.resolve(dir)),
  ).size;
  return `${count} file${count === 1 ? "" : "s"} changed`;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled CLI as a child process, the way users and CI do. */
export function runCli(
  args: readonly string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = {},
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** The same as runCli, asynchronously, so that runs can overlap; never rejects. */
export function runCliAsync(
  args: readonly string[],
  cwd = ROOT,
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error
          ? typeof error.code === "number"
            ? error.code
            : -1
          : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** Every file below dir with its content. */
export function readTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      readFileSync(path.join(dir, file), "utf8"),
    ]),
  );
}

/** Every file below dir as relative posix path -> bytes, sorted (hidden files and symlinks' targets included). */
export function snapshotFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(
      path.relative(dir, full).split(path.sep).join("/"),
      readFileSync(full),
    );
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Whether two snapshots hold the same paths with the same bytes. */
export function sameSnapshot(
  a: Map<string, Buffer>,
  b: Map<string, Buffer>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [file, bytes] of a) if (!b.get(file)?.equals(bytes)) return false;
  return true;
}

/** Names beside a folder in its parent, to catch temp, old and lock files left behind. */
export function siblings(dir: string): string[] {
  return readdirSync(path.dirname(dir)).sort();
}

export interface CodeEntry {
  name: string;
  code: number;
  description?: string;
}

/** A small valid spec: `name`, a package named after it, and the codes. */
export function specYaml(name: string, codes: readonly CodeEntry[]): string {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
  const lines = [
    `name: ${name}`,
    `package: { name: ${kebab}, version: 1.0.0 }`,
    "codes:",
  ];
  for (const { name: codeName, code, description } of codes) {
    lines.push(
      `  - name: ${codeName}`,
      `    code: ${code}`,
      `    description: ${JSON.stringify(description ?? `The ${codeName} code.`)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Writes a file, creating its folder. */
export function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// Runs the real command line (node lib/cli.js) as a child process, and makes throwaway specs and folders for it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = path.join(REPO, "lib", "cli.js");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd = REPO): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder under the system temp folder (outside the project, so no package.json above it). */
export function tempDir(prefix = "codeset-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface CodeEntry {
  name: string;
  code: number;
  description?: string;
}

/** A small valid spec; `extra` is appended verbatim (more top-level keys). */
export function specYaml(name: string, codes: readonly CodeEntry[], extra = ""): string {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
  const lines = [`name: ${name}`, `package: { name: ${kebab}, version: 1.0.0 }`, "codes:"];
  for (const { name: codeName, code, description } of codes) {
    lines.push(`  - name: ${codeName}`, `    code: ${code}`, `    description: ${JSON.stringify(description ?? `The ${codeName} code.`)}`);
  }
  return `${lines.join("\n")}\n${extra}`;
}

export function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Every file below dir (posix paths) with its content: a folder's state, to compare before and after. */
export function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return files;
  }
  for (const entry of entries.sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isFile()) files[entry.split(path.sep).join("/")] = readFileSync(full, "utf8");
  }
  return files;
}

/** Per-test timeout for tests that spawn the CLI: node starts slowly on a busy shared machine. Not a speed claim. */
export const CLI_TIMEOUT = { timeout: 120_000 };

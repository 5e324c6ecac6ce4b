// Runs the real CLI as an asynchronous child process (so runs can overlap) and snapshots folders byte for byte.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CLI, ROOT } from "../support.js";

export { CLI, ROOT };

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** `node lib/cli.js ...args` in cwd (the project root by default); never rejects. */
export function runCli(args: readonly string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

/** Every file below dir as relative posix path -> bytes (hex would hide nothing but cost more). */
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
    files.set(path.relative(dir, full).split(path.sep).join("/"), readFileSync(full));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Whether two snapshots hold the same paths with the same bytes. */
export function sameSnapshot(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, bytes] of a) if (!b.get(file)?.equals(bytes)) return false;
  return true;
}

/** Names beside a folder in its parent, to catch temp, old and lock files left behind. */
export function siblings(dir: string): string[] {
  return readdirSync(path.dirname(dir)).sort();
}

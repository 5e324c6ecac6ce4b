// Shared test helpers: run the pipeline in-process or through the real CLI, into scratch folders.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderJobs } from "../scripts/generate.js";
import { listFiles } from "../scripts/writeOutputs.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CLI = path.join(ROOT, "lib", "cli.js");
export const DEFAULT_SPEC = path.join(ROOT, "spec", "websocket-status-codes.yaml");
/** The seed doc page, committed so a clone alone can test against it; SHARED_SEED_PAGE is its origin, beside the repository where present. */
export const SEED_PAGE = path.join(ROOT, "test", "fixtures", "seed-page.md");
export const SHARED_SEED_PAGE = path.join(ROOT, "..", "shared", "seed", "WebSocketStatusCodes.md");

/** A fresh folder under test/.output (git-ignored), named after the test for easy inspection. */
export function scratchDir(name: string): string {
  const base = path.join(ROOT, "test", ".output");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `${name}-`));
}

/** Renders one spec in memory: output path -> content. */
export function renderSpec(specFile: string, cwd = ROOT): Map<string, string> {
  const [rendered] = renderJobs([{ specFile }], [], cwd);
  return rendered!.files;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled CLI as a child process, the way users and CI do. */
export function runCli(args: readonly string[], cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below dir with its content. */
export function readTree(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
}

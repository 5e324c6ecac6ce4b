// Throwaway specs and project folders for tests that run the CLI (test/support.ts runs it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";

/**
 * A fresh folder under the system temp folder (outside the project, so no package.json above it).
 * Call it inside a test: the folder is removed when the test passes, and kept to inspect when it fails.
 */
export function tempDir(prefix = "codeset-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(({ task }) => {
    if (task.result?.state === "pass") rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

export interface CodeEntry {
  name: string;
  code: number;
  description?: string;
}

/** A small valid spec: `name`, a package named after it, and the codes. */
export function specYaml(name: string, codes: readonly CodeEntry[]): string {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
  const lines = [`name: ${name}`, `package: { name: ${kebab}, version: 1.0.0 }`, "codes:"];
  for (const { name: codeName, code, description } of codes) {
    lines.push(`  - name: ${codeName}`, `    code: ${code}`, `    description: ${JSON.stringify(description ?? `The ${codeName} code.`)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

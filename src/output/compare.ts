// Compares rendered files with what an output folder holds.
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { RenderedFiles } from "../render/renderOutputs.js";

export interface Comparison {
  /** Files whose content differs from the rendered one. */
  stale: string[];
  /** Rendered files the folder lacks. */
  missing: string[];
  /** Files in the folder that no template renders. */
  extra: string[];
}

export function compareOutputs(
  outDir: string,
  files: RenderedFiles,
): Comparison {
  const onDisk = new Set(listFiles(outDir));
  const result: Comparison = { stale: [], missing: [], extra: [] };
  for (const [file, content] of files) {
    if (!onDisk.has(file)) result.missing.push(file);
    else if (readFileSync(path.join(outDir, file), "utf8") !== content)
      result.stale.push(file);
    onDisk.delete(file);
  }
  result.extra = [...onDisk].sort();
  return result;
}

export function isUpToDate(comparison: Comparison): boolean {
  return (
    comparison.stale.length +
      comparison.missing.length +
      comparison.extra.length ===
    0
  );
}

/** Whether file is a regular file holding exactly content. */
export function holds(file: string, content: string): boolean {
  try {
    return (
      lstatSync(file).isFile() &&
      readFileSync(file).equals(Buffer.from(content))
    );
  } catch {
    return false;
  }
}

/** Files below dir as sorted posix paths; none when dir is missing. */
export function listFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

// --check: compares what a run would write with what is on disk, and says what differs; never writes.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { unifiedDiff } from "./diff.js";
import type { Rendered } from "../generate.js";
import { displayPath } from "../project.js";
import { compareOutputs, holds, type Comparison } from "./compare.js";

/** Lines of a stale file's diff shown in the report; enough to recognise the change. */
const DIFF_LINES = 16;

/**
 * One report line (or block, for a stale file's diff) per stale, missing or extra file, and per
 * orphaned output folder. Empty when everything is up to date.
 */
export function findStaleOutputs(
  rendered: readonly Rendered[],
  orphans: readonly string[],
  cwd = process.cwd(),
): string[] {
  const report: string[] = [];
  for (const { specFile, outDir, files, mapped } of rendered) {
    // Mapped outputs lie among the user's files: only missing and stale ones are the run's business.
    const comparison = mapped
      ? compareMapped(files, mapped)
      : compareOutputs(outDir, files);
    const placeOf = (file: string) =>
      mapped?.get(file) ?? path.join(outDir, file);
    const where = (file: string) => displayPath(placeOf(file), cwd);
    for (const file of comparison.stale) {
      const diff = unifiedDiff(
        readFileSync(placeOf(file), "utf8"),
        files.get(file)!,
        {
          from: `${where(file)} (on disk)`,
          to: `${where(file)} (from ${displayPath(specFile, cwd)})`,
          maxLines: DIFF_LINES,
        },
      );
      report.push(`stale: ${where(file)}\n${diff}`);
    }
    for (const file of comparison.missing)
      report.push(`missing: ${where(file)}`);
    for (const file of comparison.extra)
      report.push(`extra: ${where(file)} (no template renders it)`);
  }
  for (const dir of orphans)
    report.push(
      `extra: ${displayPath(dir, cwd)}/ (no spec produces it any more)`,
    );
  return report;
}

/** Mapped files whose destination is missing, or holds something else. */
function compareMapped(
  files: ReadonlyMap<string, string>,
  mapped: ReadonlyMap<string, string>,
): Comparison {
  const comparison: Comparison = { stale: [], missing: [], extra: [] };
  for (const [file, content] of files) {
    const destination = mapped.get(file)!;
    if (holds(destination, content)) continue;
    // A folder where the file should be is as good as missing; writing it says why it cannot be replaced.
    if (isFile(destination)) comparison.stale.push(file);
    else comparison.missing.push(file);
  }
  return comparison;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

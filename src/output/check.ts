// --check: compares what a run would write with what is on disk, and says what differs; never writes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { unifiedDiff } from "./diff.js";
import type { Rendered } from "../generate.js";
import { displayPath } from "../project.js";
import { compareOutputs } from "./compare.js";

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
  for (const { specFile, outDir, files } of rendered) {
    const comparison = compareOutputs(outDir, files);
    const where = (file: string) => displayPath(path.join(outDir, file), cwd);
    for (const file of comparison.stale) {
      const diff = unifiedDiff(
        readFileSync(path.join(outDir, file), "utf8"),
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

// gen's shortcut: when the last run's records show every output up to date, say so without loading the
// pipeline (YAML, Handlebars and the modules that render and check), which is most of an up-to-date run.
import type { GenOptions } from "./genCommand.js";
import type { Rendered } from "./generate.js";
import { findOrphanedOutputs } from "./orphans.js";
import { displayPath, findSpecFiles } from "./projectPaths.js";
import { recordedUpToDate } from "./runCache.js";

/**
 * Prints what `gen` (or `gen --check`) prints for an up-to-date tree and returns true, when the records
 * prove it: every spec, template and output as the last run left them, and no orphaned output folder
 * to judge. Up-to-date outputs cannot hold breaking changes. Otherwise prints nothing and returns false.
 */
export function answeredUpToDate(options: GenOptions): boolean {
  const specFiles = options.specFile !== undefined ? [options.specFile] : findSpecFiles();
  if (specFiles === undefined || specFiles.length === 0) return false;
  const recorded = recordedUpToDate(
    specFiles.map((specFile) => ({ specFile, outDir: options.outDir })),
    options.templateDirs,
  );
  if (recorded === undefined) return false;
  if (options.specFile === undefined && findOrphanedOutputs(recorded).length > 0) return false;
  if (!options.check) for (const entry of recorded) process.stdout.write(`${describeWrite(entry, 0)}\n`);
  return true;
}

/** `spec/x.yaml -> generated/x: 2 files changed`, the line a run prints per spec. */
export function describeWrite(entry: Pick<Rendered, "specFile" | "outDir">, changed: number): string {
  const outcome = changed === 0 ? "up to date" : `${changed} file${changed === 1 ? "" : "s"} changed`;
  return `${displayPath(entry.specFile)} -> ${displayPath(entry.outDir)}: ${outcome}`;
}

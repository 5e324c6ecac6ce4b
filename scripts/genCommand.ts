// `codeset gen`: render every spec, report breaking changes, then write, check (--check) or keep watching (--watch).
import { breakingReport } from "./breakingChanges.js";
import { findStaleOutputs } from "./check.js";
import { formatDiagnostic, SpecError } from "./diagnostics.js";
import { displayPath, findSpecFiles, renderJobs, SPEC_DIR, type Job, type Rendered } from "./generate.js";
import { findOrphanedOutputs, isGeneratedFolder, removeOrphan } from "./orphans.js";
import { describeWrite } from "./genShortcut.js";
import { rememberUpToDate } from "./runCache.js";
import { NothingToDoError } from "./usage.js";
import { OutputError, writeOutputs } from "./writeOutputs.js";

export interface GenOptions {
  /** One spec (and optionally its output folder); without it, every spec/*.yaml with default outputs. */
  specFile?: string;
  outDir?: string;
  /** Template folders laid over the built-in templates, later ones winning. */
  templateDirs: string[];
  check: boolean;
  failOnBreaking: boolean;
  /** The command that brings outputs up to date, printed by --check. */
  fixCommand: string;
}

/** The specs a run works on: the one given, or every spec of the project. */
export function jobsOf(options: Pick<GenOptions, "specFile" | "outDir">): Job[] {
  if (options.specFile !== undefined) return [{ specFile: options.specFile, outDir: options.outDir }];
  const files = findSpecFiles();
  if (files === undefined) throw new NothingToDoError(`no ${SPEC_DIR}/ folder in ${process.cwd()}; run \`codeset init\` to start one, or give --spec FILE`);
  if (files.length === 0) throw new NothingToDoError(`${SPEC_DIR}/ holds no .yaml or .yml files; add one or give --spec FILE`);
  return files.map((specFile) => ({ specFile }));
}

/** One run of `gen` or `gen --check`; returns the exit status. */
export function gen(options: GenOptions): number {
  const jobs = jobsOf(options);
  let rendered: Rendered[];
  try {
    rendered = renderJobs(jobs, options.templateDirs);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    process.stderr.write(`${error.diagnostics.map(formatDiagnostic).join("\n")}\n`);
    process.stderr.write(`nothing written: fix the problem${error.diagnostics.length === 1 ? "" : "s"} above\n`);
    return 1;
  }
  // Folders no spec produces are only judged when the run covers every spec.
  const orphans = options.specFile === undefined ? findOrphanedOutputs(rendered) : [];
  const breaking = reportBreakingChanges(rendered);
  if (options.check) {
    const status = check(rendered, orphans, options, breaking);
    if (status === 0) rememberUpToDate(jobs, rendered, options.templateDirs);
    return status;
  }
  if (breaking > 0 && options.failOnBreaking) {
    process.stderr.write("nothing written: --fail-on-breaking refuses the breaking changes above\n");
    return 1;
  }
  for (const entry of rendered) {
    let changed: number;
    try {
      changed = writeOutputs(entry.outDir, entry.files);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      process.stderr.write(`codeset: ${error.message}\n`);
      return 1;
    }
    process.stdout.write(`${describeWrite(entry, changed)}\n`);
  }
  rememberUpToDate(jobs, rendered, options.templateDirs);
  for (const dir of orphans) {
    if (isGeneratedFolder(dir)) {
      removeOrphan(dir);
      process.stdout.write(`${displayPath(dir)}: removed (no spec produces it any more)\n`);
    } else {
      process.stderr.write(`warning: ${displayPath(dir)}/ matches no spec and holds no generated files; delete it if it is not needed\n`);
    }
  }
  return 0;
}

function check(rendered: readonly Rendered[], orphans: readonly string[], options: GenOptions, breaking: number): number {
  const report = findStaleOutputs(rendered, orphans);
  if (report.length > 0) {
    process.stderr.write(`${report.join("\n")}\n`);
    process.stderr.write(`out of date: run \`${options.fixCommand}\` and commit the result\n`);
    return 1;
  }
  return breaking > 0 && options.failOnBreaking ? 1 : 0;
}

/** Prints the breaking-change warnings of every spec; returns how many changes break consumers. */
export function reportBreakingChanges(rendered: readonly Rendered[]): number {
  let count = 0;
  for (const { specFile, model, outDir } of rendered) {
    const report = breakingReport(displayPath(specFile), model, outDir, (file) => displayPath(file));
    if (report.lines.length > 0) process.stderr.write(`${report.lines.join("\n")}\n`);
    count += report.count;
  }
  if (count > 0) process.stderr.write("  code using the published enum breaks on these; release them in a new major version\n");
  return count;
}

// Re-exported for watch.ts; it lives in genShortcut.ts, which prints the same lines without this module.
export { describeWrite };

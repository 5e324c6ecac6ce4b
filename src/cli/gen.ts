// The policy of one gen run, which gen, gen --check and --watch all follow: render every job, report
// breaking changes, then check or write, then judge the output folders no spec produces.
import { existsSync } from "node:fs";
import { breakingReport, findSchema } from "../output/breakingChanges.js";
import { findStaleOutputs } from "../output/check.js";
import {
  findOrphanedOutputs,
  isGeneratedFolder,
  removeOrphan,
} from "../output/orphans.js";
import { OutputError, writeOutputs } from "../output/write.js";
import { writeFiles } from "../output/writeFiles.js";
import { renderJobs, type Job, type Rendered } from "../generate.js";
import { displayPath, findSpecFiles, SPEC_DIR } from "../project.js";
import { SpecError } from "../spec/diagnostics.js";
import { Reporter } from "./report.js";
import { NothingToDoError } from "./usage.js";

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
export function jobsOf(
  options: Pick<GenOptions, "specFile" | "outDir">,
): Job[] {
  if (options.specFile !== undefined)
    return [{ specFile: options.specFile, outDir: options.outDir }];
  const files = findSpecFiles();
  if (files === undefined)
    throw new NothingToDoError(
      `no ${SPEC_DIR}/ folder in ${process.cwd()}; run \`codeset init\` to start one, or give --spec FILE`,
    );
  if (files.length === 0)
    throw new NothingToDoError(
      `${SPEC_DIR}/ holds no .yaml or .yml files; add one or give --spec FILE`,
    );
  return files.map((specFile) => ({ specFile }));
}

/** `codeset gen` and `codeset gen --check`: every job of the options; returns the exit status. */
export function gen(options: GenOptions): number {
  // Folders no spec produces are judged only when the run covers every spec of the project.
  return runJobs(jobsOf(options), options, new Reporter(), {
    judgeOrphans: options.specFile === undefined,
  }).status;
}

export interface RunOutcome {
  status: number;
  /** What was rendered, when every spec was valid. */
  rendered?: Rendered[];
}

/** One run over `jobs`; with `judgeOrphans`, output folders under generated/ that none of them produces are removed or named. */
export function runJobs(
  jobs: readonly Job[],
  options: GenOptions,
  report: Reporter,
  { judgeOrphans }: { judgeOrphans: boolean },
): RunOutcome {
  let rendered: Rendered[];
  try {
    rendered = renderJobs(jobs, options.templateDirs);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    report.problems(error.diagnostics);
    return { status: 1 };
  }
  const orphans = judgeOrphans ? findOrphanedOutputs(rendered) : [];
  const breaking = reportBreakingChanges(rendered, report);
  if (options.check) {
    const stale = findStaleOutputs(rendered, orphans);
    if (stale.length > 0) report.stale(stale, options.fixCommand);
    return {
      status:
        stale.length > 0 || (breaking > 0 && options.failOnBreaking) ? 1 : 0,
      rendered,
    };
  }
  if (breaking > 0 && options.failOnBreaking) {
    report.breakingChangesRefused(jobs[0]!.specFile);
    return { status: 1, rendered };
  }
  for (const entry of rendered) {
    let changed: number;
    try {
      changed = write(entry);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      report.outputProblem(entry.specFile, error.message);
      return { status: 1, rendered };
    }
    report.written(
      entry.specFile,
      [...(entry.mapped?.values() ?? [entry.outDir])],
      changed,
    );
  }
  for (const dir of orphans) {
    if (isGeneratedFolder(dir)) {
      removeOrphan(dir);
      report.orphanRemoved(dir);
    } else report.orphanKept(dir);
  }
  return { status: 0, rendered };
}

/** Writes one spec's outputs: its package folder as a whole, or its mapped files as one set. */
function write(entry: Rendered): number {
  const { mapped } = entry;
  if (mapped === undefined) return writeOutputs(entry.outDir, entry.files);
  return writeFiles(
    [...entry.files].map(([file, content]) => ({
      path: mapped.get(file)!,
      content,
    })),
  );
}

/** Prints the breaking-change warnings of every spec; returns how many changes break consumers. */
function reportBreakingChanges(
  rendered: readonly Rendered[],
  report: Reporter,
): number {
  let count = 0;
  for (const entry of rendered) {
    const found = breakingReport(
      displayPath(entry.specFile),
      entry.model,
      publishedSchema(entry),
      (file) => displayPath(file),
    );
    report.breakingChanges(found.lines);
    count += found.count;
  }
  if (count > 0)
    report.breakingChanges([
      "  code using the published enum breaks on these; release them in a new major version",
    ]);
  return count;
}

/** The JSON Schema a spec published last time: in its package folder, or where it maps the schema (none when it does not). */
function publishedSchema(entry: Rendered): string | undefined {
  if (entry.mapped === undefined)
    return findSchema(entry.outDir, entry.model.name);
  const schema = entry.mapped.get(`${entry.model.name}.schema.json`);
  return schema !== undefined && existsSync(schema) ? schema : undefined;
}

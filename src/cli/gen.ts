// The policy of one gen run, which gen, gen --check and --watch all follow: render every job, report
// breaking changes, then check or write, then judge the output folders no spec produces.
import { existsSync } from "node:fs";
import { breakingReport, findSchema } from "../output/breakingChanges.js";
import { findStaleOutputs } from "../output/check.js";
import path from "node:path";
import { findOrphanedOutputs } from "../output/orphans.js";
import { OutputError } from "../output/outputError.js";
import { foreignInFolder, type FolderPlan } from "../output/ownership.js";
import {
  settle,
  writeOutputs,
  type Output,
  type Protected,
} from "../output/write.js";
import { renderJobs, type Job, type Rendered } from "../generate.js";
import { endPhase, timingsLine } from "../timings.js";
import {
  displayPath,
  findSpecFiles,
  GENERATED_DIR,
  SPEC_DIR,
} from "../project.js";
import { BUILT_IN_TEMPLATES } from "../render/templateFiles.js";
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
  endPhase("start-up");
  const report = new Reporter();
  // Folders no spec produces are judged only when the run covers every spec of the project.
  const { status } = runJobs(jobsOf(options), options, report, {
    judgeOrphans: options.specFile === undefined,
  });
  const timings = timingsLine();
  if (timings !== undefined) report.timings(timings);
  return status;
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
  const roots = byRoot(rendered);
  try {
    // What a killed run left is undone first, so every step below reads the outputs as they really are.
    for (const root of roots.keys())
      settle(root, (line) => report.notice(line));
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    report.outputProblem(jobs[0]!.specFile, error.message);
    return { status: 1, rendered };
  }
  const orphans = judgeOrphans ? findOrphanedOutputs(rendered) : [];
  const breaking = reportBreakingChanges(rendered, report);
  if (options.check) {
    const stale = findStaleOutputs(rendered, orphans);
    endPhase("compare");
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
  const { removable, kept } = judgeOrphanFolders(orphans, rendered);
  endPhase("compare");
  for (const [root, entries] of roots) {
    const perEntry = entries.map(outputsOf);
    const orphansHere = removable.filter((orphan) => orphan.root === root);
    const outputs: Output[] = [
      ...perEntry.flat(),
      ...orphansHere.map((orphan): Output => ({
        kind: "removal",
        path: orphan.dir,
        plan: orphan.plan,
      })),
    ];
    let changes: number[];
    try {
      changes = writeOutputs(root, outputs, {
        protect: protectedPaths(rendered),
        notice: (line) => report.notice(line),
      });
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      report.outputProblem(entries[0]!.specFile, error.message);
      return { status: 1, rendered };
    }
    let next = 0;
    entries.forEach((entry, index) => {
      const count = perEntry[index]!.length;
      const changed = changes
        .slice(next, next + count)
        .reduce((a, b) => a + b, 0);
      next += count;
      report.written(
        entry.specFile,
        [...(entry.mapped?.values() ?? [entry.outDir])],
        changed,
      );
    });
    for (const orphan of orphansHere) report.orphanRemoved(orphan.dir);
  }
  for (const { dir, foreign } of kept) report.orphanKept(dir, foreign);
  endPhase("write");
  return { status: 0, rendered };
}

/** One spec's outputs: its package folder as a whole, or its mapped files, each at its place in the project. */
function outputsOf(entry: Rendered): Output[] {
  const { mapped } = entry;
  if (mapped === undefined)
    return [
      {
        kind: "folder",
        path: entry.outDir,
        plan: { files: entry.files, outputPatterns: entry.outputPatterns },
      },
    ];
  return [...entry.files].map(([file, content]) => ({
    kind: "file",
    path: mapped.get(file)!,
    content,
  }));
}

/** The rendered jobs grouped by the root their outputs are written under, in job order. */
function byRoot(rendered: readonly Rendered[]): Map<string, Rendered[]> {
  const roots = new Map<string, Rendered[]>();
  for (const entry of rendered)
    roots.set(entry.root, [...(roots.get(entry.root) ?? []), entry]);
  return roots;
}

/**
 * Orphaned folders the writer may delete (every file in them is the generator's, by the same rule as
 * any other output) and the ones it keeps, with the first file that is not.
 */
function judgeOrphanFolders(
  orphans: readonly string[],
  rendered: readonly Rendered[],
): {
  removable: { dir: string; root: string; plan: FolderPlan }[];
  kept: { dir: string; foreign: string }[];
} {
  const root = path.resolve(GENERATED_DIR);
  const plan: FolderPlan = {
    files: new Map(),
    outputPatterns: rendered.flatMap((entry) => entry.outputPatterns),
  };
  const removable: { dir: string; root: string; plan: FolderPlan }[] = [];
  const kept: { dir: string; foreign: string }[] = [];
  for (const dir of orphans) {
    const foreign = foreignInFolder(dir, plan, root);
    if (foreign === undefined) removable.push({ dir, root, plan });
    else kept.push({ dir, foreign: foreign.path });
  }
  return { removable, kept };
}

/** What no output may be or hold: the working directory, the specs and the template folders of the run. */
function protectedPaths(rendered: readonly Rendered[]): Protected[] {
  return [
    { path: process.cwd(), what: "the working directory" },
    ...rendered.map((entry) => ({
      path: path.resolve(entry.specFile),
      what: `the spec ${displayPath(entry.specFile)}`,
    })),
    ...[
      BUILT_IN_TEMPLATES,
      ...rendered.flatMap((entry) => entry.templateDirs),
    ].map((dir) => ({ path: dir, what: `the templates ${displayPath(dir)}` })),
  ];
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

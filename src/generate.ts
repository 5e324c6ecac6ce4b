// The pipeline for a set of specs: load -> validate -> build the model -> render, all in memory before anything is written.
import { statSync } from "node:fs";
import path from "node:path";
import { buildModel, type Model } from "./model/buildModel.js";
import { GENERATED_DIR, specOrigin, type SpecOrigin } from "./project.js";
import { findHostPrettier, formatForHost } from "./render/hostPrettier.js";
import { mapOutputs } from "./render/mappedOutputs.js";
import {
  outputPatterns,
  renderOutputs,
  type OutputPattern,
  type RenderedFiles,
} from "./render/renderOutputs.js";
import {
  formatDiagnostic,
  SpecError,
  type Diagnostic,
} from "./spec/diagnostics.js";
import { loadSpec, topLevelPosition } from "./spec/load.js";
import type { OutputMapping, Spec } from "./spec/types.js";
import { validateSpec } from "./spec/validate.js";
import { endPhase } from "./timings.js";

export interface Job {
  /** The spec path as the user gave it (resolved against the working directory). */
  specFile: string;
  /** The output folder; by default generated/<package.name> under the working directory. */
  outDir?: string;
}

export interface Rendered {
  specFile: string;
  /** The package folder the outputs make up; for mapped outputs, the project root they are placed under. */
  outDir: string;
  model: Model;
  files: RenderedFiles;
  /** For a spec with `outputs:`, each file's absolute destination (and `files` holds only those files). */
  mapped?: Map<string, string>;
  /**
   * The folder that holds the outputs and the run's lock and journal: generated/ for default outputs
   * (scoped ones too), the parent of --out, the project root for mapped outputs.
   */
  root: string;
  /** Each template's output path and whether its file carries the banner, for the writer's ownership rule. */
  outputPatterns: OutputPattern[];
  /** The template folders laid over the built-in ones for this spec (absolute), in the order they apply. */
  templateDirs: string[];
}

/**
 * Renders every job in memory; throws one SpecError holding the problems of all bad specs (and broken
 * templates), so a run writes either every output or none. `templateDirs` apply after a spec's own.
 */
export function renderJobs(
  jobs: readonly Job[],
  templateDirs: readonly string[] = [],
  cwd = process.cwd(),
): Rendered[] {
  const problems: Diagnostic[] = [];
  const rendered: Rendered[] = [];
  for (const job of jobs) {
    try {
      rendered.push(renderJob(job, templateDirs, cwd, rendered));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new SpecError(withoutRepeats(problems));
  return rendered;
}

/** One spec through the pipeline; `before` are the jobs rendered so far, whose folders this one must not share. */
function renderJob(
  job: Job,
  templateDirs: readonly string[],
  cwd: string,
  before: readonly Rendered[],
): Rendered {
  const { spec, model, origin, where } = checkedModel(job, cwd);
  const overrides = spec.templates
    ? [spec.templates, ...templateDirs]
    : [...templateDirs];
  const rendered = renderOutputs(model, overrides);
  const placed =
    spec.outputs === undefined
      ? inFolder(job, model, rendered, cwd, before, where)
      : mapped(job, spec.outputs, model, rendered, origin, before, where);
  endPhase("render");
  // Where the project formats with its own prettier, the outputs are what it would print.
  const host = findHostPrettier(origin.root);
  const files = host
    ? formatForHost(
        host,
        placed.files,
        (file) => placed.mapped?.get(file) ?? path.join(placed.outDir, file),
      )
    : placed.files;
  if (host) endPhase("format");
  return {
    specFile: job.specFile,
    ...placed,
    root:
      placed.mapped !== undefined
        ? placed.outDir
        : job.outDir === undefined
          ? path.resolve(cwd, GENERATED_DIR)
          : path.dirname(placed.outDir),
    model,
    files,
    outputPatterns: outputPatterns(model, rendered, overrides),
    templateDirs: overrides,
  };
}

/** Where the spec's top-level keys are, for messages about the placing of its outputs. */
type KeyPosition = (key: string, message: string) => Diagnostic;

/**
 * One spec loaded, validated and built into its model. The spec's tree is not kept: only the positions of
 * the keys that messages about placing the outputs point at (a 10,000-code spec's tree is 13 MB, which
 * rendering would otherwise hold on to).
 */
function checkedModel(
  job: Job,
  cwd: string,
): { spec: Spec; model: Model; origin: SpecOrigin; where: KeyPosition } {
  const loaded = loadSpec(job.specFile);
  endPhase("read");
  const origin = specOrigin(path.resolve(cwd, job.specFile));
  const spec = validateSpec(loaded, origin.source);
  endPhase("validate");
  const model = buildModel(spec, origin.command);
  endPhase("model");
  if (spec.templates !== undefined && !isDirectory(spec.templates)) {
    throw new SpecError([
      topLevelPosition(
        loaded,
        "templates",
        `no template folder at ${spec.templates}; the path is relative to the spec`,
      ),
    ]);
  }
  const positions = new Map<string, Diagnostic>();
  for (const key of PLACING_KEYS)
    positions.set(key, topLevelPosition(loaded, key, ""));
  return { spec, model, origin, where: positionOf(positions) };
}

/**
 * Messages at the keys' positions. Made outside checkedModel: a closure made there would share its scope,
 * and with it the spec's tree, for as long as the closure lives.
 */
function positionOf(positions: ReadonlyMap<string, Diagnostic>): KeyPosition {
  return (key, message) => ({ ...positions.get(key)!, message });
}

/** The keys messages about placing the outputs point at. */
const PLACING_KEYS = ["package", "outputs"];

type Placed = Pick<Rendered, "outDir" | "files" | "mapped">;

/** Every output in one folder: --out, or generated/<package.name>, which no other spec of the run may share. */
function inFolder(
  job: Job,
  model: Model,
  files: RenderedFiles,
  cwd: string,
  before: readonly Rendered[],
  where: KeyPosition,
): Placed {
  const outDir = path.resolve(
    cwd,
    job.outDir ?? path.join(GENERATED_DIR, model.package.name),
  );
  const clash = before.find((other) => other.outDir === outDir);
  if (clash) {
    const message = `writes to the same folder as ${clash.specFile} (${path.relative(cwd, outDir) || "."}); give each spec its own package.name`;
    throw new SpecError([where("package", message)]);
  }
  return { outDir, files };
}

/** The outputs `outputs:` names, each at its path from the project root, which no other spec of the run may also write. */
function mapped(
  job: Job,
  mappings: readonly OutputMapping[],
  model: Model,
  rendered: RenderedFiles,
  origin: SpecOrigin,
  before: readonly Rendered[],
  where: KeyPosition,
): Placed {
  if (job.outDir !== undefined)
    throw new SpecError([
      where(
        "outputs",
        "outputs: places this spec's files in the project, so --out does not apply; drop --out, or the outputs key",
      ),
    ]);
  const root = origin.root ?? path.dirname(path.resolve(job.specFile));
  const { files, destinations } = mapOutputs(rendered, mappings, model, root);
  const taken = new Set(
    before.flatMap((other) => [...(other.mapped?.values() ?? [])]),
  );
  const clash = mappings.find((mapping) =>
    taken.has(path.join(root, ...mapping.destination.split("/"))),
  );
  if (clash)
    throw new SpecError([
      {
        ...clash.where,
        message: `another spec of this run also writes ${clash.destination}`,
      },
    ]);
  return { outDir: root, files, mapped: destinations };
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** A broken template shared by several specs is reported once. */
function withoutRepeats(problems: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatDiagnostic(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The pipeline for a set of specs: load -> validate -> build the model -> render, then write or compare.
import { existsSync } from "node:fs";
import path from "node:path";
import { buildModel, type Model } from "./buildModel.js";
import { SpecError, type Diagnostic } from "./diagnostics.js";
import { loadSpec } from "./loadSpec.js";
import { renderOutputs, type RenderedFiles } from "./renderOutputs.js";
import { validateSpec } from "./validateSpec.js";

export interface Job {
  /** The spec path as the user gave it (resolved against the working directory). */
  specFile: string;
  /** The output folder; by default generated/<package.name> under the working directory. */
  outDir?: string;
}

export interface Rendered {
  specFile: string;
  outDir: string;
  model: Model;
  files: RenderedFiles;
}

/** Renders every job in memory; throws one SpecError holding the problems of all bad specs. */
export function renderJobs(jobs: readonly Job[], templateDirs: readonly string[] = [], cwd = process.cwd()): Rendered[] {
  const problems: Diagnostic[] = [];
  const rendered: Rendered[] = [];
  for (const job of jobs) {
    try {
      const loaded = loadSpec(job.specFile);
      const spec = validateSpec(loaded, sourceName(path.resolve(cwd, job.specFile)));
      const model = buildModel(spec);
      const overrides = spec.templates ? [spec.templates, ...templateDirs] : templateDirs;
      const outDir = path.resolve(cwd, job.outDir ?? path.join("generated", spec.package.name));
      rendered.push({ specFile: job.specFile, outDir, model, files: renderOutputs(model, overrides) });
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return rendered;
}

/**
 * How banners name a spec: its path from the nearest folder holding a package.json (the project),
 * else its file name. Never absolute, so output is the same on every machine and working directory.
 */
export function sourceName(absoluteSpec: string): string {
  for (let dir = path.dirname(absoluteSpec); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return path.relative(dir, absoluteSpec).split(path.sep).join("/");
    if (path.dirname(dir) === dir) return path.basename(absoluteSpec);
  }
}

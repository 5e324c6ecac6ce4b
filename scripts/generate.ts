// The pipeline for a set of specs: load -> validate -> build the model -> render, all in memory before anything is written.
import { statSync } from "node:fs";
import path from "node:path";
import type { Node, Pair } from "yaml";
import { isMap, isScalar } from "./yaml.js";
import { buildModel, type Model } from "./buildModel.js";
import { formatDiagnostic, SpecError, type Diagnostic } from "./diagnostics.js";
import { loadSpec, type LoadedSpec } from "./loadSpec.js";
import { cachedModel } from "./modelCache.js";
import { renderOutputs, type RenderedFiles } from "./renderOutputs.js";
import { GENERATED_DIR, sourceName } from "./projectPaths.js";
import type { Spec } from "./spec.js";
import { validateSpec } from "./validateSpec.js";

// Re-exported: they moved to projectPaths.ts so gen's up-to-date shortcut can use them without this module's imports.
export { displayPath, findSpecFiles, GENERATED_DIR, SPEC_DIR, sourceName } from "./projectPaths.js";

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
  /** The template folders laid over the built-in ones for this spec (absolute), in the order they apply. */
  templateDirs: string[];
}

/**
 * Renders every job in memory; throws one SpecError holding the problems of all bad specs (and broken
 * templates), so a run writes either every output or none. `templateDirs` apply after a spec's own.
 */
export function renderJobs(jobs: readonly Job[], templateDirs: readonly string[] = [], cwd = process.cwd()): Rendered[] {
  const problems: Diagnostic[] = [];
  const rendered: Rendered[] = [];
  for (const job of jobs) {
    try {
      const specPath = path.resolve(cwd, job.specFile);
      // A spec whose bytes did not change keeps its model; the parsed YAML document dies in the callback,
      // before rendering needs the memory, and is parsed again only to place a diagnostic.
      const { model, specTemplates } = cachedModel(specPath, sourceName(specPath), () => {
        const spec = validatedSpec(job.specFile, sourceName(specPath));
        return { model: buildModel(spec), specTemplates: spec.templates };
      });
      if (specTemplates !== undefined && !isDirectory(specTemplates)) {
        throw new SpecError([at(loadSpec(job.specFile, { exact: true }), "templates", `no template folder at ${specTemplates}; the path is relative to the spec`)]);
      }
      const overrides = specTemplates ? [specTemplates, ...templateDirs] : [...templateDirs];
      const outDir = path.resolve(cwd, job.outDir ?? path.join(GENERATED_DIR, model.package.name));
      const clash = rendered.find((other) => other.outDir === outDir);
      if (clash) {
        throw new SpecError([at(loadSpec(job.specFile, { exact: true }), "package", `writes to the same folder as ${clash.specFile} (${path.relative(cwd, outDir) || "."}); give each spec its own package.name`)]);
      }
      rendered.push({ specFile: job.specFile, outDir, model, files: renderOutputs(model, overrides), templateDirs: overrides });
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new SpecError(withoutRepeats(problems));
  return rendered;
}

/** The valid spec; a quickly parsed spec with any problem is read again with positions, so every message has its place. */
function validatedSpec(file: string, source: string): Spec {
  const loaded = loadSpec(file);
  try {
    return validateSpec(loaded, source);
  } catch (error) {
    if (loaded.positioned || !(error instanceof SpecError)) throw error;
    return validateSpec(loadSpec(file, { exact: true }), source);
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** A diagnostic at a top-level key's value (or the top of the file when the key is absent). */
function at(loaded: LoadedSpec, key: string, message: string): Diagnostic {
  const contents = loaded.document.contents;
  const pair = isMap(contents) ? (contents.items as Pair<Node, Node>[]).find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  const offset = (pair?.value ?? pair?.key)?.range?.[0] ?? 0;
  const { line, col } = loaded.lineCounter.linePos(offset);
  return { file: loaded.file, line, col, message };
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

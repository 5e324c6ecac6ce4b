// A spec's `outputs:` applied: the rendered files it names, each with its destination in the project,
// and each recognisable as the generator's on the next run (a page without a banner gets one).
import path from "node:path";
import { carriesBanner } from "../banner.js";
import { didYouMean, SpecError, type Diagnostic } from "../spec/diagnostics.js";
import type { OutputMapping } from "../spec/types.js";
import type { Model } from "../model/buildModel.js";
import { outputPath } from "./outputTargets.js";
import type { RenderedFiles } from "./renderOutputs.js";

export interface MappedOutputs {
  /** The mapped outputs only: rendered path -> content. */
  files: RenderedFiles;
  /** Rendered path -> absolute destination. */
  destinations: Map<string, string>;
}

/**
 * The outputs `mappings` name, placed under `root`. A template path no template renders, or an
 * output that carries no banner and is not Markdown (so a later run could not tell it from a file of
 * the user's), is a diagnostic at the spec's key; all of them are reported together.
 */
export function mapOutputs(
  rendered: RenderedFiles,
  mappings: readonly OutputMapping[],
  model: Model,
  root: string,
): MappedOutputs {
  const problems: Diagnostic[] = [];
  const files: RenderedFiles = new Map();
  const destinations = new Map<string, string>();
  for (const { template, destination, where } of mappings) {
    const file = renderedPath(template, model);
    const content = file === undefined ? undefined : rendered.get(file);
    if (file === undefined || content === undefined) {
      const outputs = [...rendered.keys()];
      problems.push({
        ...where,
        message: `no template renders ${template}${file !== undefined && file !== template ? ` (${file})` : ""}${didYouMean(file ?? template, outputs)}; outputs: ${outputs.join(", ")}`,
      });
      continue;
    }
    const marked = withBanner(file, content, model.banner);
    if (marked === undefined) {
      problems.push({
        ...where,
        message: `${template} carries no "generated from ...; do not edit" banner, so a later run could not tell it from a file of yours; put {{banner}} in a comment on its first lines`,
      });
      continue;
    }
    files.set(file, marked);
    destinations.set(file, path.join(root, ...destination.split("/")));
  }
  for (const [file, companion] of companionsOf(files, rendered)) {
    if (!destinations.has(companion)) {
      // Not mapped: it goes beside the file that imports it, so the import resolves.
      files.set(companion, rendered.get(companion)!);
      destinations.set(
        companion,
        path.join(
          path.dirname(destinations.get(file)!),
          path.posix.basename(companion),
        ),
      );
    } else if (
      path.dirname(destinations.get(companion)!) !==
      path.dirname(destinations.get(file)!)
    ) {
      const where = mappings.find(
        (mapping) => renderedPath(mapping.template, model) === companion,
      )!.where;
      problems.push({
        ...where,
        message: `${companion} must lie in the same folder as ${file}, which imports it; map both into one folder, or leave ${companion} out (it then goes beside ${file})`,
      });
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return { files, destinations };
}

/**
 * The rendered files that mapped files import by a relative path (`src/<Name>.ts` imports
 * `./codeset-runtime.js`, the runtime beside it): [importing file, imported file] pairs.
 */
function companionsOf(
  mapped: RenderedFiles,
  rendered: RenderedFiles,
): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [file, content] of mapped) {
    for (const [, name] of content.matchAll(
      /\bfrom\s+["']\.\/([\w.-]+)\.js["']/g,
    )) {
      const imported = path.posix.join(path.posix.dirname(file), `${name}.ts`);
      if (rendered.has(imported) && imported !== file)
        pairs.push([file, imported]);
    }
  }
  return pairs;
}

/** A template path as the spec wrote it (placeholders like `[name]`, or filled in) -> the rendered path; undefined for an unknown placeholder. */
function renderedPath(template: string, model: Model): string | undefined {
  try {
    return outputPath(template, model);
  } catch {
    return undefined;
  }
}

/**
 * The file with the banner in its first lines: as it is when it carries one; a Markdown page gets it as
 * a YAML comment first in its front matter, or as an HTML comment on its first line; otherwise undefined.
 */
function withBanner(
  file: string,
  content: string,
  banner: string,
): string | undefined {
  if (carriesBanner(content)) return content;
  if (!/\.(md|markdown)$/i.test(file)) return undefined;
  if (content.startsWith("---\n"))
    return `---\n# ${banner}\n${content.slice("---\n".length)}`;
  return `<!-- ${banner} -->\n\n${content}`;
}

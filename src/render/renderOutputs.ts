// Renders the model through the output templates of its targets: templates/outputs/<path>.hbs -> <path>, [name] -> the spec's name.
import { carriesBanner } from "../banner.js";
import type { Model } from "../model/buildModel.js";
import { outputPath, targetOfOutput } from "./outputTargets.js";
import { BUILT_IN_TEMPLATES } from "./templateFiles.js";
import { loadTemplates } from "./templates.js";
import { withLintDirective } from "./lintDirective.js";
import { templateError } from "./templateError.js";

/** Output path (relative to the output folder) -> file content. */
export type RenderedFiles = Map<string, string>;

/**
 * Renders every output of one model that belongs to one of its targets (see outputTargets.ts). `overrides` are folders laid out like templates/ (outputs/,
 * partials/), laid over the built-in ones. A template that fails to parse or render throws a SpecError naming its file.
 */
export function renderOutputs(
  model: Model,
  overrides: readonly string[] = [],
): RenderedFiles {
  const files: RenderedFiles = new Map();
  const sources = new Map<string, string>();
  for (const [templatePath, template] of loadTemplates([
    BUILT_IN_TEMPLATES,
    ...overrides,
  ])) {
    if (!model.targets.includes(targetOfOutput(templatePath))) continue;
    let text: string;
    let file: string;
    try {
      file = outputPath(templatePath, model);
      text = template.render(model);
    } catch (error) {
      throw templateError(template.file, error);
    }
    files.set(file, withLintDirective(file, withOneFinalNewline(text)));
    sources.set(file, template.file);
  }
  assertNoFileIsAFolder(sources);
  return files;
}

/**
 * Every file ends with exactly one newline, whatever blank lines a template's last block leaves. A text
 * that already does is kept as it is: a copy of a 10,000-code output is megabytes.
 */
function withOneFinalNewline(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.length === text.length - 1 && text.endsWith("\n")
    ? text
    : `${trimmed}\n`;
}

/** No output path is the folder of another (`outputs/src.hbs` beside `outputs/src/[name].ts.hbs`). */
function assertNoFileIsAFolder(sources: ReadonlyMap<string, string>): void {
  const paths = [...sources.keys()].sort();
  for (const output of paths) {
    const inside = paths.find((other) => other.startsWith(`${output}/`));
    if (inside !== undefined)
      throw templateError(
        sources.get(output)!,
        new Error(
          `it writes the file ${output}, where ${inside} needs a folder; rename one of the two templates`,
        ),
      );
  }
}

/** A template's output path (placeholders like `[name]` unreplaced), and whether its file carries the banner. */
export interface OutputPattern {
  path: string;
  banner: boolean;
}

/**
 * The output path (placeholders unreplaced) of each template of `model`'s targets, and whether its file
 * carries the banner, for the writer's ownership rule; `files` is what renderOutputs rendered.
 */
export function outputPatterns(
  model: Model,
  files: RenderedFiles,
  overrides: readonly string[] = [],
): OutputPattern[] {
  return [...loadTemplates([BUILT_IN_TEMPLATES, ...overrides]).keys()]
    .filter((templatePath) =>
      model.targets.includes(targetOfOutput(templatePath)),
    )
    .map((templatePath) => ({
      path: templatePath,
      banner: carriesBanner(files.get(outputPath(templatePath, model)) ?? ""),
    }));
}

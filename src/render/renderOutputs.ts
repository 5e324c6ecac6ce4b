// Renders the model through the output templates of its targets: templates/outputs/<path>.hbs -> <path>, [name] -> the spec's name.
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
    // Every file ends with exactly one newline, whatever blank lines a template's last block leaves.
    files.set(file, withLintDirective(file, `${text.trimEnd()}\n`));
  }
  return files;
}

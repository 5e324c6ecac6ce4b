// Renders the model through every output template: templates/outputs/<path>.hbs -> <path>, [name] -> the spec's name.
import type { Model } from "../model/buildModel.js";
import { BUILT_IN_TEMPLATES, loadTemplates } from "./templates.js";
import { withLintDirective } from "./lintDirective.js";
import { templateError } from "./templateError.js";

/** Output path (relative to the output folder) -> file content. */
export type RenderedFiles = Map<string, string>;

/**
 * Renders every output of one model. `overrides` are folders laid out like templates/ (outputs/,
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
    let text: string;
    try {
      text = template.render(model);
    } catch (error) {
      throw templateError(template.file, error);
    }
    // Every file ends with exactly one newline, whatever blank lines a template's last block leaves.
    const file = templatePath.replaceAll("[name]", model.name);
    files.set(file, withLintDirective(file, `${text.trimEnd()}\n`));
  }
  return files;
}

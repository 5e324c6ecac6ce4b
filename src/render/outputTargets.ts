// Which target an output belongs to, and its path: the folder of another language's outputs names that language.
import type { Model } from "../model/buildModel.js";
import type { Target } from "../spec/types.js";

/** Outputs under these folders are the other languages'; every other output is the TypeScript package's. */
const TARGET_FOLDERS: Readonly<Record<string, Target>> = {
  csharp: "csharp",
  python: "python",
  go: "go",
};

/** The target of a template's output path (relative to the output folder, placeholders unreplaced). */
export function targetOfOutput(templatePath: string): Target {
  return TARGET_FOLDERS[templatePath.split("/")[0]!] ?? "typescript";
}

/**
 * The output path of a template path: each `[field]` (a model field, dotted for nested ones, like
 * `[name]` or `[python.module]`) replaced by its value. A field that holds no string is a template error.
 */
export function outputPath(templatePath: string, model: Model): string {
  return templatePath.replace(
    /\[([A-Za-z.]+)\]/g,
    (placeholder, field: string) => {
      const value = field
        .split(".")
        .reduce<unknown>(
          (part, key) =>
            typeof part === "object" && part !== null
              ? (part as Record<string, unknown>)[key]
              : undefined,
          model,
        );
      if (typeof value !== "string")
        throw new Error(
          `${placeholder} in the output path ${templatePath} is not a text field of the model`,
        );
      return value;
    },
  );
}

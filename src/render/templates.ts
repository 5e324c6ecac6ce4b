// Finds the templates of a run: the built-in folder with the user's folders laid over it, compiled once per set.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { registerHelpers } from "./registerHelpers.js";
import { templateError } from "./templateError.js";

/** The templates shipped with the generator. */
export const BUILT_IN_TEMPLATES = fileURLToPath(
  new URL("../../templates", import.meta.url),
);

export interface OutputTemplate {
  /** The .hbs file it came from, for error messages. */
  file: string;
  render: HandlebarsTemplateDelegate;
}

/** Output path pattern (relative to the output folder, `[name]` unreplaced) -> its template, sorted by path. */
export type TemplateSet = Map<string, OutputTemplate>;

const COMPILE_OPTIONS = { noEscape: true, strict: false, preventIndent: true };

const templateSets = new Map<string, TemplateSet>();

/**
 * The output templates of `dirs` (folders laid out like templates/: outputs/, partials/), later folders
 * winning: a file at the same relative path replaces the earlier one, a new path adds an output.
 * A template that fails to parse throws a SpecError at its file and line.
 */
export function loadTemplates(dirs: readonly string[]): TemplateSet {
  const key = dirs.join("\0");
  const cached = templateSets.get(key);
  if (cached) return cached;
  const partialFiles = new Map<string, string>();
  const outputFiles = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of listTemplates(path.join(dir, "partials")))
      partialFiles.set(
        file.replace(/\.hbs$/, ""),
        path.join(dir, "partials", file),
      );
    for (const file of listTemplates(path.join(dir, "outputs")))
      outputFiles.set(
        file.replace(/\.hbs$/, ""),
        path.join(dir, "outputs", file),
      );
  }
  const handlebars = Handlebars.create();
  registerHelpers(handlebars);
  const compile = (file: string) =>
    handlebars.compile(parse(handlebars, file), COMPILE_OPTIONS);
  for (const [name, file] of partialFiles)
    handlebars.registerPartial(name, compile(file));
  const sorted = [...outputFiles].sort(([a], [b]) => (a < b ? -1 : 1));
  const set: TemplateSet = new Map(
    sorted.map(([name, file]) => [name, { file, render: compile(file) }]),
  );
  templateSets.set(key, set);
  return set;
}

/** Drops compiled templates, so the next run reads them from disk again (used by --watch). */
export function forgetTemplates(): void {
  templateSets.clear();
}

/** A template's syntax tree; a syntax error becomes a diagnostic at the template's line. */
function parse(handlebars: typeof Handlebars, file: string): hbs.AST.Program {
  try {
    return handlebars.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw templateError(file, error);
  }
}

/** Every *.hbs below dir, as posix paths relative to it; none when dir is missing. */
function listTemplates(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries
    .filter((file) => file.endsWith(".hbs"))
    .map((file) => file.split(path.sep).join("/"));
}

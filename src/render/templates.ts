// Finds the templates of a run: the built-in folder with the user's folders laid over it, compiled once per set.
import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { registerHelpers } from "./registerHelpers.js";
import {
  atPlace,
  guardHelpers,
  PartialDepth,
  staticPartials,
} from "./templateGuards.js";
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
  for (const [output, file] of outputFiles) assertOutputPath(output, file);
  const handlebars = Handlebars.create();
  registerHelpers(handlebars);
  guardHelpers(handlebars);
  const depth = new PartialDepth();
  const compile = (file: string, partial?: string) => {
    const program = parse(handlebars, file);
    const partials = staticPartials(program);
    const missing = partials.find(({ name }) => !partialFiles.has(name));
    if (missing !== undefined)
      throw templateError(
        file,
        atPlace(
          new Error(
            `the partial '${missing.name}' is not in any partials/ folder`,
          ),
          missing.loc,
        ),
      );
    const render = handlebars.compile(program, COMPILE_OPTIONS);
    return depth.guard(
      file,
      render,
      partial === undefined
        ? undefined
        : {
            name: partial,
            selfCall: (
              partials.find(({ name }) => name === partial) ?? partials[0]
            )?.loc,
          },
    );
  };
  for (const [name, file] of partialFiles)
    handlebars.registerPartial(name, compile(file, name));
  const sorted = [...outputFiles].sort(([a], [b]) => (a < b ? -1 : 1));
  const set: TemplateSet = new Map(
    sorted.map(([name, file]) => [name, { file, render: compile(file) }]),
  );
  templateSets.set(key, set);
  return set;
}

/** An output path names a file inside the output folder: no empty, `.` or `..` part (`outputs/..hbs` would write above it). */
function assertOutputPath(output: string, file: string): void {
  const bad = output
    .split("/")
    .find((part) => part === "" || part === "." || part === "..");
  if (bad !== undefined)
    throw templateError(
      file,
      new Error(
        `its output path '${output}' ${bad === "" ? "has an empty part" : `has a '${bad}' part`}; name the template after the file it writes, like outputs/README.md.hbs`,
      ),
    );
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

/** Every *.hbs file below dir (a folder named x.hbs is not one), as posix paths relative to it; none when dir is missing. */
function listTemplates(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.name.endsWith(".hbs") && isFile(entry))
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

/** A regular file, or a symbolic link to one. */
function isFile(entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path.join(entry.parentPath, entry.name)).isFile();
  } catch {
    return false;
  }
}

// Finds the templates of a run: the built-in folder with the user's folders laid over it, compiled once
// per set. Built-in templates come precompiled from the build (Handlebars' runtime alone renders them);
// any other template, or a built-in one edited since the build, is compiled now by the full compiler.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type Handlebars from "handlebars";
import runtimeModule from "handlebars/runtime.js";
import { registerHelpers } from "./registerHelpers.js";
import {
  BUILT_IN_TEMPLATES,
  COMPILE_OPTIONS,
  listTemplates,
  PRECOMPILED_TEMPLATES,
} from "./templateFiles.js";
import {
  atPlace,
  guardHelpers,
  PartialDepth,
  staticPartials,
} from "./templateGuards.js";
import { templateError } from "./templateError.js";

export interface OutputTemplate {
  /** The .hbs file it came from, for error messages. */
  file: string;
  render: HandlebarsTemplateDelegate;
}

/** Output path pattern (relative to the output folder, `[name]` unreplaced) -> its template, sorted by path. */
export type TemplateSet = Map<string, OutputTemplate>;

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** `partials/x.hbs` or `outputs/y.hbs` -> the built-in template's source and its precompiled form. */
type Precompiled = Record<
  string,
  { source: string; spec: TemplateSpecification }
>;

const require = createRequire(import.meta.url);
// Handlebars' runtime is the package without its compiler; its typings do not say so.
const runtime = runtimeModule as unknown as typeof Handlebars;
const templateSets = new Map<string, TemplateSet>();

/** One template of a set: its file, its text, and its precompiled form when that is of this very text. */
interface TemplateFile {
  file: string;
  source: string;
  spec: TemplateSpecification | undefined;
}

/**
 * The output templates of `dirs` (folders laid out like templates/: outputs/, partials/), later folders
 * winning: a file at the same relative path replaces the earlier one, a new path adds an output.
 * A template that fails to parse throws a SpecError at its file and line.
 */
export function loadTemplates(dirs: readonly string[]): TemplateSet {
  const key = dirs.join("\0");
  const cached = templateSets.get(key);
  if (cached) return cached;
  const precompiled = dirs.includes(BUILT_IN_TEMPLATES)
    ? precompiledTemplates()
    : {};
  const templates = {
    partials: new Map<string, TemplateFile>(),
    outputs: new Map<string, TemplateFile>(),
  };
  for (const dir of dirs) {
    for (const kind of ["partials", "outputs"] as const) {
      for (const name of listTemplates(path.join(dir, kind))) {
        const file = path.join(dir, kind, name);
        const source = readTemplate(file);
        const built =
          dir === BUILT_IN_TEMPLATES
            ? precompiled[`${kind}/${name}`]
            : undefined;
        templates[kind].set(name.replace(/\.hbs$/, ""), {
          file,
          source,
          spec: built?.source === source ? built.spec : undefined,
        });
      }
    }
  }
  for (const [output, template] of templates.outputs)
    assertOutputPath(output, template.file);
  const all = [...templates.partials.values(), ...templates.outputs.values()];
  // The compiler is loaded only when some template was not precompiled.
  const needsCompiler = all.some((template) => template.spec === undefined);
  const handlebars = needsCompiler
    ? (require("handlebars") as typeof Handlebars).create()
    : runtime.create();
  registerHelpers(handlebars);
  guardHelpers(handlebars);
  const depth = new PartialDepth();
  const compile = (template: TemplateFile, partial?: string) => {
    const { file, source, spec } = template;
    if (spec !== undefined)
      return depth.guard(
        file,
        handlebars.template(spec),
        partial === undefined
          ? undefined
          : { name: partial, selfCall: undefined },
      );
    const program = parse(handlebars, file, source);
    const partials = staticPartials(program);
    const missing = partials.find(({ name }) => !templates.partials.has(name));
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
    return depth.guard(
      file,
      handlebars.compile(program, COMPILE_OPTIONS),
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
  for (const [name, template] of templates.partials)
    handlebars.registerPartial(name, compile(template, name));
  const sorted = [...templates.outputs].sort(([a], [b]) => (a < b ? -1 : 1));
  const set: TemplateSet = new Map(
    sorted.map(([name, template]) => [
      name,
      { file: template.file, render: compile(template) },
    ]),
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

/** The precompiled templates, where the bundle holds them (build/bundle.mjs injects them); undefined elsewhere. */
declare const CODESET_PRECOMPILED_TEMPLATES: Precompiled | undefined;

/** The build's precompiled built-in templates; none before the first build. */
function precompiledTemplates(): Precompiled {
  if (typeof CODESET_PRECOMPILED_TEMPLATES !== "undefined")
    return CODESET_PRECOMPILED_TEMPLATES;
  try {
    return require(PRECOMPILED_TEMPLATES) as Precompiled;
  } catch {
    return {};
  }
}

function readTemplate(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw templateError(file, error);
  }
}

/** A template's syntax tree; a syntax error becomes a diagnostic at the template's line. */
function parse(
  handlebars: typeof Handlebars,
  file: string,
  source: string,
): hbs.AST.Program {
  try {
    return handlebars.parse(source);
  } catch (error) {
    throw templateError(file, error);
  }
}

// Renders the model through every output template: templates/outputs/<path>.hbs -> <path>, [name] -> the spec's name.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type Handlebars from "handlebars";
import { cacheDir, digest, generator, writeCacheFile } from "./cacheDir.js";
import * as escape from "./escape.js";
import { BUILT_IN_TEMPLATES } from "./projectPaths.js";
import * as escapePython from "./escapePython.js";
import { SpecError } from "./diagnostics.js";
import type { CodeModel, Model } from "./buildModel.js";

const require = createRequire(import.meta.url);

/** The templates shipped with the generator (defined in projectPaths.ts, which needs no pipeline module). */
export { BUILT_IN_TEMPLATES };

/** Output path (relative to the output folder) -> file content. */
export type RenderedFiles = Map<string, string>;

interface OutputTemplate {
  /** The .hbs file it came from, for error messages. */
  file: string;
  render: HandlebarsTemplateDelegate;
}

interface TemplateSet {
  outputs: Map<string, OutputTemplate>;
  handlebars: typeof Handlebars;
}

const templateSets = new Map<string, TemplateSet>();

/**
 * Renders every output of one model. `overrides` are folders laid out like templates/ (outputs/,
 * partials/); a file at the same relative path replaces the built-in one, a new path adds an output;
 * later folders win. A template that fails to parse or render throws a SpecError naming its file.
 */
export function renderOutputs(model: Model, overrides: readonly string[] = []): RenderedFiles {
  const set = loadTemplateSet([BUILT_IN_TEMPLATES, ...overrides]);
  const files: RenderedFiles = new Map();
  for (const [templatePath, template] of set.outputs) {
    let text: string;
    try {
      text = template.render(model);
    } catch (error) {
      throw templateError(template.file, error);
    }
    // Every file ends with exactly one newline, whatever blank lines a template's last block leaves.
    files.set(templatePath.replaceAll("[name]", model.name), `${text.trimEnd()}\n`);
  }
  return files;
}

/** Drops compiled templates, so the next render reads them from disk again (used by --watch). */
export function forgetTemplates(): void {
  templateSets.clear();
}

function loadTemplateSet(dirs: readonly string[]): TemplateSet {
  const key = dirs.join("\0");
  const cached = templateSets.get(key);
  if (cached) return cached;
  // Later folders win: a partial or output at the same relative path replaces the earlier one.
  const partialFiles = new Map<string, string>();
  const outputFiles = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of listTemplates(path.join(dir, "partials"))) partialFiles.set(file.replace(/\.hbs$/, ""), path.join(dir, "partials", file));
    for (const file of listTemplates(path.join(dir, "outputs"))) outputFiles.set(file.replace(/\.hbs$/, ""), path.join(dir, "outputs", file));
  }
  const sorted = [...outputFiles].sort(([a], [b]) => (a < b ? -1 : 1));
  const precompiled = precompiledTemplates({
    partials: [...partialFiles].map(([name, file]) => ({ name, file, source: readFileSync(file, "utf8") })),
    outputs: sorted.map(([name, file]) => ({ name, file, source: readFileSync(file, "utf8") })),
  });
  // Precompiled templates need only Handlebars' small runtime, not its compiler: most runs start faster.
  const handlebars = (require("handlebars/runtime") as typeof Handlebars).create();
  registerHelpers(handlebars);
  const template = (spec: string) => handlebars.template(new Function(`return ${spec}`)() as TemplateSpecification);
  for (const [name, spec] of Object.entries(precompiled.partials)) handlebars.registerPartial(name, renderedOncePerModel(template(spec)));
  const outputs = new Map<string, OutputTemplate>(sorted.map(([name, file]) => [name, { file, render: template(precompiled.outputs[name]!) }]));
  const set = { outputs, handlebars };
  templateSets.set(key, set);
  return set;
}

/**
 * A partial included at the top level of several outputs (the runtime in index.js and index.cjs, the
 * declarations in index.d.ts and index.d.cts) renders the same text for the same model: render it once.
 */
function renderedOncePerModel(partial: HandlebarsTemplateDelegate): HandlebarsTemplateDelegate {
  const results = new WeakMap<object, string>();
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    const data = options?.data as { root?: unknown; _parent?: unknown } | undefined;
    const atTopLevel = typeof context === "object" && context !== null && data?.root === context && data._parent === undefined;
    if (!atTopLevel) return partial(context, options);
    let text = results.get(context);
    if (text === undefined) results.set(context, (text = partial(context, options)));
    return text;
  };
}

interface TemplateSource {
  name: string;
  file: string;
  source: string;
}

/** Template name -> its precompiled JavaScript (a template specification). */
interface Precompiled {
  partials: Record<string, string>;
  outputs: Record<string, string>;
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

const COMPILE_OPTIONS = { noEscape: true, strict: false, preventIndent: true };

/**
 * Every template precompiled to JavaScript source, from node_modules/.cache when the same sources were
 * compiled before (keyed by their digest and the generator's, which covers Handlebars' version), else
 * parsed (a syntax error is a diagnostic at its file and line), compiled now and cached.
 */
function precompiledTemplates(sources: { partials: TemplateSource[]; outputs: TemplateSource[] }): Precompiled {
  const dir = cacheDir();
  const texts = (list: TemplateSource[]) => list.map(({ name, source }) => [name, source]);
  const file = dir && path.join(dir, `templates-${digest(generator(), JSON.stringify([COMPILE_OPTIONS, texts(sources.partials), texts(sources.outputs)]))}.json`);
  if (file) {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Precompiled;
    } catch {
      // Not cached yet (or unreadable): compile below.
    }
  }
  const compiler = require("handlebars") as typeof Handlebars;
  const precompile = (list: TemplateSource[]) =>
    Object.fromEntries(list.map(({ name, file: from, source }) => [name, String(compiler.precompile(parse(compiler, from, source), COMPILE_OPTIONS))]));
  const precompiled: Precompiled = { partials: precompile(sources.partials), outputs: precompile(sources.outputs) };
  if (file) writeCacheFile(file, JSON.stringify(precompiled));
  return precompiled;
}

/** A template's syntax tree; a syntax error becomes a diagnostic at the template's line. */
function parse(handlebars: typeof Handlebars, file: string, source: string): hbs.AST.Program {
  try {
    return handlebars.parse(source);
  } catch (error) {
    throw templateError(file, error);
  }
}

function templateError(file: string, error: unknown): SpecError {
  const message = error instanceof Error ? error.message : String(error);
  const line = (error as { lineNumber?: number }).lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const col = ((error as { column?: number }).column ?? 0) + 1;
  const where = path.relative(process.cwd(), file).split(path.sep).join("/");
  // Parse errors quote the line with a caret between their first line (where) and last line (what was expected).
  const lines = message.split("\n");
  const summary = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : message;
  return new SpecError([{ file: where, line, col, message: `template error: ${summary}` }]);
}

/** Every *.hbs below dir, as posix paths relative to it; none when dir is missing. */
function listTemplates(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries.filter((file) => file.endsWith(".hbs")).map((file) => file.split(path.sep).join("/"));
}

function registerHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper({
    tsString: (text: string) => escape.tsString(text),
    tsProperty: (key: string, value: unknown, level: number) => escape.tsProperty(key, value, level),
    tsTypeAlias: (name: string, type: string) => escape.tsTypeAlias(name, type),
    tsRows: (prefix: string, items: Record<string, unknown>[], ...args: unknown[]) => {
      const fields = args.slice(0, -2) as string[];
      return escape.tsRows(prefix, items.map((item) => fields.map((field) => item[field])), args.at(-2) as string);
    },
    tsBracedList: (prefix: string, ...args: unknown[]) => escape.tsBracedList(prefix, args.slice(0, -2) as string[], args.at(-2) as string),
    jsdoc: (text: string, indent: unknown) => escape.jsdoc(text, typeof indent === "string" ? indent : ""),
    headerDoc: (model: Model, ...args: unknown[]) =>
      escape.jsdoc(
        [model.title, model.description, ...args.slice(0, -1)]
          .map((part) => (typeof part === "string" ? part.trim() : ""))
          .filter(Boolean)
          .join("\n\n"),
        "",
        { see: model.reference },
      ),
    memberDoc: (code: CodeModel, indent: string) => escape.jsdoc(code.description, indent, { see: code.reference, deprecated: code.deprecated }),
    hoverDoc: (code: CodeModel, indent: string) => escape.jsdoc(code.hover, indent, { see: code.reference, deprecated: code.deprecated }),
    jsdocLines: (text: string) => escape.jsdocLines(text),
    json: (value: unknown) => escape.jsonValue(value),
    jsonArray: (key: string, items: (string | number)[], level: number) => escape.jsonArrayMember(key, items, level),
    mdText: (text: string) => escape.markdownLines(text).join("\n"),
    mdDefinition: (text: string) => escape.markdownDefinition(text),
    // Null-safe, as Handlebars evaluates every argument of `when`, also the one it then drops.
    mdCell: (text: string | undefined) => (text == null ? "" : escape.markdownCell(text)),
    mdUrl: (url: string | undefined) => (url == null ? "" : escape.markdownUrl(url)),
    mdCellUrl: (url: string) => escape.markdownCellUrl(url),
    mdTable(this: unknown, ...args: unknown[]) {
      const options = args.pop() as Handlebars.HelperOptions;
      return escape.markdownTable(args as string[], options.fn(this));
    },
    concat: (...args: unknown[]) => args.slice(0, -1).join(""),
    when: (condition: unknown, value: unknown) => (condition ? value : ""),
    join: (separator: string, ...args: unknown[]) => args.slice(0, -1).filter((part) => part !== "" && part != null).join(separator),
    mdFlagLinks: (flags: string[]) => flags.map((flag) => `[\`${flag}\`](#flag-${flag})`).join(", "),
    pyName: (name: string) => escapePython.pyEnumMember(name),
    pyString: (text: string) => escapePython.pyString(text),
    pyFrozenset: (items: string[]) => escapePython.pyFrozenset(items),
    pyDocstring: (indent: string, ...parts: unknown[]) => escapePython.pyDocstring(parts.slice(0, -1).filter((part): part is string => typeof part === "string" && part.trim() !== ""), indent),
  });
}

// Renders the model through every output template: templates/outputs/<path>.hbs -> <path>, [name] -> the spec's name.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import * as escape from "./escape.js";
import type { CodeModel, Model } from "./buildModel.js";

/** The templates shipped with the generator. */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL("../templates", import.meta.url));

/** Output path (relative to the output folder) -> file content. */
export type RenderedFiles = Map<string, string>;

interface TemplateSet {
  outputs: Map<string, HandlebarsTemplateDelegate>;
  handlebars: typeof Handlebars;
}

const templateSets = new Map<string, TemplateSet>();

/** Renders every output of one model; `overrides` are folders laid out like templates/, later ones win. */
export function renderOutputs(model: Model, overrides: readonly string[] = []): RenderedFiles {
  const set = loadTemplateSet([BUILT_IN_TEMPLATES, ...overrides]);
  const files: RenderedFiles = new Map();
  for (const [templatePath, template] of set.outputs) {
    // Every file ends with exactly one newline, whatever blank lines a template's last block leaves.
    files.set(templatePath.replaceAll("[name]", model.name), `${template(model).trimEnd()}\n`);
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
  const handlebars = Handlebars.create();
  registerHelpers(handlebars);
  const outputSources = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of listTemplates(path.join(dir, "partials"))) {
      handlebars.registerPartial(file.replace(/\.hbs$/, ""), readFileSync(path.join(dir, "partials", file), "utf8"));
    }
    for (const file of listTemplates(path.join(dir, "outputs"))) {
      outputSources.set(file.replace(/\.hbs$/, ""), readFileSync(path.join(dir, "outputs", file), "utf8"));
    }
  }
  const outputs = new Map<string, HandlebarsTemplateDelegate>();
  for (const [output, source] of [...outputSources].sort(([a], [b]) => (a < b ? -1 : 1))) {
    outputs.set(output, handlebars.compile(source, { noEscape: true, strict: false, preventIndent: true }));
  }
  const set = { outputs, handlebars };
  templateSets.set(key, set);
  return set;
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
    jsdoc: (text: string, indent: unknown) => escape.jsdoc(text, typeof indent === "string" ? indent : ""),
    headerDoc: (model: Model) => escape.jsdoc([model.title, model.description].filter(Boolean).join("\n\n"), "", { see: model.reference }),
    memberDoc: (code: CodeModel, indent: string) => escape.jsdoc(code.description, indent, { see: code.reference, deprecated: code.deprecated }),
    jsdocLines: (text: string) => escape.jsdocLines(text),
    json: (value: unknown) => escape.jsonValue(value),
    jsonArray: (key: string, items: (string | number)[], level: number) => escape.jsonArrayMember(key, items, level),
    mdText: (text: string) => escape.markdownLines(text).join("\n"),
    mdDefinition: (text: string) => escape.markdownDefinition(text),
    mdCell: (text: string) => escape.markdownCell(text),
    mdUrl: (url: string) => escape.markdownUrl(url),
    mdCellUrl: (url: string) => escape.markdownCellUrl(url),
    mdTable(this: unknown, ...args: unknown[]) {
      const options = args.pop() as Handlebars.HelperOptions;
      return escape.markdownTable(args as string[], options.fn(this));
    },
    concat: (...args: unknown[]) => args.slice(0, -1).join(""),
  });
}

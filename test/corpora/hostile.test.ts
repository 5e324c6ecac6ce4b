// Text is data: each hostile text in test/corpora/hostile/ comes out verbatim in the TS, the JSON and the Markdown.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import MarkdownIt, { type PluginSimple } from "markdown-it";
import openapiTS, { astToString } from "openapi-typescript";
import type Token from "markdown-it/lib/token.mjs";
import ts from "typescript";
import { isScalar, parse, parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, runCliAsync } from "../helpers.js";

const require = createRequire(import.meta.url);
// ajv/dist/2020 is CommonJS whose module.exports is the class itself.
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const deflist = require("markdown-it-deflist") as PluginSimple;
/** mkdocs passes raw HTML through, so the page is rendered with HTML allowed: escaping must do the work. */
const markdown = new MarkdownIt({ html: true }).use(deflist);

const CORPUS = path.join(ROOT, "test", "corpora", "hostile");
const SCRATCH = path.join(ROOT, "test", ".output", `hostile-${process.pid}`);
const BASELINE_TEXT = "Baseline text.";
const NAME = "HostileText";

const cases = readdirSync(CORPUS)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => file.slice(0, -".yaml".length))
  .sort();

/** The hostile text of a case, as YAML reads it: the anchored `title`, reused as description and flag meaning. */
function hostileText(name: string): string {
  const document = parseDocument(readFileSync(path.join(CORPUS, `${name}.yaml`), "utf8"));
  const title = document.get("title", true);
  if (!isScalar(title) || typeof title.value !== "string") throw new Error(`${name}: title is not a string`);
  return title.value;
}

/**
 * The spec of a case with a plain text instead: the structure its pages must keep. Cases with a
 * deprecation note or a summary and cases without have different pages, so each kind has its baseline.
 */
function writeBaselineSpec(baseline: string, like: string): string {
  const document = parseDocument(readFileSync(path.join(CORPUS, `${like}.yaml`), "utf8"));
  const title = document.get("title", true);
  if (!isScalar(title)) throw new Error("title is not a scalar");
  title.value = BASELINE_TEXT;
  const file = path.join(SCRATCH, `${baseline}.yaml`);
  writeFileSync(file, document.toString());
  return file;
}

/** The Hostile code's deprecation note: the text itself when it is one line (notes must be), else none. */
function deprecationNote(name: string): string | undefined {
  const spec = parse(readFileSync(path.join(CORPUS, `${name}.yaml`), "utf8")) as { codes: { deprecated?: string }[] };
  return spec.codes[1]!.deprecated;
}

/** The Hostile code's summary: the text itself where it fits one (one line, at most 80 characters), else none. */
function summaryOf(name: string): string | undefined {
  const spec = parse(readFileSync(path.join(CORPUS, `${name}.yaml`), "utf8")) as { codes: { summary?: string }[] };
  return spec.codes[1]!.summary;
}

/** The baseline with the same structure: a deprecation note and a summary each add a line to the page. */
const baselineOf = (name: string) =>
  `baseline${deprecationNote(name) === undefined ? "" : "-deprecated"}${summaryOf(name) === undefined ? "" : "-summary"}`;
const outDir = (name: string) => path.join(SCRATCH, name);
const read = (name: string, file: string) => readFileSync(path.join(outDir(name), file), "utf8");

/** What the JSDoc of a text reads as, under the documented escapes: LF line ends, `*\/`, `\@` for an `@` starting a word. */
function underJsdocEscapes(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .replaceAll("*/", "*\\/")
    .split("\n")
    .map((line) => line.replace(/(^|\s)@/g, "$1\\@").trimEnd())
    .join("\n");
}

const collapse = (text: string) => text.replace(/[\s\u0085]+/gu, " ").trim();

let program: ts.Program;

beforeAll(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const baselines = [...new Set(cases.map(baselineOf))].map((baseline) => {
    const like = cases.find((name) => baselineOf(name) === baseline)!;
    return { name: baseline, spec: writeBaselineSpec(baseline, like) };
  });
  const runs = [...baselines, ...cases.map((name) => ({ name, spec: path.join(CORPUS, `${name}.yaml`) }))];
  for (const { name, spec } of runs) {
    const result = await runCliAsync(["gen", "--spec", spec, "--out", outDir(name)]);
    if (result.status !== 0) throw new Error(`gen failed for ${name}: ${result.stderr}`);
  }
  // One program for every case: compiling 20 small files together costs about what one costs alone.
  const roots = runs.flatMap(({ name }) => [path.join(outDir(name), "src", `${NAME}.ts`), path.join(outDir(name), "dist", "index.d.ts"), path.join(outDir(name), "dist", "index.d.cts")]);
  program = ts.createProgram(roots, {
    strict: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
}, 120_000);

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

test("the corpus holds at least 14 hostile texts, each different", () => {
  expect(cases.length).toBeGreaterThanOrEqual(14);
  expect(new Set(cases.map(hostileText)).size).toBe(cases.length);
});

/** The JSDoc of a declaration (by name) in a file of the program: its text and its tags. */
function jsdocOf(file: string, find: (node: ts.Node) => boolean): { text: string | undefined; tags: string[]; tagTexts: (string | undefined)[] } {
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not in the program`);
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (find(node)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`no such declaration in ${file}`);
  const docs = ts.getJSDocCommentsAndTags(found).filter(ts.isJSDoc);
  const doc = docs.at(-1);
  const tags = doc?.tags ?? [];
  return { text: ts.getTextOfJSDocComment(doc?.comment), tags: tags.map((tag) => tag.tagName.text), tagTexts: tags.map((tag) => ts.getTextOfJSDocComment(tag.comment)) };
}

const isEnum = (node: ts.Node) => (ts.isEnumDeclaration(node) || ts.isVariableStatement(node)) && node.getText().includes(` ${NAME} `);
const isMember = (name: string) => (node: ts.Node) => (ts.isEnumMember(node) || ts.isPropertyAssignment(node)) && node.name.getText() === name;

/** Where a block of text ends: headings, list items and tables (whose cells the table test reads). */
const BLOCK_BOUNDARY = /^(heading|list_item|bullet_list|table)_(open|close)$|^html_block$/;

/**
 * The text between block boundaries with the token types inside it, one entry per block, in order: a heading, a
 * code's section (facts, deprecation and description, its paragraphs joined by blank lines), a flag's legend item.
 */
function textBlocks(tokens: Token[]): { text: string; types: Set<string> }[] {
  const found: { text: string; types: Set<string> }[] = [];
  let current: { parts: string[]; types: Set<string> } | undefined;
  let inTable = false;
  const close = () => {
    if (current && current.parts.length > 0) found.push({ text: current.parts.join("\n\n"), types: current.types });
    current = undefined;
  };
  for (const token of tokens) {
    if (token.type === "table_open") inTable = true;
    if (token.type === "table_close") inTable = false;
    if (BLOCK_BOUNDARY.test(token.type)) {
      close();
      continue;
    }
    if (inTable) continue;
    current ??= { parts: [], types: new Set() };
    if (token.type === "inline") {
      current.parts.push((token.children ?? []).map((child) => (child.type.endsWith("break") ? "\n" : child.type === "html_inline" ? "" : child.content)).join(""));
      for (const child of token.children ?? []) current.types.add(child.type);
    } else if (token.type !== "paragraph_open" && token.type !== "paragraph_close") current.types.add(token.type);
  }
  close();
  return found;
}

/** The text of every table cell of a page, with the token types inside it. */
function tableCells(tokens: Token[]): { text: string; types: Set<string> }[] {
  const cells: { text: string; types: Set<string> }[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "td_open") return;
    const children = tokens[index + 1]?.children ?? [];
    cells.push({ text: children.map((child) => child.content).join(""), types: new Set(children.map((child) => child.type)) });
  });
  return cells;
}

/** Block structure without paragraphs: headings, lists, definition terms and definitions, tables, code. */
function skeleton(tokens: Token[]): string[] {
  return tokens.filter((token) => token.type !== "inline" && !token.type.startsWith("paragraph")).map((token) => token.type);
}

/** How many of each element the HTML holds, paragraphs aside (blank lines inside a text make more of them). */
function elementCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, tag] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)) if (tag !== "p") counts[tag!] = (counts[tag!] ?? 0) + 1;
  return counts;
}

describe.each(cases)("%s", (name) => {
  const text = () => hostileText(name);
  const src = () => path.join(outDir(name), "src", `${NAME}.ts`);
  const dts = () => path.join(outDir(name), "dist", "index.d.ts");

  test("the TypeScript source and declarations compile under --strict with isolatedModules", () => {
    for (const file of [src(), dts(), path.join(outDir(name), "dist", "index.d.cts")]) {
      const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    }
  });

  test("describe(), flags and entries of the compiled module return the exact text", async () => {
    // The source's two files, transpiled side by side: the data module imports ./codeset-runtime.js.
    const compiledDir = path.join(outDir(name), "compiled");
    mkdirSync(compiledDir, { recursive: true });
    writeFileSync(path.join(compiledDir, "package.json"), '{ "type": "module" }\n');
    for (const file of [NAME, "codeset-runtime"]) {
      const compiled = ts.transpileModule(read(name, `src/${file}.ts`), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      writeFileSync(path.join(compiledDir, `${file}.js`), compiled.outputText);
    }
    const fromSource = await import(pathToFileURL(path.join(compiledDir, `${NAME}.js`)).href);
    const fromDist = await import(pathToFileURL(path.join(outDir(name), "dist", "index.js")).href);
    const fromCommonJs = createRequire(import.meta.url)(path.join(outDir(name), "dist", "index.cjs"));
    for (const api of [fromSource, fromDist, fromCommonJs]) {
      expect(api.describe(2)?.description).toBe(text());
      expect(api.describe(2)?.summary).toBe(summaryOf(name));
      expect(api.describe(2)?.name).toBe("Hostile");
      expect(api.flags.marked).toBe(text());
      expect(api.ranges[0]?.description).toBe(text());
      expect(api.describe(2)?.deprecated).toBe(deprecationNote(name) ?? false);
      expect(api.describe(1)?.description).toBe("Plain words.");
      expect(api.describe(3)?.description).toBe("Plain words after.");
      expect(api.entries.map((entry: { name: string }) => entry.name)).toEqual(["Before", "Hostile", "After"]);
    }
  });

  test("the JSDoc of the enum and of its member, read by the TypeScript compiler, is the text under the documented escapes", () => {
    for (const file of [src(), dts()]) {
      const member = jsdocOf(file, isMember("Hostile"));
      // The package's declarations show the summary on hover, where the spec gives one; the source, the description.
      expect(member.text).toBe(underJsdocEscapes(file === dts() ? (summaryOf(name) ?? text()) : text()));
      const note = deprecationNote(name);
      expect(member.tags).toEqual(note === undefined ? [] : ["deprecated"]);
      if (note !== undefined) expect(member.tagTexts[0]).toBe(underJsdocEscapes(note));
      const declaration = jsdocOf(file, isEnum);
      expect(declaration.text).toBe(underJsdocEscapes(text()));
      expect(declaration.tags).toEqual([]);
      expect(jsdocOf(file, isMember("After")).text).toBe("Plain words after.");
    }
  });

  test("the JSON Schema and package.json parse and hold the exact text", () => {
    const schema = JSON.parse(read(name, `${NAME}.schema.json`));
    expect(schema.description).toBe(text());
    expect(schema.oneOf.map((entry: { const: number }) => entry.const)).toEqual([1, 2, 3]);
    expect(schema.oneOf[1].description).toBe(text());
    expect(schema.oneOf[1].deprecated).toBe(deprecationNote(name) === undefined ? undefined : true);
    const validate = new Ajv2020().compile(schema);
    expect([0, 1, 2, 3, 4].map((code) => validate(code))).toEqual([false, true, true, true, false]);
    const openapi = JSON.parse(read(name, `${NAME}.openapi.json`));
    expect(openapi.components.schemas[NAME].oneOf[1].description).toBe(text());
    expect(collapse(openapi.components.schemas[NAME]["x-enum-descriptions"][1])).toBe(collapse(text()));
    expect(JSON.parse(read(name, "package.json")).description).toBe(text());
  });

  test("openapi-typescript --enum turns the OpenAPI document into TypeScript that parses, the text in its member's comment", async () => {
    const source = astToString(await openapiTS(pathToFileURL(path.join(outDir(name), `${NAME}.openapi.json`)), { enum: true, silent: true }));
    const { diagnostics } = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
    expect((diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    const file = ts.createSourceFile("types.ts", source, ts.ScriptTarget.ES2022, true);
    const declaration = file.statements.find(ts.isEnumDeclaration)!;
    expect(declaration.members.map((member) => `${member.name.getText(file)} = ${member.initializer?.getText(file)}`)).toEqual(["Before = 1", "Hostile = 2", "After = 3"]);
    const hostile = declaration.members[1]!;
    const comments = (ts.getLeadingCommentRanges(source, hostile.pos) ?? []).map((range) => source.slice(range.pos, range.end));
    expect(comments.map(collapse)).toEqual([collapse(`// ${text()}`)]);
  });

  test("the doc page renders the text inside the right block (the code's section, the flag's item), injecting nothing and keeping the page's structure", () => {
    const baseline = markdown.parse(read(baselineOf(name), `docs/${NAME}.md`), {});
    const page = markdown.parse(read(name, `docs/${NAME}.md`), {});
    expect(skeleton(page)).toEqual(skeleton(baseline));
    expect(elementCounts(markdown.renderer.render(page, markdown.options, {}))).toEqual(elementCounts(markdown.renderer.render(baseline, markdown.options, {})));

    const expected = textBlocks(baseline);
    const actual = textBlocks(page);
    const hostileSlots = expected.flatMap((block, index) => (block.text.includes(BASELINE_TEXT) ? [index] : []));
    // The code's section (its summary, deprecation note and description, where the spec has them) and the flag's item.
    expect(hostileSlots).toHaveLength(2);
    expect(actual).toHaveLength(expected.length);
    actual.forEach((block, index) => {
      if (hostileSlots.includes(index)) {
        expect(collapse(block.text)).toBe(collapse(expected[index]!.text.replaceAll(BASELINE_TEXT, text())));
        const allowed = new Set([...expected[index]!.types, "text", "text_special", "softbreak"]);
        expect([...block.types].filter((type) => !allowed.has(type))).toEqual([]);
      } else {
        expect(block.text).toBe(expected[index]!.text);
        expect(block.types).toEqual(expected[index]!.types);
      }
    });
  });

  test.each(["docs/HostileText.md", "README.md"])("every table of %s shows the text in its cells, injecting nothing", (file) => {
    const baseline = markdown.parse(read(baselineOf(name), file), {});
    const rendered = markdown.parse(read(name, file), {});
    expect(skeleton(rendered)).toEqual(skeleton(baseline));
    expect(elementCounts(markdown.renderer.render(rendered, markdown.options, {}))).toEqual(elementCounts(markdown.renderer.render(baseline, markdown.options, {})));
    const expected = tableCells(baseline);
    const actual = tableCells(rendered);
    expect(actual).toHaveLength(expected.length);
    const slots = expected.flatMap((cell, index) => (cell.text.includes(BASELINE_TEXT) ? [index] : []));
    expect(slots.length).toBeGreaterThan(0);
    actual.forEach((cell, index) => {
      if (!slots.includes(index)) return expect(cell).toEqual(expected[index]);
      expect(collapse(cell.text)).toBe(collapse(expected[index]!.text.replaceAll(BASELINE_TEXT, text())));
      const allowed = new Set([...expected[index]!.types, "text", "text_special"]);
      expect([...cell.types].filter((type) => !allowed.has(type))).toEqual([]);
    });
  });
});

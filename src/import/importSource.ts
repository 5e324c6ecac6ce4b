// `codeset import`'s pipeline: read the source with the reader its extension picks, write the spec text, and
// check that text with the spec's own validator, mapping any problem back to the source entry it came from.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { LineCounter } from "yaml";
import { PASCAL_CASE } from "../spec/names.js";
import { byPosition, SpecError, type Diagnostic } from "../spec/diagnostics.js";
import { parseSpec } from "../spec/load.js";
import { isMap, isSeq, valueAt, type SpecNode } from "../spec/nodes.js";
import type { Spec } from "../spec/types.js";
import { validateSpec } from "../spec/validate.js";
import { readCsv } from "./csv.js";
import {
  SourceError,
  START,
  sourceError,
  type ImportedSet,
  type SourcePosition,
} from "./imported.js";
import { readJson, type JsonFields } from "./json.js";
import { loadTypeScript } from "./loadTypeScript.js";
import { readTypeScript } from "./typescript.js";
import { specText } from "./writeSpec.js";

export type SourceKind = "typescript" | "csv" | "json";

/** The reader a file's name picks; undefined for a name none of them reads. */
export function sourceKind(file: string): SourceKind | undefined {
  if (/\.(d\.)?[mc]?tsx?$/i.test(file)) return "typescript";
  if (/\.csv$/i.test(file)) return "csv";
  if (/\.json$/i.test(file)) return "json";
  return undefined;
}

/** A reason to stop that has no place in the source (typescript missing, no name for the spec): exit 1. */
export class ImportRefused extends Error {}

export interface ImportOptions {
  /** The source as the user named it (relative to cwd, or absolute). */
  source: string;
  enumName?: string;
  /** The spec name; by default the source's own (the enum's, the file's). */
  name?: string;
  fields: JsonFields;
  /** What `source` is relative to, and where typescript is looked for first. */
  cwd: string;
  /** The spec's path from its project, as validation names it; and the schema reference for its first line. */
  specSource: string;
  schema: string;
}

export interface Imported {
  text: string;
  spec: Spec;
  set: ImportedSet;
}

export function importSource(options: ImportOptions): Imported {
  const { source } = options;
  const read = readSet(options, readText(source, options.cwd));
  const set = {
    ...read,
    ranges: [...read.ranges].sort((a, b) => a.from - b.from),
  };
  const name = options.name ?? set.name;
  if (!PASCAL_CASE.test(name))
    throw new ImportRefused(
      `cannot make a spec name from ${source}${name === "" ? "" : ` (${name} is not PascalCase)`}; give one with --name, like --name HttpStatusCodes`,
    );
  const text = specText(set, name, options.schema);
  return { text, spec: validated(text, set, options.specSource), set };
}

function readSet(options: ImportOptions, text: string): ImportedSet {
  const { source } = options;
  switch (sourceKind(source)) {
    case "typescript": {
      const typescript = loadTypeScript(options.cwd);
      if (typescript === undefined)
        throw new ImportRefused(
          "reading a TypeScript source needs the typescript package, which is not installed here; install it with `npm install -D typescript`",
        );
      return readTypeScript(typescript.ts, source, text, options.enumName);
    }
    case "csv":
      return readCsv(source, text);
    case "json":
      return readJson(source, text, options.fields);
    case undefined:
      throw new ImportRefused(
        `cannot tell what ${source} holds from its name; give a .ts, .d.ts, .csv or .json file`,
      );
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The source's text; `file` as the user gave it, relative to `cwd`. */
function readText(file: string, cwd: string): string {
  const where = path.resolve(cwd, file);
  let bytes: Buffer;
  try {
    if (statSync(where).isDirectory())
      throw sourceError(file, START, "is a folder; give the path of a file");
    bytes = readFileSync(where);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw sourceError(
      file,
      START,
      code === "ENOENT"
        ? "no such file"
        : `cannot read it (${code ?? String(error)})`,
    );
  }
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw sourceError(file, START, "is not UTF-8 text; save it as UTF-8");
  }
}

/** The written spec as `gen` will read it; a problem is reported at the source entry that the spec entry came from. */
function validated(text: string, set: ImportedSet, specSource: string): Spec {
  const loaded = parseSpec(specSource, text);
  try {
    return validateSpec(loaded, specSource);
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    const entries = entryLines(loaded.contents, loaded.lineCounter, set);
    throw new SourceError(
      byPosition(
        error.diagnostics.map((diagnostic) =>
          atSource(diagnostic, entries, set),
        ),
      ),
    );
  }
}

interface EntryLines {
  first: number;
  last: number;
  at: SourcePosition;
}

/** The lines each code and range entry takes in the spec text, with the source position it came from. */
function entryLines(
  contents: SpecNode | null,
  lines: LineCounter,
  set: ImportedSet,
): EntryLines[] {
  if (!isMap(contents)) return [];
  const spans: EntryLines[] = [];
  const add = (key: string, positions: readonly SourcePosition[]) => {
    const list = valueAt(contents, key);
    if (!isSeq(list)) return;
    list.items.forEach((item, index) => {
      const { start, end } = item;
      spans.push({
        first: lines.linePos(start).line,
        last: lines.linePos(Math.max(start, end - 1)).line,
        at: positions[index] ?? set.at,
      });
    });
  };
  add(
    "codes",
    set.codes.map((code) => code.at),
  );
  add(
    "ranges",
    set.ranges.map((range) => range.at),
  );
  return spans;
}

function atSource(
  diagnostic: Diagnostic,
  entries: readonly EntryLines[],
  set: ImportedSet,
): Diagnostic {
  const entry = entries.find(
    (span) => diagnostic.line >= span.first && diagnostic.line <= span.last,
  );
  return {
    file: set.file,
    ...(entry?.at ?? set.at),
    message: diagnostic.message,
  };
}

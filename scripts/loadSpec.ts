// Reads a spec file and parses it into a YAML document that keeps source positions.
import { readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument, type Document } from "yaml";
import { SpecError, type Diagnostic } from "./diagnostics.js";

export interface LoadedSpec {
  /** The path as the user gave it; used in every message. */
  file: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Beyond this many alias expansions a spec is treated as a "billion laughs" attack. */
export const MAX_ALIAS_COUNT = 100;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function loadSpec(file: string): LoadedSpec {
  const at = (message: string, line = 1, col = 1): SpecError => new SpecError([{ file, line, col, message }]);
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw at("is a directory, not a spec file; give a .yaml file");
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof SpecError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw at(code === "ENOENT" ? "no such file" : `cannot read: ${code ?? String(error)}`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const before = bytes.subarray(0, offset).toString("utf8");
    const line = before.split("\n").length;
    const col = before.length - before.lastIndexOf("\n");
    throw at(`invalid UTF-8 byte 0x${bytes[offset]!.toString(16).padStart(2, "0")}; save the spec as UTF-8`, line, col);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw at("the spec is empty; it needs at least `name` and `codes`");

  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const problems: Diagnostic[] = document.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file, line, col, message: yamlMessage(error.code, error.message) };
  });
  if (problems.length > 0) throw new SpecError(problems);
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    throw at(`YAML aliases expand too far (limit ${MAX_ALIAS_COUNT}); write the values out instead of nesting aliases`);
  }
  return { file, document, lineCounter };
}

function yamlMessage(code: string, message: string): string {
  if (code === "DUPLICATE_KEY") return "duplicate key; each key may appear once in a mapping";
  const firstLine = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return `YAML syntax error: ${firstLine}`;
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  for (let offset = 0; offset < bytes.length; ) {
    const lead = bytes[offset]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return offset;
    try {
      utf8.decode(bytes.subarray(offset, offset + length));
    } catch {
      return offset;
    }
    offset += length;
  }
  return 0;
}

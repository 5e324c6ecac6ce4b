// Reads a spec file and parses it into the spec tree validation reads (nodes.ts), with source positions.
import {
  isAlias,
  isCollection,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from "yaml";
import { byPosition, SpecError, type Diagnostic } from "./diagnostics.js";
import { fastTree } from "./fastYaml.js";
import { isMap, pairAt, type SpecNode } from "./nodes.js";
import { readSpecFile } from "./readSpecFile.js";
import { yamlRuleProblems } from "./yamlRules.js";
import { specTreeOf } from "./yamlTree.js";

export interface LoadedSpec {
  /** The path as the user gave it; used in every message. */
  file: string;
  /** The top-level node; null for a spec of comments only. */
  contents: SpecNode | null;
  lineCounter: LineCounter;
}

/**
 * How many nodes aliases may add to a spec in all. A real spec aliases a few flag lists; a
 * "billion laughs" spec nests aliases to grow exponentially and is stopped here, before anything expands it.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function loadSpec(file: string): LoadedSpec {
  const at = (message: string, line = 1, col = 1): SpecError =>
    new SpecError([{ file, line, col, message }]);
  return parseSpec(file, decode(readBytes(file, at), at));
}

/** A spec's decoded text as its spec tree, with positions; `file` names it in messages. For text that is not on disk yet (import checks what it writes). */
export function parseSpec(file: string, decoded: string): LoadedSpec {
  const at = (message: string, line = 1, col = 1): SpecError =>
    new SpecError([{ file, line, col, message }]);
  // YAML 1.2 counts a CR alone as a line break (as old Macs wrote them); the parser does not, so each becomes an LF (offsets stay).
  // The test first: the replace's first run over a 10,000-code spec takes ~7 ms even when there is no CR.
  const text = decoded.includes("\r")
    ? decoded.replace(/\r(?!\n)/g, "\n")
    : decoded;
  if (text.trim() === "")
    throw at("the spec is empty; it needs at least `name` and `codes`");
  const lineCounter = new LineCounter();
  const position = (offset: number) => lineCounter.linePos(offset);
  // The fast reader reads the YAML specs are written in, and declines the rest, which yaml reads.
  const fast = fastTree(text, lineCounter);
  const document =
    fast === undefined ? yamlDocument(file, text, lineCounter) : undefined;
  const contents = document === undefined ? fast! : specTreeOf(document);
  const refused = yamlRuleProblems(
    file,
    text,
    contents,
    position,
    document && { directive: document.directives?.yaml.explicit === true },
  );
  if (refused.length > 0) throw new SpecError(byPosition(refused));
  if (contents === null)
    throw at(
      "the spec is empty (it holds only comments); it needs at least `name` and `codes`",
    );
  // The fast reader declines every alias, so only yaml's documents can hold a "billion laughs".
  const bomb = document && firstAliasBeyondLimit(document);
  if (bomb) {
    const { line, col } = position(bomb.range?.[0] ?? 0);
    throw at(
      `alias *${bomb.source} takes the spec beyond ${MAX_ALIAS_EXPANSION} nodes once expanded (a "billion laughs" spec); write the values out instead of nesting aliases`,
      line,
      col,
    );
  }
  return { file, contents, lineCounter };
}

/** The text as yaml.parseDocument reads it; its syntax errors are thrown. */
function yamlDocument(
  file: string,
  text: string,
  lineCounter: LineCounter,
): Document.Parsed {
  const document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  if (document.errors.length > 0)
    throw new SpecError(
      syntaxProblems(file, text, document, (offset) =>
        lineCounter.linePos(offset),
      ),
    );
  return document;
}

/** A diagnostic at a top-level key's value (or the top of the file when the key is absent). */
export function topLevelPosition(
  loaded: LoadedSpec,
  key: string,
  message: string,
): Diagnostic {
  const contents = loaded.contents;
  const pair = isMap(contents) ? pairAt(contents, key) : undefined;
  const offset = (pair?.value ?? pair?.key)?.start ?? 0;
  const { line, col } = loaded.lineCounter.linePos(offset);
  return { file: loaded.file, line, col, message };
}

function readBytes(file: string, at: (message: string) => SpecError): Buffer {
  const bytes = readSpecFile(file);
  if (typeof bytes === "string") throw at(bytes);
  return bytes;
}

function decode(
  bytes: Buffer,
  at: (message: string, line?: number, col?: number) => SpecError,
): string {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    throw at(
      "the spec is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const before = bytes.subarray(0, offset).toString("utf8");
    const line = before.split("\n").length;
    const col = before.length - before.lastIndexOf("\n");
    throw at(
      `invalid UTF-8 byte 0x${bytes[offset]!.toString(16).padStart(2, "0")}; save the spec as UTF-8`,
      line,
      col,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** YAML errors as diagnostics: the first per line (later ones on a line are mostly echoes), in reading order. */
function syntaxProblems(
  file: string,
  text: string,
  document: Document.Parsed,
  position: (offset: number) => { line: number; col: number },
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seenLines = new Set<number>();
  for (const error of document.errors) {
    const offset = skipBlanks(text, error.pos[0]);
    const { line, col } = position(offset);
    if (seenLines.has(line)) continue;
    seenLines.add(line);
    problems.push({
      file,
      line,
      col,
      message: yamlMessage(error, document, offset, position),
    });
  }
  return byPosition(problems);
}

/**
 * Where an error offset in white space belongs: the next token (the parser puts errors after a block
 * scalar at its trailing blank lines, lines above the token it means), or, at the end of the file, the last one.
 */
function skipBlanks(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && /[ \r\n]/.test(text[at]!)) at++;
  if (at < text.length) return at;
  at = Math.min(offset, text.length) - 1;
  while (at > 0 && /[ \t\r\n]/.test(text[at]!)) at--;
  return Math.max(at, 0);
}

function yamlMessage(
  error: YAMLError,
  document: Document.Parsed,
  offset: number,
  position: (offset: number) => { line: number },
): string {
  const original = error.message
    .split("\n")[0]!
    .replace(/ at line \d+, column \d+:?$/, "");
  switch (error.code) {
    case "DUPLICATE_KEY": {
      const first = firstOccurrence(document, offset);
      if (!first) return "duplicate key; each key may appear once in a mapping";
      return `duplicate key '${first.key}' (first at line ${position(first.offset).line}); each key may appear once in a mapping`;
    }
    case "MULTIPLE_DOCS":
      return "a spec holds one YAML document; remove this `---` and what follows, or move it to a file of its own";
    case "TAB_AS_INDENT":
      return "YAML syntax error: tabs are not allowed as indentation; indent with spaces";
    default:
      if (original.includes("Maximum call stack size exceeded")) {
        return "YAML nesting is too deep to read; a spec needs only a few levels of nesting";
      }
      if (original.startsWith("Sequence item without - indicator")) {
        return "YAML syntax error: this line is indented like nothing above it; line it up with its sibling keys";
      }
      return `YAML syntax error: ${original}`;
  }
}

/** For a duplicate key at offset: its name and where the same mapping first has it. */
function firstOccurrence(
  document: Document.Parsed,
  offset: number,
): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(document, {
    Map(_, map) {
      const seen = new Map<unknown, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const start = pair.key.range?.[0] ?? -1;
        const earlier = seen.get(pair.key.value);
        if (earlier !== undefined && start === offset) {
          found = { key: String(pair.key.value), offset: earlier };
          return visit.BREAK;
        }
        if (earlier === undefined) seen.set(pair.key.value, start);
      }
      return undefined;
    },
  });
  return found;
}

/** The alias at which the nodes added by expanding aliases, counted in reading order, pass the limit. */
function firstAliasBeyondLimit(
  document: Document.Parsed,
): (Node & { source: string }) | undefined {
  const sizes = new Map<Node, number>();
  const expanding = new Set<Node>();
  // Nodes a node stands for once every alias in it is expanded; memoized, so this stays linear in the source.
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(document);
      if (!target || expanding.has(target)) return Infinity;
      return sizeOf(target);
    }
    if (isPair(node)) return sizeOf(node.key) + sizeOf(node.value);
    if (!isCollection(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    expanding.add(node);
    let size = 1;
    for (const item of node.items) size += sizeOf(item);
    expanding.delete(node);
    sizes.set(node, size);
    return size;
  };
  let added = 0;
  let culprit: (Node & { source: string }) | undefined;
  visit(document, {
    Alias(_, alias) {
      added += sizeOf(alias);
      if (added <= MAX_ALIAS_EXPANSION) return undefined;
      culprit = alias;
      return visit.BREAK;
    },
  });
  return culprit;
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  for (let offset = 0; offset < bytes.length;) {
    const lead = bytes[offset]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
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

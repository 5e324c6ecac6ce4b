// What the fast YAML reader (fastYaml.ts) shares: the text it reads, how it declines, and the small
// scanners for spaces, comments, line breaks and the lines between two nodes.
import type { Document, Schema } from "yaml";
import type { Pair, ScalarNode } from "./nodes.js";

/** The text being read and what scalars resolve with (the document's own schema and options). */
export interface Source {
  readonly text: string;
  readonly schema: Schema;
  readonly options: Document["options"];
}

/** Why the fast reader left a text to the yaml package: something outside its subset, or that it is not sure of. */
export class Declined {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}

/** Stops reading: the caller gives the text to yaml.parseDocument. Throwing skips every half-built node at once. */
export function decline(reason: string, offset: number): never {
  throw new Declined(reason, offset);
}

export const SPACE = 0x20;
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const COMMA = 0x2c;

/** A line break starts here (LF, or CR LF: a lone CR is declined before reading). */
export function isBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** Space, a line break or the end of the text (NaN): what must follow an indicator such as `:` or `-`. */
export function isBlankOrEnd(code: number): boolean {
  return (
    code === SPACE ||
    code === LF ||
    code === CR ||
    code === TAB ||
    Number.isNaN(code)
  );
}

/** `,` `[` `]` `{` `}`: the characters that end a plain scalar inside a flow collection. */
export function isFlowIndicator(code: number): boolean {
  return (
    code === COMMA ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x7b ||
    code === 0x7d
  );
}

/** The offset after the spaces at `at`; a tab there is separation the reader does not take on. */
export function skipSpaces(text: string, at: number): number {
  let p = at;
  while (text.charCodeAt(p) === SPACE) p++;
  if (text.charCodeAt(p) === TAB) decline("a tab as separation", p);
  return p;
}

/** The offset of the line break that ends the line holding `at` (the CR of CR LF), or the text's end. */
export function breakOf(text: string, at: number): number {
  const lf = text.indexOf("\n", at);
  if (lf === -1) return text.length;
  return lf > at && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
}

/** The offset after the line break at `at` (or the text's end there). */
export function afterBreak(text: string, at: number): number {
  if (at >= text.length) return text.length;
  return text.charCodeAt(at) === CR ? at + 2 : at + 1;
}

/**
 * The rest of a node's line: spaces, a comment after at least one space, the line break.
 * Returns the offset after the break (the next line's start), or the text's end.
 */
export function lineEnd(text: string, at: number): number {
  const p = skipSpaces(text, at);
  if (p >= text.length) return p;
  const code = text.charCodeAt(p);
  if (code === HASH) {
    if (p === at)
      decline("a comment not separated from its node by a space", p);
    return afterBreak(text, breakOf(text, p));
  }
  if (isBreak(code)) return afterBreak(text, p);
  return decline("more after a node on its line", p);
}

/** The lines between two nodes: where the next content line starts. */
export interface Gap {
  /** The next content line's indentation, or -1 at the end of the text. */
  indent: number;
  /** The offset of its first character (the text's end at the end). */
  at: number;
}

/** Passes blank and comment lines from the line starting at `lineStart` to the next content line. */
export function nextContent(text: string, lineStart: number): Gap {
  let line = lineStart;
  for (;;) {
    let p = line;
    while (text.charCodeAt(p) === SPACE) p++;
    if (p >= text.length) return { indent: -1, at: text.length };
    const code = text.charCodeAt(p);
    if (isBreak(code)) {
      line = afterBreak(text, p);
    } else if (code === HASH) {
      line = afterBreak(text, breakOf(text, p));
    } else {
      if (code === TAB) decline("a tab in indentation", p);
      if (p === line && isDocumentMarker(text, p))
        decline("a document marker (--- or ...)", p);
      return { indent: p - line, at: p };
    }
  }
}

function isDocumentMarker(text: string, at: number): boolean {
  const three = text.slice(at, at + 3);
  return three === "---" || three === "...";
}

/**
 * The keys of a mapping being read, to decline duplicates (yaml reports them). A spec's mappings are
 * small, so the keys read so far are scanned; past a few dozen a set keeps the work linear.
 */
export class KeysSeen {
  private set: Set<unknown> | undefined;

  constructor(private readonly pairs: readonly Pair[]) {}

  /** Adds a key's value; false when the mapping has it already. */
  add(value: unknown): boolean {
    if (this.set !== undefined) {
      if (this.set.has(value)) return false;
      this.set.add(value);
      return true;
    }
    const pairs = this.pairs;
    for (let n = 0; n < pairs.length; n++)
      if ((pairs[n]!.key as ScalarNode).value === value) return false;
    if (pairs.length >= 32)
      this.set = new Set(
        pairs.map((pair) => (pair.key as ScalarNode).value).concat([value]),
      );
    return true;
  }
}

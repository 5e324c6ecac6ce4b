// Scalars for the fast YAML reader: where each ends in the text and its value as the yaml package
// computes it (line folding, escapes, block scalar indentation and chomping, core-schema resolution).
// Anything this file is not sure of declines; the fast-yaml tests compare every value with yaml's.
import { isScalar, type ScalarTag } from "yaml";
import { scalarNode, type ScalarNode } from "./nodes.js";
import {
  afterBreak,
  COLON,
  decline,
  HASH,
  isBlankOrEnd,
  isBreak,
  isFlowIndicator,
  LF,
  SPACE,
  TAB,
  type Source,
} from "./fastYamlText.js";

/** Characters that start something other than a plain scalar (or a plain scalar yaml reports as an error). */
const NOT_PLAIN_START = new Set(",[]{}#&*!|>'\"%@`");

/** Whether a plain scalar may start at `at`. `-`, `?` and `:` start one only when a non-space follows. */
export function startsPlain(
  text: string,
  at: number,
  inFlow: boolean,
): boolean {
  const first = text[at];
  if (first === undefined || NOT_PLAIN_START.has(first)) return false;
  if (first === "-" || first === "?" || first === ":") {
    const next = text.charCodeAt(at + 1);
    return !isBlankOrEnd(next) && !(inFlow && isFlowIndicator(next));
  }
  return !isBlankOrEnd(text.charCodeAt(at));
}

/**
 * The offset after a plain scalar's last non-space character. It stops at `: `, ` #` and (in a flow
 * collection) at `,[]{}`, and goes on over lines indented at least `minIndent` (Infinity: one line only).
 */
export function plainEnd(
  text: string,
  start: number,
  minIndent: number,
  inFlow: boolean,
): number {
  let end = start;
  for (let i = start; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code === SPACE) {
      if (text.charCodeAt(i + 1) === HASH) return end;
      i++;
    } else if (isBreak(code)) {
      const next = continuation(text, i, minIndent, inFlow);
      if (next === -1) return end;
      i = next;
    } else if (code === TAB) {
      decline("a tab in a plain scalar", i);
    } else if (
      code === COLON &&
      (isBlankOrEnd(text.charCodeAt(i + 1)) ||
        (inFlow && isFlowIndicator(text.charCodeAt(i + 1))))
    ) {
      return end;
    } else if (inFlow && isFlowIndicator(code)) {
      return end;
    } else {
      end = ++i;
    }
  }
  return end;
}

/** Where a plain scalar goes on after the line break at `at`, or -1 when the next line does not continue it. */
function continuation(
  text: string,
  at: number,
  minIndent: number,
  inFlow: boolean,
): number {
  const line = afterBreak(text, at);
  let p = line;
  while (text.charCodeAt(p) === SPACE) p++;
  if (p >= text.length) return -1;
  const code = text.charCodeAt(p);
  if (isBreak(code)) return p; // a blank line: look at the one after it
  if (code === TAB) decline("a tab in indentation", p);
  if (
    p - line < minIndent ||
    code === HASH ||
    (inFlow && isFlowIndicator(code))
  )
    return -1;
  return p;
}

/**
 * The offset after the closing quote of the quoted scalar at `start`; its lines after the first are
 * indented at least `minIndent`. With `minIndent` Infinity (a key), -1 when the quotes do not close on their line.
 */
export function quotedEnd(
  text: string,
  start: number,
  minIndent: number,
): number {
  const double = text.charCodeAt(start) === 0x22;
  // The characters that matter inside quotes, found by the regular expression engine: a char-code
  // loop runs interpreted for the first few thousand scalars of a run, several times slower.
  const stop = double ? DOUBLE_QUOTED_STOP : SINGLE_QUOTED_STOP;
  for (let i = start + 1; ;) {
    stop.lastIndex = i;
    if (stop.exec(text) === null) break;
    const at = stop.lastIndex - 1;
    const code = text.charCodeAt(at);
    if (code === 0x5c) {
      // Skip the escaped character; an escaped line break is still a line, checked as the others are.
      i = at + (isBreak(text.charCodeAt(at + 1)) ? 1 : 2);
    } else if (code === LF) {
      if (minIndent === Infinity) return -1;
      checkQuotedLine(text, at + 1, minIndent);
      i = at + 1;
    } else {
      if (double || text.charCodeAt(at + 1) !== 0x27) return at + 1;
      i = at + 2;
    }
  }
  return decline("a quoted scalar without its closing quote", start);
}

const DOUBLE_QUOTED_STOP = /["\\\n]/g;
const SINGLE_QUOTED_STOP = /['\n]/g;

/** A line inside quotes is blank or indented at least `minIndent` (yaml reports a line indented less). */
function checkQuotedLine(text: string, line: number, minIndent: number): void {
  let p = line;
  while (text.charCodeAt(p) === SPACE) p++;
  if (p < text.length && !isBreak(text.charCodeAt(p)) && p - line < minIndent)
    decline("a quoted scalar's line indented too little", p);
}

/** YAML's folding of a flow scalar's lines: one line break is a space, n blank lines are n newlines, lines are trimmed. */
export function foldLines(source: string): string {
  if (!source.includes("\n")) return source;
  const lines = source.split(/\r?\n/);
  let folded = lines[0]!.replace(/[ \t]+$/, "");
  let blankLines = 0;
  for (let n = 1; n < lines.length - 1; n++) {
    const line = lines[n]!.replace(/^[ \t]+|[ \t]+$/g, "");
    if (line === "") {
      blankLines++;
      continue;
    }
    folded += joint(blankLines) + line;
    blankLines = 0;
  }
  return folded + joint(blankLines) + lines.at(-1)!.replace(/^[ \t]+/, "");
}

function joint(blankLines: number): string {
  return blankLines === 0 ? " " : "\n".repeat(blankLines);
}

/** The quoted scalar whose opening quote is at `at`, `end` the offset after its closing quote. */
export function quotedScalar(
  text: string,
  at: number,
  end: number,
): ScalarNode {
  const value =
    text.charCodeAt(at) === 0x22
      ? doubleQuotedValue(text, at, end)
      : singleQuotedValue(text, at, end);
  return scalarNode(value, at, end);
}

function singleQuotedValue(text: string, start: number, end: number): string {
  const folded = foldLines(text.slice(start + 1, end - 1));
  return folded.includes("''") ? folded.replaceAll("''", "'") : folded;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "\t": "\t",
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar's value: escapes, folded line breaks, and spaces before a line break dropped. */
function doubleQuotedValue(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  if (!inner.includes("\\") && !inner.includes("\n")) return inner;
  let value = "";
  for (let i = 0; i < inner.length;) {
    const char = inner[i]!;
    if (char === "\\") {
      const read = escape(inner, i, start + 1);
      value += read.value;
      i = read.next;
    } else if (char === " " || char === "\t") {
      let j = i + 1;
      while (inner[j] === " " || inner[j] === "\t") j++;
      if (inner[j] !== "\n" && !(inner[j] === "\r" && inner[j + 1] === "\n"))
        value += inner.slice(i, j);
      i = j;
    } else if (char === "\r" && inner[i + 1] === "\n") {
      i++;
    } else if (char === "\n") {
      const fold = foldBreak(inner, i);
      value += fold.value;
      i = fold.next;
    } else {
      value += char;
      i++;
    }
  }
  return value;
}

/** The escape sequence at `at` (a backslash): what it stands for and where reading goes on. */
function escape(
  inner: string,
  at: number,
  innerOffset: number,
): { value: string; next: number } {
  const code = inner[at + 1];
  if (code === "\n" || (code === "\r" && inner[at + 2] === "\n")) {
    // An escaped line break joins the lines; the next line's leading white space goes too.
    let next = at + (code === "\r" ? 3 : 2);
    while (inner[next] === " " || inner[next] === "\t") next++;
    return { value: "", next };
  }
  if (code !== undefined && Object.hasOwn(ESCAPES, code))
    return { value: ESCAPES[code]!, next: at + 2 };
  const digits = code === undefined ? undefined : HEX_DIGITS[code];
  if (digits === undefined)
    return decline("an escape sequence YAML does not define", innerOffset + at);
  const hex = inner.slice(at + 2, at + 2 + digits);
  const point =
    /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits
      ? parseInt(hex, 16)
      : NaN;
  if (!(point <= 0x10ffff))
    return decline(
      "an escape sequence that is not a code point",
      innerOffset + at,
    );
  return { value: String.fromCodePoint(point), next: at + 2 + digits };
}

/** A line break inside double quotes with the blank lines and indentation after it: a space, or one newline per blank line. */
function foldBreak(inner: string, at: number): { value: string; next: number } {
  let newlines = 0;
  let next = at + 1;
  for (;;) {
    const char = inner[next];
    if (char === " " || char === "\t") next++;
    else if (char === "\n") (newlines++, next++);
    else if (char === "\r" && inner[next + 1] === "\n") next++;
    else break;
  }
  return { value: newlines === 0 ? " " : "\n".repeat(newlines), next };
}

/**
 * Whether a plain scalar could match a test of the YAML 1.2 core schema: null (~ null Null NULL),
 * booleans, ints (decimal, 0o, 0x), floats (.5 1e3 .inf .nan). Other scalars are strings without
 * running the tests; test/unit/fast-yaml-fuzz.test.ts checks this against the schema's own tags.
 */
export function mayMatchCoreTag(value: string): boolean {
  if (value === "") return true;
  if ("~+-.0123456789".includes(value[0]!)) return true;
  return CORE_WORDS.has(value);
}

/** The words the core schema reads as null or a boolean, in each spelling it accepts (`name` and `flags` keys are not). */
const CORE_WORDS = new Set([
  ...["null", "Null", "NULL"],
  ...["true", "True", "TRUE", "false", "False", "FALSE"],
]);

/** A plain scalar's node: its value resolved by the schema's tags, as yaml's composer resolves it. */
export function plainScalar(
  source: Source,
  value: string,
  start: number,
  end: number,
): ScalarNode {
  const tag = mayMatchCoreTag(value) ? matchingTag(source, value) : undefined;
  if (tag === undefined) return scalarNode(value, start, end);
  const resolved = tag.resolve(
    value,
    () => decline("a scalar its tag cannot resolve", start),
    source.options,
  );
  return scalarNode(
    isScalar(resolved) ? resolved.value : resolved,
    start,
    end,
    value === "",
  );
}

/** The first default tag whose test matches, as yaml's composer picks it for a plain scalar. */
function matchingTag(source: Source, value: string): ScalarTag | undefined {
  for (const tag of source.schema.tags) {
    if (tag.default === true && "test" in tag && tag.test?.test(value))
      return tag as ScalarTag;
  }
  return undefined;
}

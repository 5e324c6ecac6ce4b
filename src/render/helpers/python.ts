// Python text (templates/examples/python): string literals and docstrings that keep spec text as data.
import { normalizeNewlines } from "./text.js";

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/** A character a Python literal cannot hold as itself: controls other than newline and tab, DEL, and unpaired surrogates. */
const UNPRINTABLE =
  /[\x00-\x08\x0b-\x1f\x7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeUnprintable(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** A double-quoted Python string literal holding exactly `text`. */
export function pyString(text: string): string {
  const body = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(UNPRINTABLE, escapeUnprintable);
  return `"${body}"`;
}

/** A frozenset literal of strings: `frozenset()` when empty (`{}` would be a dict). */
export function pyFrozenset(items: readonly string[]): string {
  return items.length === 0
    ? "frozenset()"
    : `frozenset({${items.map(pyString).join(", ")}})`;
}

/**
 * A triple-quoted docstring at `indent` holding the paragraphs `parts` (joined by a blank line), laid
 * out as PEP 257 asks: one line when it fits on one, else the closing quotes on their own line.
 * Backslashes are doubled and a quote is escaped where it would close the string (before another
 * quote, or last), so `"""` in the text stays text. CR and CRLF become LF, as Python reads them anyway;
 * spaces at the end of a line are dropped.
 */
export function pyDocstring(parts: readonly string[], indent = ""): string {
  const text = normalizeNewlines(parts.map((part) => part.trim()).join("\n\n"))
    .replace(/\\/g, "\\\\")
    .replace(/"(?="|$)/g, '\\"')
    .replace(UNPRINTABLE, escapeUnprintable);
  const lines = text.split("\n").map((line) => line.trimEnd());
  if (lines.length === 1) return `${indent}"""${lines[0]}"""`;
  return [
    `${indent}"""${lines[0]}`,
    ...lines.slice(1).map((line) => (line === "" ? "" : `${indent}${line}`)),
    `${indent}"""`,
  ].join("\n");
}

/**
 * A code name as an enum member: a keyword gets PEP 8's trailing underscore. Names Python's Enum
 * reserves (`_sunder_`, `__dunder__`) or cannot spell (`$`) are refused rather than silently renamed.
 */
export function pyEnumMember(name: string): string {
  if (KEYWORDS.has(name)) return `${name}_`;
  if (name.includes("$"))
    throw new Error(
      `code name '${name}' cannot be a Python identifier ('$' is not allowed)`,
    );
  if (/^_.*_$/.test(name))
    throw new Error(
      `code name '${name}' is reserved by Python's Enum (names starting and ending with '_')`,
    );
  return name;
}

// Python text (python/<name>.py): string literals, docstrings and names that keep spec text as data.
import { normalizeNewlines, type Spelling } from "./text.js";

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

/** Names that Enum or mypy cannot take as a member: they get a trailing underscore, as keywords do. */
const ENUM_ATTRIBUTES = new Set(["mro", "name"]);

/** What the module declares or imports beside the enum class, which the class (the spec's name) must not shadow. */
export const PY_MODULE_NAMES = new Set([
  "FlagName",
  "Entry",
  "CodeRange",
  "FLAGS",
  "ENTRIES",
  "RANGES",
  "IntEnum",
  "NamedTuple",
  "Literal",
  "Optional",
  "Union",
  "bisect_right",
]);

/** Standard modules the generated module imports: a module of the same name would hide them. */
const IMPORTED_MODULES = new Set(["bisect", "enum", "typing"]);

/**
 * A code name as an enum member: a keyword (or `mro`, `name`) gets PEP 8's trailing underscore. Names
 * Enum keeps for itself (`_sunder_`, `__dunder__`, private `__x`) or Python cannot spell (`$`) are refused.
 */
export function pyMember(name: string): Spelling {
  if (KEYWORDS.has(name) || ENUM_ATTRIBUTES.has(name))
    return { name: `${name}_` };
  if (name.includes("$"))
    return {
      problem: `code name '${name}' cannot be a Python identifier ('$' is not allowed)`,
    };
  if (/^_.*_$/.test(name) || name.startsWith("__"))
    return {
      problem: `code name '${name}' is reserved by Python's Enum (names starting and ending with '_', or starting with '__')`,
    };
  return { name };
}

/** The spec's name as the enum class, which must not shadow what the module declares beside it. */
export function pyClass(name: string): Spelling {
  if (PY_MODULE_NAMES.has(name))
    return {
      problem: `name '${name}' would shadow the Python module's own ${name}; choose another name`,
    };
  return { name };
}

/** The module's file name (without .py): the spec's name in snake_case, PEP 8's module style. */
export function pyModule(name: string): Spelling {
  const module = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
  if (KEYWORDS.has(module))
    return {
      problem: `name '${name}' gives the Python module name '${module}', a Python keyword; choose another name`,
    };
  if (IMPORTED_MODULES.has(module))
    return {
      problem: `name '${name}' gives the Python module name '${module}', which would hide the standard module ${module} that it imports; choose another name`,
    };
  return { name: module };
}

/** A value as a Python literal: a string, None for none, True/False, or a number. */
export function pyLiteral(value: unknown): string {
  if (value === undefined || value === null) return "None";
  if (typeof value === "string") return pyString(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  return String(value);
}

/** The type of a flag name: a Literal of the declared names, or str when the spec declares none (Literal[] is not a type). */
export function pyFlagType(flags: readonly string[]): string {
  return flags.length === 0
    ? "str"
    : `Literal[${flags.map(pyString).join(", ")}]`;
}

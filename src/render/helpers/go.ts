// Go text (go/<name>.go): comments, string literals and identifiers that keep spec text as data.
import { normalizeNewlines, type Spelling } from "./text.js";

export const GO_KEYWORDS: ReadonlySet<string> = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var".split(
    " ",
  ),
);

/** What the Go file declares beside the codes, in the same package scope: no code, flag or type may take these names. */
export const GO_DECLARED = new Set([
  "Flags",
  "Entry",
  "Range",
  "Entries",
  "Ranges",
  "FlagsOf",
  "HasFlag",
  "IsKnown",
  "NameOf",
  "Describe",
]);

const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A code name as an exported Go constant: its first letter upper case (Go exports only such names). */
export function goExported(name: string): Spelling {
  if (!/^[A-Za-z]/.test(name))
    return {
      problem: `code name '${name}' cannot be an exported Go identifier (it must start with a letter)`,
    };
  return { name: name[0]!.toUpperCase() + name.slice(1) };
}

/** A flag's constant: `Flag` and the flag name in PascalCase (`reserved` -> `FlagReserved`). */
export function goFlagConstant(flag: string): string {
  return `Flag${flag[0]!.toUpperCase()}${flag.slice(1)}`;
}

/** A Go package name's shape: lower-case letters and digits (none a keyword). */
export const GO_PACKAGE = /^[a-z][a-z0-9]*$/;

/** Why a package name cannot be Go's, or undefined; `what` names it in the message. */
export function goPackageProblem(
  name: string,
  what = "go.package",
): string | undefined {
  if (!GO_PACKAGE.test(name))
    return `${what} '${name}' is not a Go package name (lower-case letters and digits, like closecodes)`;
  if (GO_KEYWORDS.has(name)) return `${what} '${name}' is a Go keyword`;
  return undefined;
}

/** The file and default package name: the spec's name in lower case (no `_`, so no `_test` or `_linux` suffix can select it). */
export function goFileName(name: string): string {
  return name.toLowerCase();
}

/**
 * A Go interpreted string literal of `text`. Go strings are UTF-8: an unpaired surrogate (which UTF-8
 * cannot hold) becomes U+FFFD, as Go's own conversions do; a BOM is escaped (the compiler refuses one in a file).
 */
export function goString(text: string): string {
  const body = text
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(
      /[\x00-\x1f\x7f\ufeff]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
  return `"${body}"`;
}

/**
 * `//` comment lines at `indent` holding `text`: LF line ends, the text trimmed, trailing white space
 * of lines dropped (as gofmt would), a blank line as `//`. NUL and BOM (which no Go file may hold) and unpaired surrogates show as U+FFFD.
 */
export function goComment(text: string, indent = ""): string {
  return (
    normalizeNewlines(text.trim())
      .replace(/[\x00\ufeff]/g, "\ufffd")
      .replace(LONE_SURROGATE, "\ufffd")
      .split("\n")
      // gofmt drops what Go's unicode.IsSpace calls space at the end of a comment line: NEL too.
      .map((line) => line.replace(/[\s\u0085]+$/u, ""))
      .map((line) => (line === "" ? `${indent}//` : `${indent}// ${line}`))
      .join("\n")
  );
}

/**
 * A bracketed block of lines as gofmt prints it: `open`, the body's lines, `close`; an empty body on one
 * line (`const ()`, `[]T{}`). The result ends with a newline, as the body's lines do.
 */
export function goBlock(open: string, close: string, body: string): string {
  const lines = body.replace(/\n+$/, "");
  return lines.trim() === ""
    ? `${open}${close}\n`
    : `${open}\n${lines}\n${close}\n`;
}

/** A deprecated code's doc text: its description, then Go's `Deprecated:` paragraph (which gopls and staticcheck read). */
export function goDeprecated(
  description: string,
  deprecated: boolean | string,
): string {
  if (deprecated === false) return description;
  const note = deprecated === true ? "do not use this code." : deprecated;
  return `${description.trim()}\n\nDeprecated: ${note}`;
}

/** A keyed composite literal on one line, as gofmt prints it: `{Name: value, ...}` from name, value pairs. */
export function goKeyed(pairs: readonly string[]): string {
  const fields: string[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2)
    fields.push(`${pairs[i]}: ${pairs[i + 1]}`);
  return `{${fields.join(", ")}}`;
}

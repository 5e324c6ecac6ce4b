// C# text (csharp/<Name>.cs): XML doc comments, string literals and identifiers that keep spec text as data.
import { normalizeNewlines, type Spelling } from "./text.js";

/** Reserved words of C# (not the contextual ones, which may name members); mcs also reserves the `__` four. */
export const CS_KEYWORDS: ReadonlySet<string> = new Set(
  "abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while __arglist __makeref __reftype __refvalue".split(
    " ",
  ),
);

/** C# ends a line (and so a `///` comment or a string literal) at CR, LF, NEL, LS and PS. */
const LINE_BREAKS = /[\u0085\u2028\u2029]/g;

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: controls other than tab
 * and line ends, U+FFFE, U+FFFF and unpaired surrogates. The XML doc file shows U+FFFD for each.
 */
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (ch: string) =>
  ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** A code name as an enum member: a reserved word takes C#'s verbatim `@` (the member's name stays the word). */
export function csIdentifier(name: string): string {
  return CS_KEYWORDS.has(name) ? `@${name}` : name;
}

/** A flag (camelCase) as a member of the `[Flags]` enum: PascalCase; `None` is the enum's own empty set. */
export function csFlagMember(flag: string): Spelling {
  const member = flag[0]!.toUpperCase() + flag.slice(1);
  if (member === "None")
    return {
      problem: `flag '${flag}' would be the C# flag member None, which stands for no flags; choose another name`,
    };
  return { name: member };
}

/** A C# namespace's shape: identifiers joined by dots (none of them may be a keyword). */
export const CS_NAMESPACE =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Why a namespace cannot be C#'s, or undefined; `what` names it in the message. */
export function csNamespaceProblem(
  namespace: string,
  what = "csharp.namespace",
): string | undefined {
  if (!CS_NAMESPACE.test(namespace))
    return `${what} '${namespace}' is not a C# namespace (identifiers joined by dots, like Company.Protocol)`;
  const keyword = namespace.split(".").find((part) => CS_KEYWORDS.has(part));
  if (keyword !== undefined)
    return `${what} '${namespace}' contains the C# keyword '${keyword}'`;
  return undefined;
}

/** A C# regular string literal holding exactly `text` (C# strings are UTF-16: unpaired surrogates too). */
export function csString(text: string): string {
  const body = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/[\x00-\x1f\x7f\u0085\u2028\u2029]/g, (ch) => `\\u${hex(ch)}`)
    .replace(LONE_SURROGATE, (ch) => `\\u${hex(ch)}`);
  return `"${body}"`;
}

/** A value as a C# literal: a string, `null` for none, a number or a boolean. */
export function csLiteral(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (typeof value === "string") return csString(value);
  return String(value);
}

/**
 * Text for an XML doc comment: `&`, `<` and `>` as entities (so `]]>` and tags stay text), the line
 * breaks C# would end the comment at as character references, and what XML cannot hold as U+FFFD.
 */
export function csXmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(LINE_BREAKS, (ch) => `&#x${hex(ch)};`)
    .replace(NOT_XML, "\ufffd")
    .replace(LONE_SURROGATE, "\ufffd");
}

/**
 * A `/// <tag>` element at `indent` holding `text`, one `///` line per line of text (LF line ends,
 * the text trimmed, trailing spaces of lines dropped), the tags on lines of their own.
 */
export function csDocElement(tag: string, text: string, indent = ""): string {
  const lines = normalizeNewlines(text.trim())
    .split("\n")
    .map((line) => csXmlText(line).trimEnd());
  return [
    `${indent}/// <${tag}>`,
    ...lines.map((line) =>
      line === "" ? `${indent}///` : `${indent}/// ${line}`,
    ),
    `${indent}/// </${tag}>`,
  ].join("\n");
}

/** The attribute of a deprecated code: `[Obsolete("note")]`, or without a note `[Obsolete]` (named in full: the spec's names cannot shadow it). */
export function csObsolete(note: string | undefined): string {
  return note === undefined
    ? "[global::System.Obsolete]"
    : `[global::System.Obsolete(${csString(note)})]`;
}

/** A type's doc comment: its `<summary>`, then `<remarks>` where there is more to say. */
export function csTypeDoc(
  summary: string,
  remarks: string | undefined,
  indent = "",
): string {
  const elements = [csDocElement("summary", summary, indent)];
  if (remarks !== undefined && remarks.trim() !== "")
    elements.push(csDocElement("remarks", remarks, indent));
  return elements.join("\n");
}

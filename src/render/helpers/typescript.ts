// TypeScript and JavaScript text: string literals and JSDoc comments that keep spec text as data.
import { normalizeNewlines } from "./text.js";

/** A TypeScript/JavaScript string literal, quoted the way prettier would quote it. */
export function tsString(text: string): string {
  const doubleQuoted = JSON.stringify(text);
  if (countOf(text, '"') <= countOf(text, "'")) return doubleQuoted;
  const inner = doubleQuoted
    .slice(1, -1)
    .replace(/\\(.)|'/g, (match, escaped: string | undefined) => {
      if (escaped === undefined) return "\\'";
      return escaped === '"' ? '"' : match;
    });
  return `'${inner}'`;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1))
    count++;
  return count;
}

/**
 * The lines of a JSDoc comment body holding `text`. A comment cannot contain its own terminator, and
 * TypeScript reads an `@` that starts a word (at line start or after white space) as a tag, so `*\/`
 * and `\@` stand for them; CR/CRLF become LF. `user@example.com` keeps its `@`.
 */
export function jsdocLines(text: string): string[] {
  // Most spec texts are one line with nothing to escape.
  if (!/[\n\r@]|\*\//.test(text)) return [text.trimEnd()];
  return normalizeNewlines(text)
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .map((line) =>
      (line.includes("@") ? line.replace(/(^|\s)@/g, "$1\\@") : line).trimEnd(),
    );
}

/** JSDoc tags after the text: `@see` a link, `@deprecated` with an optional note. */
export interface JsdocTags {
  see?: string | undefined;
  deprecated?: boolean | string | undefined;
}

/** A JSDoc comment at the given indentation: one line when it is just one line of text. */
export function jsdoc(text: string, indent = "", tags: JsdocTags = {}): string {
  const body = jsdocLines(text.trim());
  const tagLines: string[] = [];
  if (tags.see) tagLines.push(`@see ${jsdocLines(tags.see).join(" ")}`);
  if (tags.deprecated === true) tagLines.push("@deprecated");
  else if (typeof tags.deprecated === "string")
    tagLines.push(
      `@deprecated ${jsdocLines(tags.deprecated.trim()).join(" ")}`,
    );
  if (tagLines.length === 0 && body.length === 1)
    return `${indent}/** ${body[0]} */`;
  const lines = tagLines.length > 0 ? [...body, "", ...tagLines] : body;
  let comment = `${indent}/**`;
  for (const line of lines)
    comment += line === "" ? `\n${indent} *` : `\n${indent} * ${line}`;
  return `${comment}\n${indent} */`;
}

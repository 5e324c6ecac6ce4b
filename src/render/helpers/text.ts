// Text handling every target language shares.

/** CR and CRLF as LF: every output uses LF line ends. */
export function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * The text on one line: each line break, with the blanks around it, as one space. For hints that tools
 * print into line comments (openapi-typescript writes `x-enum-descriptions` as `// text`), where a
 * line break would end the comment; JavaScript breaks lines at U+2028 and U+2029 too.
 */
export function oneLine(text: string): string {
  return text.trim().replace(/\s*[\n\r\u2028\u2029]\s*/g, " ");
}

/** A spec name as one target language spells it, or why that language cannot hold it. */
export type Spelling = { name: string } | { problem: string };

/** The spelled name; a name validation refused never reaches a template, so a problem here is a bug. */
export function spelled(spelling: Spelling): string {
  if ("problem" in spelling) throw new Error(spelling.problem);
  return spelling.name;
}

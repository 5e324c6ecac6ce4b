// Text handling every target language shares.

/** CR and CRLF as LF: every output uses LF line ends. */
export function normalizeNewlines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** A spec name as one target language spells it, or why that language cannot hold it. */
export type Spelling = { name: string } | { problem: string };

/** The spelled name; a name validation refused never reaches a template, so a problem here is a bug. */
export function spelled(spelling: Spelling): string {
  if ("problem" in spelling) throw new Error(spelling.problem);
  return spelling.name;
}

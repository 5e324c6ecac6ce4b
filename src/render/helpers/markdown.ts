// Markdown text: plain spec text that renders back to itself in Python-Markdown and CommonMark.
import { normalizeNewlines } from "./text.js";

// Characters Python-Markdown and CommonMark both accept behind a backslash.
const BACKSLASH_ESCAPED = new Set(["\\", "`", "*", "_", "{", "}"]);
// Characters safest as entities: not every Markdown engine honours a backslash before them.
const ENTITY_ESCAPED: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "|": "&#124;",
  "~": "&#126;",
  "^": "&#94;",
};

/** The character that GFM's autolink extension would start a link at, written as an entity so that it does not. */
const ENTITY_ESCAPED_LINK_START: Record<string, string> = {
  ":": "&#58;",
  ".": "&#46;",
};

/**
 * Whether `i` is the `:` of `http://`, `https://` or `ftp://`, or the `.` of a `www.` that starts a word. GFM's
 * autolink extension (GitHub) links such bare URLs, reading entity-escaped characters after them as part of the
 * URL (`https://x"&gt;y` shows `&gt;y`); Python-Markdown and markdown-it leave them text, and so does the page.
 */
function startsBareLink(line: string, i: number): boolean {
  if (line[i] === ":")
    return (
      line.startsWith("//", i + 1) &&
      /(?:https?|ftp)$/i.test(line.slice(Math.max(0, i - 5), i))
    );
  return (
    line[i] === "." &&
    /(?:^|[^A-Za-z0-9])www$/i.test(line.slice(Math.max(0, i - 4), i))
  );
}

/**
 * Inline Markdown for one line of plain text: every character that could start markup is escaped,
 * except a bracketed citation like `[RFC3629]`, which is kept readable because it cannot become a link
 * (no `(`, `[` or `:` follows it, and every other bracket is escaped).
 */
function markdownInline(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "_" && isInsideWord(line, i)) out += ch;
    else if (startsBareLink(line, i)) out += ENTITY_ESCAPED_LINK_START[ch];
    else if (BACKSLASH_ESCAPED.has(ch)) out += `\\${ch}`;
    else if (ch in ENTITY_ESCAPED) out += ENTITY_ESCAPED[ch];
    else if (ch === "[") {
      const close = line.indexOf("]", i + 1);
      const inside = close === -1 ? "" : line.slice(i + 1, close);
      const after = line[close + 1];
      const isCitation =
        close !== -1 &&
        /^[^[\]]+$/.test(inside) &&
        !/^toc$/i.test(inside.trim()) &&
        (after === undefined || !"([:{".includes(after));
      if (isCitation) {
        out += `[${markdownInline(inside)}]`;
        i = close;
      } else out += "\\[";
    } else if (ch === "]") out += "\\]";
    else if (ch === "!" && line[i + 1] === "[") out += "\\!";
    else out += ch;
  }
  return out;
}

/**
 * Whether the underscore at `i` belongs to a run of underscores with an ASCII letter or digit on both sides, as in
 * snake_case or Entities_And_Escapes. Such a run can neither open nor close emphasis (Python-Markdown and CommonMark
 * agree), so it stays bare: a backslash there would show in the table of contents of Python-Markdown 3.4.
 */
function isInsideWord(line: string, i: number): boolean {
  let start = i;
  while (line[start - 1] === "_") start--;
  let end = i;
  while (line[end + 1] === "_") end++;
  return (
    /[A-Za-z0-9]/.test(line[start - 1] ?? "") &&
    /[A-Za-z0-9]/.test(line[end + 1] ?? "")
  );
}

/** Escapes what would make a line start a block (heading, list, quote, definition, admonition, details, rule). */
function markdownLineStart(escaped: string): string {
  return (
    escaped
      .replace(/^#/, "\\#")
      // Always, not only before a space: a line of dashes would be a rule or turn the line above into a heading.
      .replace(/^([-+])/, "\\$1")
      .replace(/^(\d+)([.)])/, "$1\\$2")
      .replace(/^:/, "&#58;")
      .replace(/^=/, "&#61;")
      .replace(/^!/, "\\!")
      .replace(/^\?/, "&#63;")
  );
}

/** Plain text as Markdown lines: the text renders back to itself, newlines included. */
export function markdownLines(text: string): string[] {
  return normalizeNewlines(text)
    .trim()
    .split("\n")
    .map((line) => {
      const trimmed = line.trim();
      return trimmed === "" ? "" : markdownLineStart(markdownInline(trimmed));
    })
    .filter((line, i, lines) => !(line === "" && lines[i - 1] === ""));
}

/**
 * A definition-list definition (`: text`), continuation lines indented so they stay in it. A definition of
 * several paragraphs ends with a blank line: without one, Python-Markdown's def_list would take everything up
 * to the next blank line (the following headings and definitions too) into its last paragraph.
 */
export function markdownDefinition(text: string): string {
  const lines = markdownLines(text);
  const definition = lines
    .map((line, i) =>
      i === 0 ? `: ${line}` : line === "" ? "" : `    ${line}`,
    )
    .join("\n");
  return lines.includes("") ? `${definition}\n` : definition;
}

/**
 * Lines of Markdown (already escaped, such as a code's facts) right above a plain text, each ended by a hard line
 * break (`<br />`), so that they sit close to it in one paragraph in every renderer; the text's further paragraphs
 * follow. Empty lead lines are left out.
 */
export function markdownWithLead(
  lead: readonly string[],
  text: string,
): string {
  return [
    ...lead.filter((line) => line !== "").map((line) => `${line}<br />`),
    ...markdownLines(text),
  ].join("\n");
}

/**
 * A bullet list item: `- ` and the lead (Markdown, such as an anchor and a term), then the text; its further lines
 * indented four spaces, which both Python-Markdown and CommonMark keep inside the item.
 */
export function markdownListItem(lead: string, text: string): string {
  const lines = markdownLines(text);
  return lines
    .map((line, i) =>
      i === 0 ? `- ${lead} ${line}` : line === "" ? "" : `    ${line}`,
    )
    .join("\n");
}

/** Plain text for a single table cell: newlines and runs of white space become one space. */
export function markdownCell(text: string): string {
  return markdownLines(text.replace(/\s+/g, " ")).join(" ");
}

/**
 * A URL as a Markdown link destination in angle brackets, `(<url>)`: characters that would end it (angle
 * brackets, white space) or start a code span (a backtick: Python-Markdown reads code spans before links)
 * are percent-encoded; everything else stays as written.
 */
export function markdownUrl(url: string): string {
  return url.replace(/[`<>\s]/g, percentEncode);
}

/**
 * A URL as a bare link destination `(url)` inside a table cell (prettier drops the angle brackets there):
 * also percent-encodes what would end the destination (parentheses), the cell (`|`) or start an escape (`\`).
 */
export function markdownCellUrl(url: string): string {
  return markdownUrl(url).replace(/[|()\\]/g, percentEncode);
}

function percentEncode(ch: string): string {
  return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

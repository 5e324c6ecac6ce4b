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
    (line[i - 1] === "w" || line[i - 1] === "W") &&
    /(?:^|[^A-Za-z0-9])www$/i.test(line.slice(Math.max(0, i - 4), i))
  );
}

/**
 * The characters markdownInline looks at; every other character is copied as it is. Inside a character
 * class only `\`, `]`, `^` and `-` need a backslash (one before a letter would make a class like `\d`).
 */
const LOOKED_AT = new RegExp(
  `[${[
    ...["_", ":", ".", "[", "]", "!"],
    ...BACKSLASH_ESCAPED,
    ...Object.keys(ENTITY_ESCAPED),
  ]
    .map((ch) => ch.replace(/[\\\]^-]/, "\\$&"))
    .join("")}]`,
  "g",
);

/** What each looked-at character that is not `_`, `:`, `.`, `[` or `!` becomes (those depend on their neighbours). */
const ALWAYS_ESCAPED = new Map<string, string>([
  ...[...BACKSLASH_ESCAPED].map((ch): [string, string] => [ch, `\\${ch}`]),
  ...Object.entries(ENTITY_ESCAPED),
  ["]", "\\]"],
]);

/**
 * Inline Markdown for one line of plain text: every character that could start markup is escaped,
 * except a bracketed citation like `[RFC3629]`, which is kept readable because it cannot become a link
 * (no `(`, `[` or `:` follows it, and every other bracket is escaped). One pass over the line: runs of
 * underscores and bracket pairs are each looked at once, so the work is linear in the text. A regular
 * expression finds the next character to look at (over 10,000 descriptions, a loop testing every
 * character took ~1.6 times as long), and the text between two escapes is copied as one slice (10,000
 * codes' descriptions are millions of characters, most of them plain).
 */
function markdownInline(line: string): string {
  LOOKED_AT.lastIndex = 0;
  if (!LOOKED_AT.test(line)) return line;
  let out = "";
  // Where the text not yet copied to `out` starts.
  let copied = 0;
  // The next `]` and `[` at or after the scan position, found once per bracket (both only move forward).
  let nextClose = -1;
  let nextOpen = -1;
  // LOOKED_AT.lastIndex is just past the character found; a citation's recursive call moves it, so
  // each search sets it again.
  for (let i = LOOKED_AT.lastIndex - 1; ; i = LOOKED_AT.lastIndex - 1) {
    const ch = line[i]!;
    let escaped: string | undefined;
    let last = i;
    if (ch === "_") {
      while (line[last + 1] === "_") last++;
      if (!isInsideWord(line, i, last)) escaped = "\\_".repeat(last - i + 1);
    } else if (ch === ":" || ch === ".") {
      if (startsBareLink(line, i)) escaped = ENTITY_ESCAPED_LINK_START[ch];
    } else if (ch === "[") {
      if (nextClose <= i) nextClose = indexFrom(line, "]", i + 1);
      if (nextOpen <= i) nextOpen = indexFrom(line, "[", i + 1);
      const close = nextClose;
      const inside = close === line.length ? "" : line.slice(i + 1, close);
      const after = line[close + 1];
      const isCitation =
        close < line.length &&
        close > i + 1 &&
        nextOpen > close &&
        !/^toc$/i.test(inside.trim()) &&
        (after === undefined || !"([:{".includes(after));
      if (isCitation) {
        escaped = `[${markdownInline(inside)}]`;
        last = close;
      } else escaped = "\\[";
    } else if (ch === "!") {
      if (line[i + 1] === "[") escaped = "\\!";
    } else escaped = ALWAYS_ESCAPED.get(ch);
    if (escaped !== undefined) {
      out += line.slice(copied, i) + escaped;
      copied = last + 1;
    }
    LOOKED_AT.lastIndex = last + 1;
    if (!LOOKED_AT.test(line)) break;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** The index of `ch` in line at or after `from`, or line.length when there is none. */
function indexFrom(line: string, ch: string, from: number): number {
  const found = line.indexOf(ch, from);
  return found === -1 ? line.length : found;
}

/**
 * Whether the run of underscores from `start` to `end` has an ASCII letter or digit on both sides, as in
 * snake_case or Entities_And_Escapes. Such a run can neither open nor close emphasis (Python-Markdown and CommonMark
 * agree), so it stays bare: a backslash there would show in the table of contents of Python-Markdown 3.4.
 */
function isInsideWord(line: string, start: number, end: number): boolean {
  return (
    /[A-Za-z0-9]/.test(line[start - 1] ?? "") &&
    /[A-Za-z0-9]/.test(line[end + 1] ?? "")
  );
}

/** The first characters markdownLineStart escapes. */
const LINE_START_MARKUP = /^[#\-+\d:=!?]/;

/** Escapes what would make a line start a block (heading, list, quote, definition, admonition, details, rule). */
function markdownLineStart(escaped: string): string {
  if (!LINE_START_MARKUP.test(escaped)) return escaped;
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
  // Most spec texts are one line: no splitting, no list of lines to filter.
  if (!/[\n\r]/.test(text)) return [markdownLine(text.trim())];
  return normalizeNewlines(text)
    .trim()
    .split("\n")
    .map((line) => markdownLine(line.trim()))
    .filter((line, i, lines) => !(line === "" && lines[i - 1] === ""));
}

/** Plain text as Markdown, its lines joined. */
export function markdownText(text: string): string {
  return markdownLines(text).join("\n");
}

/** One trimmed line of plain text as a line of Markdown. */
function markdownLine(trimmed: string): string {
  return trimmed === "" ? "" : markdownLineStart(markdownInline(trimmed));
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
  const spaced = /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, " ") : text;
  return markdownLine(spaced.trim());
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

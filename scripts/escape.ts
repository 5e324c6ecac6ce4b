// Escaping, one function per target language: spec text is data and must stay data in every output.

const PRINT_WIDTH = 80;

/** A TypeScript/JavaScript string literal, quoted the way prettier would quote it. */
export function tsString(text: string): string {
  const doubleQuoted = JSON.stringify(text);
  const doubles = text.split('"').length - 1;
  const singles = text.split("'").length - 1;
  if (doubles <= singles) return doubleQuoted;
  const inner = doubleQuoted.slice(1, -1).replace(/\\(.)|'/g, (match, escaped: string | undefined) => {
    if (escaped === undefined) return "\\'";
    return escaped === '"' ? '"' : match;
  });
  return `'${inner}'`;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** How wide prettier takes text to be: wide East Asian characters and emoji count twice, combining marks not at all. */
export function displayWidth(text: string): number {
  // Printable ASCII is one column a character; most spec text is, so it skips the per-character tests.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u.test(ch) ? 2 : 1;
  }
  return width;
}

/**
 * `key: value,` inside an object literal at nesting `level`, broken after the colon exactly where
 * prettier breaks it: the line is wider than 80 columns and the key is not shorter than 5 characters.
 */
export function tsProperty(key: string, value: unknown, level: number): string {
  const indent = "  ".repeat(level);
  const literal = typeof value === "string" ? tsString(value) : String(value);
  const line = `${indent}${key}: ${literal},`;
  if (displayWidth(line) <= PRINT_WIDTH || key.length < 5) return line;
  return `${indent}${key}:\n${indent}  ${literal},`;
}

/** `export type name = type;`, broken after `=` as prettier breaks it when wider than 80 columns. */
export function tsTypeAlias(name: string, type: string): string {
  const line = `export type ${name} = ${type};`;
  return displayWidth(line) <= PRINT_WIDTH ? line : `export type ${name} =\n  ${type};`;
}

/**
 * `prefix[[a, b], [c, d]]suffix`, an array of rows, laid out as prettier lays it out: two rows or more
 * always one a line; a single row on the declaration's line when it fits; a row too wide for its
 * line, one value a line.
 */
export function tsRows(prefix: string, rows: readonly (readonly unknown[])[], suffix: string): string {
  const literal = (value: unknown) => (typeof value === "string" ? tsString(value) : String(value));
  const inline = rows.map((row) => `[${row.map(literal).join(", ")}]`);
  if (rows.length === 0) return `${prefix}[]${suffix}`;
  const oneLine = `${prefix}[${inline[0]}]${suffix}`;
  if (rows.length === 1 && displayWidth(oneLine) <= PRINT_WIDTH) return oneLine;
  const lines = rows.map((row, index) => {
    const line = `  ${inline[index]},`;
    return displayWidth(line) <= PRINT_WIDTH ? line : `  [\n${row.map((value) => `    ${literal(value)},\n`).join("")}  ],`;
  });
  return `${prefix}[\n${lines.join("\n")}\n]${suffix}`;
}

/** `prefix{ a, b }suffix` (an export list, an object of shorthand properties) on one line when it fits, else one item a line. */
export function tsBracedList(prefix: string, items: readonly string[], suffix: string): string {
  const line = `${prefix}{ ${items.join(", ")} }${suffix}`;
  return displayWidth(line) <= PRINT_WIDTH ? line : `${prefix}{\n${items.map((item) => `  ${item},\n`).join("")}}${suffix}`;
}

/**
 * The lines of a JSDoc comment body holding `text`. A comment cannot contain its own terminator, and
 * TypeScript reads an `@` that starts a word (at line start or after white space) as a tag, so `*\/`
 * and `\@` stand for them; CR/CRLF become LF. `user@example.com` keeps its `@`.
 */
export function jsdocLines(text: string): string[] {
  return normalizeNewlines(text)
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .map((line) => line.replace(/(^|\s)@/g, "$1\\@").trimEnd());
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
  else if (typeof tags.deprecated === "string") tagLines.push(`@deprecated ${jsdocLines(tags.deprecated.trim()).join(" ")}`);
  if (tagLines.length === 0 && body.length === 1) return `${indent}/** ${body[0]} */`;
  const lines = tagLines.length > 0 ? [...body, "", ...tagLines] : body;
  return [`${indent}/**`, ...lines.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`].join("\n");
}

/** A JSON value literal. */
export function jsonValue(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * `"key": [ ... ]` at nesting level `level`, laid out the way prettier lays out JSON arrays:
 * on one line when it fits, numbers filled across lines, anything else one item a line.
 */
export function jsonArrayMember(key: string, items: readonly (string | number)[], level: number): string {
  const indent = "  ".repeat(level);
  const head = `${JSON.stringify(key)}: `;
  const literals = items.map((item) => JSON.stringify(item));
  const oneLine = `[${literals.join(", ")}]`;
  // The trailing comma a member may carry counts against the width too.
  if (indent.length + head.length + oneLine.length + 1 <= PRINT_WIDTH) return `${head}${oneLine}`;
  const inner = `${indent}  `;
  if (items.every((item) => typeof item === "number")) {
    const lines: string[] = [];
    let line = "";
    literals.forEach((literal, i) => {
      const piece = i === literals.length - 1 ? literal : `${literal},`;
      if (line !== "" && inner.length + line.length + 1 + piece.length > PRINT_WIDTH) {
        lines.push(line);
        line = piece;
      } else line = line === "" ? piece : `${line} ${piece}`;
    });
    lines.push(line);
    return `${head}[\n${lines.map((l) => inner + l).join("\n")}\n${indent}]`;
  }
  return `${head}[\n${literals.map((l) => inner + l).join(",\n")}\n${indent}]`;
}

// Characters Python-Markdown and CommonMark both accept behind a backslash.
const BACKSLASH_ESCAPED = new Set(["\\", "`", "*", "_", "{", "}"]);
// Characters safest as entities: not every Markdown engine honours a backslash before them.
const ENTITY_ESCAPED: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;" };

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
    else if (BACKSLASH_ESCAPED.has(ch)) out += `\\${ch}`;
    else if (ch in ENTITY_ESCAPED) out += ENTITY_ESCAPED[ch];
    else if (ch === "[") {
      const close = line.indexOf("]", i + 1);
      const inside = close === -1 ? "" : line.slice(i + 1, close);
      const after = line[close + 1];
      const isCitation = close !== -1 && /^[^[\]]+$/.test(inside) && !/^toc$/i.test(inside.trim()) && (after === undefined || !"([:{".includes(after));
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
  return /[A-Za-z0-9]/.test(line[start - 1] ?? "") && /[A-Za-z0-9]/.test(line[end + 1] ?? "");
}

/** Escapes what would make a line start a block (heading, list, quote, definition, admonition, details, rule). */
function markdownLineStart(escaped: string): string {
  return escaped
    .replace(/^#/, "\\#")
    // Always, not only before a space: a line of dashes would be a rule or turn the line above into a heading.
    .replace(/^([-+])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^:/, "&#58;")
    .replace(/^=/, "&#61;")
    .replace(/^!/, "\\!")
    .replace(/^\?/, "&#63;");
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
  const definition = lines.map((line, i) => (i === 0 ? `: ${line}` : line === "" ? "" : `    ${line}`)).join("\n");
  return lines.includes("") ? `${definition}\n` : definition;
}

/** Plain text for a single table cell: newlines and runs of white space become one space. */
export function markdownCell(text: string): string {
  return markdownLines(text.replace(/\s+/g, " ")).join(" ");
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * A Markdown table laid out the way prettier lays it out: every column padded to its widest cell.
 * `columns` are header titles, with `:right` appended for right-aligned ones; `rows` are lines
 * `| a | b |` whose cells are already escaped (so they hold no bare `|`).
 */
export function markdownTable(columns: readonly string[], rows: string): string {
  const right = columns.map((column) => column.endsWith(":right"));
  const table = [columns.map((column) => column.replace(/:right$/, ""))];
  for (const line of rows.split("\n")) {
    const row = line.trim();
    if (row !== "") table.push(row.replace(/^\|\s?/, "").replace(/\s?\|$/, "").split(" | ").map((cell) => cell.trim()));
  }
  // Each cell's width is measured once: a table of 10,000 codes has 40,000 cells.
  const cellWidths = table.map((cells) => columns.map((_, i) => displayWidth(cells[i] ?? "")));
  const widths = columns.map((_, i) => cellWidths.reduce((widest, row) => Math.max(widest, row[i]!), 3));
  const line = (cells: readonly string[], rowWidths: readonly number[]) => {
    const padded = widths.map((width, i) => {
      const fill = " ".repeat(width - rowWidths[i]!);
      return right[i] ? fill + (cells[i] ?? "") : (cells[i] ?? "") + fill;
    });
    return `| ${padded.join(" | ")} |`;
  };
  const delimiter = `| ${widths.map((width, i) => (right[i] ? `${"-".repeat(width - 1)}:` : "-".repeat(width))).join(" | ")} |`;
  const lines = table.map((cells, row) => line(cells, cellWidths[row]!));
  return [lines[0], delimiter, ...lines.slice(1)].join("\n");
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

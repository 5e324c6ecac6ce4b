// Prettier's layout, emulated: outputs are written already formatted, so prettier never runs during gen.
import { tsString } from "./helpers/typescript.js";
import { joinedInChunks } from "./joinedInChunks.js";

const PRINT_WIDTH = 80;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** How wide prettier takes text to be: wide East Asian characters and emoji count twice, combining marks not at all. */
export function displayWidth(text: string): number {
  // Printable ASCII is one column a character; most spec text is, so it skips the per-character tests.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u.test(
        ch,
      )
        ? 2
        : 1;
  }
  return width;
}

/**
 * `key: value,` inside an object literal at nesting `level`, broken after the colon exactly where
 * prettier breaks it: the line is wider than 80 columns, the key is not shorter than 5 characters,
 * and the value is a string or a negative number (prettier never moves a bare number or boolean).
 */
export function tsProperty(key: string, value: unknown, level: number): string {
  const indent = "  ".repeat(level);
  const literal = typeof value === "string" ? tsString(value) : String(value);
  const line = `${indent}${key}: ${literal},`;
  const movable =
    typeof value === "string" || (typeof value === "number" && value < 0);
  if (key.length < 5 || !movable || displayWidth(line) <= PRINT_WIDTH)
    return line;
  return `${indent}${key}:\n${indent}  ${literal},`;
}

/** `export type name = type;` (or `keyword name = type;`), broken after `=` as prettier breaks it when wider than 80 columns. */
export function tsTypeAlias(
  name: string,
  type: string,
  keyword = "export type",
): string {
  const line = `${keyword} ${name} = ${type};`;
  return displayWidth(line) <= PRINT_WIDTH
    ? line
    : `${keyword} ${name} =\n  ${type};`;
}

/** A string or number literal, as prettier prints it. */
function tsLiteral(value: unknown): string {
  return typeof value === "string" ? tsString(value) : String(value);
}

/**
 * `prefix[[a, b], [c, d]]suffix`, an array of rows, laid out as prettier lays it out: two rows or more
 * always one a line; a single row on the declaration's line when it fits; a row too wide for its
 * line, one value a line. The prefix's leading spaces are the indentation of the closing bracket.
 */
export function tsRows(
  prefix: string,
  rows: readonly (readonly unknown[])[],
  suffix: string,
): string {
  const indent = /^ */.exec(prefix)![0];
  if (rows.length === 0) return `${prefix}[]${suffix}`;
  const inline = (row: readonly unknown[]) =>
    `[${row.map(tsLiteral).join(", ")}]`;
  if (rows.length === 1) {
    const oneLine = `${prefix}[${inline(rows[0]!)}]${suffix}`;
    if (displayWidth(oneLine) <= PRINT_WIDTH) return oneLine;
  }
  const body = joinedInChunks(rows, "\n", (row) => {
    const line = `${indent}  ${inline(row)},`;
    return displayWidth(line) <= PRINT_WIDTH
      ? line
      : `${indent}  [\n${row.map((value) => `${indent}    ${tsLiteral(value)},\n`).join("")}${indent}  ],`;
  });
  return `${prefix}[\n${body}\n${indent}]${suffix}`;
}

/** `prefix["a", "b"]suffix`, a list of strings, on one line when it fits, else one a line; indented as tsRows. */
export function tsList(
  prefix: string,
  items: readonly string[],
  suffix: string,
): string {
  const indent = /^ */.exec(prefix)![0];
  const oneLine = `${prefix}[${items.map(tsLiteral).join(", ")}]${suffix}`;
  if (displayWidth(oneLine) <= PRINT_WIDTH) return oneLine;
  return `${prefix}[\n${items.map((item) => `${indent}  ${tsLiteral(item)},\n`).join("")}${indent}]${suffix}`;
}

/** A number as an object literal's key: bare when it is a non-negative integer, else quoted (as `"-5"`). */
export function tsNumberKey(value: number): string {
  return /^(0|[1-9][0-9]*)$/.test(String(value))
    ? String(value)
    : JSON.stringify(String(value));
}

/** `prefix{ a, b }suffix` (an export list, an object of shorthand properties) on one line when it fits, else one item a line. */
export function tsBracedList(
  prefix: string,
  items: readonly string[],
  suffix: string,
): string {
  const line = `${prefix}{ ${items.join(", ")} }${suffix}`;
  return displayWidth(line) <= PRINT_WIDTH
    ? line
    : `${prefix}{\n${items.map((item) => `  ${item},\n`).join("")}}${suffix}`;
}

/**
 * `"key": [ ... ]` at nesting level `level`, laid out the way prettier lays out JSON arrays:
 * on one line when it fits, numbers filled across lines, anything else one item a line.
 */
export function jsonArrayMember(
  key: string,
  items: readonly (string | number)[],
  level: number,
): string {
  const indent = "  ".repeat(level);
  const head = `${JSON.stringify(key)}: `;
  const literals = items.map((item) => JSON.stringify(item));
  // The trailing comma a member may carry counts against the width too. Measured without joining: a
  // list of 10,000 descriptions on one line would be megabytes, only to be found too wide.
  const separators = 2 * Math.max(literals.length - 1, 0);
  let width = indent.length + head.length + 2 + separators + 1;
  for (let i = 0; i < literals.length && width <= PRINT_WIDTH; i++)
    width += literals[i]!.length;
  if (width <= PRINT_WIDTH) return `${head}[${literals.join(", ")}]`;
  const inner = `${indent}  `;
  if (items.every((item) => typeof item === "number")) {
    const lines: string[] = [];
    let line = "";
    literals.forEach((literal, i) => {
      const piece = i === literals.length - 1 ? literal : `${literal},`;
      if (
        line !== "" &&
        inner.length + line.length + 1 + piece.length > PRINT_WIDTH
      ) {
        lines.push(line);
        line = piece;
      } else line = line === "" ? piece : `${line} ${piece}`;
    });
    lines.push(line);
    return `${head}[\n${lines.map((l) => inner + l).join("\n")}\n${indent}]`;
  }
  return `${head}[\n${joinedInChunks(literals, ",\n", (l) => inner + l)}\n${indent}]`;
}

/**
 * A Markdown table laid out the way prettier lays it out (see markdownTableOfCells); `rows` are lines
 * `| a | b |` whose cells are already escaped (so they hold no bare `|`).
 */
export function markdownTable(
  columns: readonly string[],
  rows: string,
): string {
  const cells: string[][] = [];
  for (const line of rows.split("\n")) {
    const row = line.trim();
    if (row !== "")
      cells.push(
        row
          .replace(/^\|\s?/, "")
          .replace(/\s?\|$/, "")
          .split(" | ")
          .map((cell) => cell.trim()),
      );
  }
  return markdownTableOfCells(columns, cells);
}

/**
 * A Markdown table laid out the way prettier lays it out: every column padded to its widest cell.
 * `columns` are header titles, with `:right` appended for right-aligned ones; `rows` hold each row's
 * cells, already escaped and trimmed.
 */
export function markdownTableOfCells(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const right = columns.map((column) => column.endsWith(":right"));
  const table = [
    columns.map((column) => column.replace(/:right$/, "")),
    ...rows,
  ];
  // Each cell's width is measured once: a table of 10,000 codes has 40,000 cells.
  const cellWidths = table.map((cells) =>
    columns.map((_, i) => displayWidth(cells[i] ?? "")),
  );
  const widths = columns.map((_, i) =>
    cellWidths.reduce((widest, row) => Math.max(widest, row[i]!), 3),
  );
  // One string of spaces per padding width, not one per cell.
  const fills: string[] = [];
  const line = (cells: readonly string[], rowWidths: readonly number[]) => {
    let text = "|";
    for (let i = 0; i < widths.length; i++) {
      const cell = cells[i] ?? "";
      const padding = widths[i]! - rowWidths[i]!;
      const fill = (fills[padding] ??= " ".repeat(padding));
      text += right[i] ? ` ${fill}${cell} |` : ` ${cell}${fill} |`;
    }
    return text;
  };
  const delimiter = `| ${widths.map((width, i) => (right[i] ? `${"-".repeat(width - 1)}:` : "-".repeat(width))).join(" | ")} |`;
  const header = line(table[0]!, cellWidths[0]!);
  if (rows.length === 0) return `${header}\n${delimiter}`;
  const body = joinedInChunks(rows, "\n", (cells, row) =>
    line(cells, cellWidths[row + 1]!),
  );
  return `${header}\n${delimiter}\n${body}`;
}

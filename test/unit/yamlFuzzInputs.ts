// What the differential fuzzer of test/unit/fast-yaml-fuzz.test.ts feeds both YAML readers: edits
// to a spec's lines (scalars in every style, indentation, comments, flow and block lists, CRLF,
// stray indicators), and YAML trees written out with the fast reader's constructs nested any way.
import fc from "fast-check";

/** Scalars YAML reads in surprising ways: every core-schema form, near misses, indicators, odd characters. */
export const TRICKY = [
  "",
  "~",
  "null",
  "Null",
  "NULL",
  "nul",
  "true",
  "True",
  "TRUE",
  "tRue",
  "false",
  "yes",
  "no",
  "on",
  "0",
  "-0",
  "+0",
  "017",
  "0o17",
  "0o8",
  "0x1F",
  "0X1F",
  "+0x1F",
  "0b11",
  "1_000",
  "1000",
  "65535",
  "99999999999999999999",
  "-1",
  "1.5",
  "1.50",
  "1.",
  ".5",
  "-.5",
  "1e3",
  "1E+3",
  "1e",
  ".inf",
  "-.Inf",
  "+.INF",
  ".nan",
  ".NaN",
  "12:30",
  "a: b",
  "a:b",
  "a #b",
  "a#b",
  "#x",
  "- x",
  "-x",
  "? x",
  "?x",
  ":x",
  "x:",
  "http://example.com:80/a#b",
  "[x]",
  "{x: y}",
  "x, y",
  "@x",
  "`x`",
  "%x",
  "!x",
  "!!str x",
  "&x",
  "*x",
  "|",
  ">",
  "'",
  '"',
  "''",
  "\\",
  "\\n",
  " x",
  "x ",
  "x  y",
  "x\ty",
  "\u2028",
  "\u0085",
  "é",
  "😀",
  "---",
  "...",
  "<<",
  "=",
];

const textChar = fc.constantFrom(
  "a",
  "b",
  "Z",
  "0",
  "9",
  " ",
  " ",
  ":",
  "#",
  "-",
  "'",
  '"',
  "\\",
  ",",
  "[",
  "]",
  "{",
  "}",
  "&",
  "*",
  "!",
  "|",
  ">",
  "?",
  "%",
  "@",
  "`",
  "\t",
  "\n",
  "\n",
  "é",
  "\u2028",
  "😀",
);
const someText = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: textChar, maxLength: 24 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...TRICKY),
        fc.string({ unit: textChar, maxLength: 6 }),
      ),
      { minLength: 2, maxLength: 8 },
    )
    .map((words) => words.join(" ")),
);

type Style =
  | "plain"
  | "single"
  | "double"
  | "doubleEscaped"
  | "block"
  | "plainLines"
  | "singleLines"
  | "doubleLines";

/**
 * `value` written in a scalar style, for a key or item whose line is indented `indent`. `layout`
 * shapes the lines of the multi-line styles: where words break onto new lines, how deep each new line
 * is indented, trailing spaces, blank lines.
 */
function render(
  value: string,
  style: Style,
  indent: number,
  block: BlockStyle,
  layout: number[],
): string {
  switch (style) {
    case "plain":
      return value;
    case "single":
      return `'${value.replaceAll("'", "''")}'`;
    case "double":
      return JSON.stringify(value);
    case "doubleEscaped":
      return `"${[...value].map(yamlEscape).join("")}"`;
    case "plainLines":
      return overLines(value, indent, layout);
    case "singleLines":
      return `'${overLines(value.replaceAll("'", "''"), indent, layout)}'`;
    case "doubleLines":
      return `"${overLines(
        value.replace(/["\\]/g, (char) => `\\${char}`),
        indent,
        layout,
      )}"`;
    case "block": {
      const header = `${block.folded ? ">" : "|"}${block.chomp}${block.indicator ? String(block.extraIndent) : ""}`;
      const lines = value.split("\n").map((line, n) => {
        const shape = layout[n % Math.max(1, layout.length)] ?? 0;
        const pad = " ".repeat(
          indent +
            block.extraIndent +
            (n > 0 && shape % 4 === 1 ? 1 + (shape % 3) : 0),
        );
        return line === ""
          ? " ".repeat(
              shape % 5 === 2
                ? indent + block.extraIndent + (shape % 3) - 1
                : 0,
            )
          : pad + line;
      });
      return `${header}\n${lines.join("\n")}`;
    }
  }
}

/** The text with its spaces (and line breaks) spread over lines as `layout` says. */
function overLines(text: string, indent: number, layout: number[]): string {
  let n = 0;
  return text.replace(/ /g, (space) => {
    const shape = layout[n++ % Math.max(1, layout.length)] ?? 0;
    if (shape % 3 !== 0) return space;
    const trailing = " ".repeat(shape % 2) + (shape % 7 === 3 ? "\t" : "");
    const blank = shape % 5 === 0 ? "\n" : "";
    return `${trailing}\n${blank}${" ".repeat(indent + 1 + (shape % 4))}`;
  });
}

function yamlEscape(char: string): string {
  const escapes: Record<string, string> = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\t": "\\t",
    "\u2028": "\\L",
    "\u0085": "\\N",
    é: "\\xe9",
    "😀": "\\U0001F600",
    " ": " ",
  };
  return escapes[char] ?? char;
}

interface BlockStyle {
  folded: boolean;
  chomp: "" | "-" | "+";
  indicator: boolean;
  extraIndent: number;
}

const blockStyle = fc.record({
  folded: fc.boolean(),
  chomp: fc.constantFrom("" as const, "-" as const, "+" as const),
  indicator: fc.boolean(),
  extraIndent: fc.integer({ min: 1, max: 4 }),
});

/** One edit to a spec's lines; `line` picks a line (modulo the count). */
type Mutation =
  | {
      kind: "scalar";
      line: number;
      value: string;
      style: Style;
      block: BlockStyle;
      layout: number[];
    }
  | { kind: "indent"; line: number; by: number }
  | { kind: "comment"; line: number; indent: number; text: string }
  | { kind: "trailingComment"; line: number; spaces: number; text: string }
  | { kind: "blank"; line: number; spaces: number }
  | { kind: "trailingSpaces"; line: number; spaces: number }
  | { kind: "fold"; line: number; indent: number; blankLines: number }
  | { kind: "valueBelow"; line: number; by: number }
  | { kind: "flowToBlock"; line: number; sameIndent: boolean }
  | { kind: "blockToFlow"; line: number; multiline: boolean }
  | { kind: "quoteKey"; line: number; double: boolean }
  | { kind: "duplicate"; line: number }
  | { kind: "insert"; line: number; column: number; text: string }
  | { kind: "crlf" };

const lineIndex = fc.nat({ max: 10_000 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("scalar" as const),
      line: lineIndex,
      value: someText,
      style: fc.constantFrom<Style>(
        "plain",
        "single",
        "double",
        "doubleEscaped",
        "block",
        "plainLines",
        "singleLines",
        "doubleLines",
      ),
      block: blockStyle,
      layout: fc.array(fc.nat({ max: 419 }), { maxLength: 6 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("indent" as const),
      line: lineIndex,
      by: fc.integer({ min: -3, max: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("comment" as const),
      line: lineIndex,
      indent: fc.nat({ max: 8 }),
      text: fc.string({ maxLength: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("trailingComment" as const),
      line: lineIndex,
      spaces: fc.nat({ max: 2 }),
      text: fc.string({ maxLength: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("blank" as const),
      line: lineIndex,
      spaces: fc.nat({ max: 8 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("trailingSpaces" as const),
      line: lineIndex,
      spaces: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("fold" as const),
      line: lineIndex,
      indent: fc.nat({ max: 8 }),
      blankLines: fc.nat({ max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("valueBelow" as const),
      line: lineIndex,
      by: fc.integer({ min: 0, max: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("flowToBlock" as const),
      line: lineIndex,
      sameIndent: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("blockToFlow" as const),
      line: lineIndex,
      multiline: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("quoteKey" as const),
      line: lineIndex,
      double: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("duplicate" as const),
      line: lineIndex,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("insert" as const),
      line: lineIndex,
      column: fc.nat({ max: 80 }),
      text: fc.constantFrom(
        ":",
        " ",
        "#",
        " #",
        "- ",
        "-",
        "'",
        '"',
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "!t ",
        "? ",
        "|",
        ">",
        "\t",
        "\n",
        "  ",
        "---\n",
        "%YAML 1.2\n",
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("crlf" as const) }) },
);

const KEY_LINE = /^(\s*(?:- )?)([\w"']+):( +)(.*)$/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

export function mutate(lines: string[], edit: Mutation): string[] {
  if (edit.kind === "crlf")
    return lines.map((line, n) => (n < lines.length - 1 ? `${line}\r` : line));
  const at = edit.line % lines.length;
  const line = lines[at]!;
  const replace = (...replacement: string[]) => [
    ...lines.slice(0, at),
    ...replacement,
    ...lines.slice(at + 1),
  ];
  switch (edit.kind) {
    case "scalar": {
      const match = KEY_LINE.exec(line);
      if (!match) return lines;
      return replace(
        `${match[1]}${match[2]}:${match[3]}${render(edit.value, edit.style, indentOf(line) + (match[1]!.endsWith("- ") ? 2 : 0), edit.block, edit.layout)}`,
      );
    }
    case "indent":
      return replace(
        edit.by >= 0
          ? " ".repeat(edit.by) + line
          : line.slice(Math.min(-edit.by, indentOf(line))),
      );
    case "comment":
      return [
        ...lines.slice(0, at),
        `${" ".repeat(edit.indent)}#${edit.text.replace(/[\r\n]/g, "")}`,
        ...lines.slice(at),
      ];
    case "trailingComment":
      return replace(
        `${line}${" ".repeat(edit.spaces)}#${edit.text.replace(/[\r\n]/g, "")}`,
      );
    case "blank":
      return [
        ...lines.slice(0, at),
        " ".repeat(edit.spaces),
        ...lines.slice(at),
      ];
    case "trailingSpaces":
      return replace(line + " ".repeat(edit.spaces));
    case "fold": {
      const space = line.indexOf(
        " ",
        indentOf(line) + 1 + Math.floor((line.length - indentOf(line)) / 2),
      );
      if (space === -1) return lines;
      return replace(
        line.slice(0, space),
        ...Array<string>(edit.blankLines).fill(""),
        " ".repeat(edit.indent) + line.slice(space + 1),
      );
    }
    case "valueBelow": {
      const match = KEY_LINE.exec(line);
      if (!match) return lines;
      return replace(
        `${match[1]}${match[2]}:`,
        " ".repeat(match[1]!.length + edit.by) + match[4],
      );
    }
    case "flowToBlock": {
      const match = /^(\s*)(\w+): \[(.*)\]\s*$/.exec(line);
      if (!match) return lines;
      const pad = match[1]! + (edit.sameIndent ? "" : "  ");
      const items =
        match[3]!.trim() === ""
          ? []
          : match[3]!.split(",").map((item) => `${pad}- ${item.trim()}`);
      return items.length === 0
        ? lines
        : replace(`${match[1]}${match[2]}:`, ...items);
    }
    case "blockToFlow": {
      const match = /^(\s*)(\w+):\s*$/.exec(line);
      if (!match) return lines;
      let end = at + 1;
      const items: string[] = [];
      while (
        end < lines.length &&
        /^\s*- [^:]*$/.test(lines[end]!) &&
        indentOf(lines[end]!) >= match[1]!.length
      ) {
        items.push(lines[end]!.trim().slice(2));
        end++;
      }
      if (items.length === 0) return lines;
      const joined = edit.multiline
        ? `[\n${match[1]}  ${items.join(`,\n${match[1]}  `)}\n${match[1]}]`
        : `[${items.join(", ")}]`;
      return [
        ...lines.slice(0, at),
        `${match[1]}${match[2]}: ${joined}`,
        ...lines.slice(end),
      ];
    }
    case "quoteKey": {
      const match = /^(\s*(?:- )?)(\w+):(.*)$/.exec(line);
      if (!match) return lines;
      return replace(
        `${match[1]}${edit.double ? `"${match[2]}"` : `'${match[2]}'`}:${match[3]}`,
      );
    }
    case "duplicate":
      return [...lines.slice(0, at + 1), line, ...lines.slice(at + 1)];
    case "insert": {
      const column = Math.min(edit.column, line.length);
      return replace(line.slice(0, column) + edit.text + line.slice(column));
    }
  }
}

/** A YAML tree to write out: the constructs of the fast reader's subset, nested any way. */
type Tree =
  | {
      kind: "scalar";
      value: string;
      style: Style;
      block: BlockStyle;
      layout: number[];
    }
  | { kind: "map"; flow: boolean; entries: [string, Tree][] }
  | { kind: "seq"; flow: boolean; items: Tree[] };

export const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      kind: fc.constant("scalar" as const),
      value: someText,
      style: fc.constantFrom<Style>(
        "plain",
        "single",
        "double",
        "doubleEscaped",
        "block",
        "plainLines",
        "singleLines",
        "doubleLines",
      ),
      block: blockStyle,
      layout: fc.array(fc.nat({ max: 419 }), { maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant("map" as const),
      flow: fc.boolean(),
      entries: fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom("name", "code", "flags", "a", "b"),
            someText,
          ),
          tie("tree"),
        ),
        { maxLength: 4 },
      ),
    }),
    fc.record({
      kind: fc.constant("seq" as const),
      flow: fc.boolean(),
      items: fc.array(tie("tree"), { maxLength: 4 }),
    }),
  ),
})).tree;

/** How a tree is written: indentation steps, comment and blank lines between lines, CRLF. */
interface Writing {
  step: number;
  sameIndentLists: boolean;
  /** Scalars on the line below their key or dash. */
  valuesBelow: boolean;
  comments: number[];
  /** Comment or blank lines right below a key whose value is on the lines below. */
  belowKeys: number[];
  crlf: boolean;
}

export const writing = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  sameIndentLists: fc.boolean(),
  valuesBelow: fc.boolean(),
  comments: fc.array(fc.nat({ max: 99 }), { maxLength: 8 }),
  belowKeys: fc.array(fc.nat({ max: 99 }), { maxLength: 3 }),
  crlf: fc.boolean(),
});

/** A flow node's text (one line, or over lines for a multi-line scalar); block collections inside a flow one are written as flow. */
function flowText(node: Tree, indent: number): string {
  if (node.kind === "scalar")
    return render(
      node.value,
      node.style === "block" ? "double" : node.style,
      indent,
      node.block,
      node.layout,
    );
  if (node.kind === "seq")
    return `[${node.items.map((item) => flowText(item, indent)).join(", ")}]`;
  return `{${node.entries.map(([key, value]) => `${render(key, "plain", indent, DEFAULT_BLOCK, [])}: ${flowText(value, indent)}`).join(", ")}}`;
}

const DEFAULT_BLOCK: BlockStyle = {
  folded: false,
  chomp: "",
  indicator: false,
  extraIndent: 1,
};

/** The lines of `node` as the value after `lead` (a key and `:`, or `-`) at column `indent`. */
function blockLines(
  lead: string,
  node: Tree,
  indent: number,
  how: Writing,
): string[] {
  const pad = " ".repeat(indent);
  const isBlockCollection =
    node.kind !== "scalar" &&
    !node.flow &&
    (node.kind === "map" ? node.entries.length : node.items.length) > 0;
  if (!isBlockCollection) {
    const text =
      node.kind === "scalar"
        ? render(node.value, node.style, indent, node.block, node.layout)
        : flowText(node, indent);
    if (how.valuesBelow && node.kind === "scalar" && node.style !== "block")
      return [
        `${pad}${lead}`,
        ...`${pad}${" ".repeat(how.step)}${text}`.split("\n"),
      ];
    return `${pad}${lead} ${text}`.split("\n");
  }
  const inner =
    node.kind === "seq" && how.sameIndentLists && lead.endsWith(":")
      ? indent
      : indent + how.step;
  return [`${pad}${lead}`, ...collectionLines(node, inner, how)];
}

function collectionLines(node: Tree, indent: number, how: Writing): string[] {
  if (node.kind === "map")
    return node.entries.flatMap(([key, value]) =>
      blockLines(
        `${render(key, "plain", indent, DEFAULT_BLOCK, [])}:`,
        value,
        indent,
        how,
      ),
    );
  if (node.kind === "seq")
    return node.items.flatMap((item) => blockLines("-", item, indent, how));
  return blockLines("value:", node, indent, how);
}

export function writeTree(node: Tree, how: Writing): string {
  const empty =
    node.kind === "map"
      ? node.entries.length === 0
      : node.kind === "seq" && node.items.length === 0;
  const lines = collectionLines(
    empty ? { kind: "map", flow: false, entries: [["value", node]] } : node,
    0,
    how,
  );
  for (const at of how.comments) {
    const where = at % (lines.length + 1);
    lines.splice(
      where,
      0,
      at % 3 === 0
        ? ""
        : `${" ".repeat(at % 7)}#${at % 2 ? " " : ""}note ${at}`,
    );
  }
  for (const at of how.belowKeys) {
    const keys = lines.flatMap((line, index) =>
      /:\s*$/.test(line) ? [index + 1] : [],
    );
    if (keys.length === 0) break;
    lines.splice(
      keys[at % keys.length]!,
      0,
      at % 5 === 0 ? "" : `${" ".repeat(at % 4)}#${at % 2 ? " " : ""}x`,
    );
  }
  return lines.join(how.crlf ? "\r\n" : "\n") + "\n";
}

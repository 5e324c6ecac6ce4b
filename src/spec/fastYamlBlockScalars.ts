// Block scalars (`|` literal, `>` folded) for the fast YAML reader: the header's chomping and
// indentation indicators, which lines belong to the scalar, and its value as yaml computes it.
import {
  afterBreak,
  breakOf,
  decline,
  isBlankOrEnd,
  isBreak,
  lineEnd,
  SPACE,
  TAB,
} from "./fastYamlText.js";

/** A block scalar (`|` or `>`) read from its header at `at`, inside a collection indented `parentIndent`. */
export interface BlockScalarText {
  value: string;
  literal: boolean;
  /** The offset after its last line (the line break included), where the next line starts. */
  end: number;
}

interface BlockHeader {
  literal: boolean;
  chomp: "strip" | "clip" | "keep";
  /** The indentation indicator (1-9), or 0 when the content's first line sets the indentation. */
  indicator: number;
  /** The offset where the content's first line starts. */
  contentStart: number;
}

function blockHeader(text: string, at: number): BlockHeader {
  let chomp: BlockHeader["chomp"] = "clip";
  let indicator = 0;
  let p = at + 1;
  for (; ; p++) {
    const char = text[p];
    if ((char === "-" || char === "+") && chomp === "clip")
      chomp = char === "-" ? "strip" : "keep";
    else if (
      char !== undefined &&
      char >= "1" &&
      char <= "9" &&
      indicator === 0
    )
      indicator = Number(char);
    else break;
  }
  if (!isBlankOrEnd(text.charCodeAt(p)))
    decline("a block scalar header with extra characters", p);
  const contentStart = lineEnd(text, p);
  if (contentStart >= text.length)
    decline("a block scalar without content", at);
  return { literal: text[at] === "|", chomp, indicator, contentStart };
}

/** One line of a block scalar: its indentation and its text after it (without the line break). */
interface BlockLine {
  indent: number;
  content: string;
}

export function blockScalar(
  text: string,
  at: number,
  parentIndent: number,
): BlockScalarText {
  const header = blockHeader(text, at);
  const { lines, end, trailingBlank, trimIndent } = blockLines(
    text,
    header,
    parentIndent,
  );
  let value = "";
  let first = 0;
  while (lines[first]!.content === "") {
    value += "\n";
    first++;
  }
  let blankLines = 0;
  let previous: BlockLine | undefined;
  for (let n = first; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.content === "") {
      blankLines++;
      continue;
    }
    const text = " ".repeat(line.indent - trimIndent) + line.content;
    if (previous === undefined) value += text;
    else
      value +=
        blockJoint(
          header.literal,
          previous.indent > trimIndent || line.indent > trimIndent,
          blankLines,
        ) + text;
    previous = line;
    blankLines = 0;
  }
  if (header.chomp === "clip") value += "\n";
  if (header.chomp === "keep") value += "\n".repeat(1 + trailingBlank);
  return {
    value,
    literal: header.literal,
    end: header.chomp === "keep" ? end.kept : end.clipped,
  };
}

/** Between two content lines with `blankLines` empty lines between: folded text lines join with a space. */
function blockJoint(
  literal: boolean,
  moreIndented: boolean,
  blankLines: number,
): string {
  if (literal || moreIndented) return "\n".repeat(blankLines + 1);
  return blankLines === 0 ? " " : "\n".repeat(blankLines);
}

/**
 * The content lines of a block scalar, from its first to its last content line (blank lines inside kept),
 * the indentation they share, how many blank lines follow, and where the scalar ends with and without them.
 */
function blockLines(text: string, header: BlockHeader, parentIndent: number) {
  const lines: BlockLine[] = [];
  let trimIndent =
    header.indicator === 0 ? -1 : parentIndent + header.indicator;
  let leadingBlankIndent = 0;
  let trailingBlank = 0;
  let clipped = header.contentStart;
  let kept = header.contentStart;
  for (let line = header.contentStart; line < text.length;) {
    let p = line;
    while (text.charCodeAt(p) === SPACE) p++;
    const indent = p - line;
    const code = text.charCodeAt(p);
    if (code === TAB) decline("a tab in a block scalar's indentation", p);
    if (p >= text.length) {
      if (indent > 0)
        decline("a block scalar ending in spaces without a line break", p);
      break;
    }
    const next = afterBreak(text, breakOf(text, p));
    if (isBreak(code)) {
      if (trimIndent === -1)
        leadingBlankIndent = Math.max(leadingBlankIndent, indent);
      else if (indent > trimIndent)
        decline(
          "a blank line in a block scalar with spaces past its indentation",
          p,
        );
      lines.push({ indent, content: "" });
      trailingBlank++;
      kept = next;
      line = next;
      continue;
    }
    if (trimIndent === -1) {
      if (indent <= parentIndent) break;
      if (leadingBlankIndent > indent)
        decline(
          "a block scalar whose leading blank lines are indented deeper than its text",
          p,
        );
      trimIndent = indent;
    }
    if (indent < trimIndent) break;
    lines.push({ indent, content: text.slice(p, breakOf(text, p)) });
    trailingBlank = 0;
    clipped = kept = next;
    line = next;
  }
  if (trimIndent === -1 || lines.length === trailingBlank)
    decline("a block scalar without content", header.contentStart);
  lines.length -= trailingBlank;
  return { lines, end: { clipped, kept }, trailingBlank, trimIndent };
}

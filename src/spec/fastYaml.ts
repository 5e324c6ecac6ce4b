// A fast reader for the YAML that specs are written in. It builds the very nodes yaml.parseDocument
// builds (yaml's own Document, YAMLMap, YAMLSeq, Pair and Scalar, with the same values and ranges)
// without yaml's lexer, CST and composer, and declines (returns undefined) anything outside its subset
// or that it is not sure of: tags, anchors, aliases, directives, explicit keys, several documents,
// tabs in indentation, duplicate keys, any syntax error. A declined text goes to yaml.parseDocument,
// so a spec is read by one set of rules whatever its size. test/unit/fast-yaml-corpus.test.ts and
// fast-yaml-fuzz.test.ts prove the two agree; bench/specReading.mjs times them.
import {
  Document,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type DocumentOptions,
  type Node,
  type ParsedNode,
  type ParseOptions,
  type SchemaOptions,
} from "yaml";
import { flowNode, MAX_DEPTH } from "./fastYamlFlow.js";
import { blockScalar } from "./fastYamlBlockScalars.js";
import {
  doubleQuotedValue,
  plainEnd,
  plainScalar,
  quotedEnd,
  singleQuotedValue,
  startsPlain,
  stringScalar,
} from "./fastYamlScalars.js";
import {
  afterBreak,
  breakOf,
  COLON,
  DASH,
  decline,
  Declined,
  HASH,
  indentedCommentsEnd,
  isBlankOrEnd,
  isBreak,
  KeysSeen,
  lineEnd,
  nextContent,
  skipSpaces,
  SPACE,
  type Gap,
  type Source,
} from "./fastYamlText.js";

export type FastDocumentOptions = ParseOptions &
  DocumentOptions &
  SchemaOptions;

/** The document yaml.parseDocument(text, options) would build, or undefined to leave the text to it. */
export function fastDocument(
  text: string,
  options: FastDocumentOptions,
): Document.Parsed | undefined {
  const read = readFastDocument(text, options);
  return read instanceof Declined ? undefined : read;
}

/** The document, or why the fast reader declines the text (for tests and measurements). */
export function readFastDocument(
  text: string,
  options: FastDocumentOptions,
): Document.Parsed | Declined {
  try {
    return documentOf(text, options);
  } catch (error) {
    if (error instanceof Declined) return error;
    throw error;
  }
}

function documentOf(
  text: string,
  options: FastDocumentOptions,
): Document.Parsed {
  refuseOutsideSubset(text);
  const document = new Document(
    undefined,
    options,
  ) as unknown as Document.Parsed;
  if (
    document.schema.name !== "core" ||
    document.schema.compat ||
    options.merge
  )
    decline("a schema other than YAML 1.2 core", 0);
  const source: Source = {
    text,
    schema: document.schema,
    options: document.options,
  };
  const first = nextContent(text, 0);
  if (first.indent !== 0)
    decline(
      first.indent === -1 ? "no content" : "an indented top level",
      first.at,
    );
  const { node, gap } = blockCollection(source, first.at, 0, 0);
  if (gap.indent !== -1)
    decline("content after the top-level collection", gap.at);
  document.contents = node as unknown as ParsedNode;
  // yaml ends the document after the lines that follow its content, unless an empty value at the end took them.
  const end = isEmptyValue(lastLeaf(node)) ? node.range![2] : text.length;
  document.range = [first.at, node.range![2], end];
  countLines(text, options);
  return document;
}

/** The node read last: the last item's value, all the way down. */
function lastLeaf(node: BlockNode): BlockNode {
  let leaf = node;
  while (!(leaf instanceof Scalar) && leaf.items.length > 0) {
    const last = leaf.items.at(-1) as Pair<Node, BlockNode> | BlockNode;
    leaf = last instanceof Pair ? last.value! : last;
  }
  return leaf;
}

function isEmptyValue(node: BlockNode): boolean {
  return (
    node instanceof Scalar && node.source === "" && node.type === Scalar.PLAIN
  );
}

/** Whole-text checks that keep the scanners simple: no byte order mark, no CR without LF, no tab in indentation. */
function refuseOutsideSubset(text: string): void {
  const bom = text.indexOf("\ufeff");
  if (bom !== -1) decline("a byte order mark", bom);
  if (text.includes("\r")) {
    const lone = /\r(?!\n)/.exec(text);
    if (lone) decline("a CR without LF", lone.index);
  }
  if (text.includes("\t")) {
    const tab = /^ *\t/m.exec(text);
    if (tab) decline("a tab in indentation", tab.index);
  }
}

/** The line starts yaml's parser records: the text's start and after every LF. */
function countLines(text: string, options: FastDocumentOptions): void {
  const counter = options.lineCounter;
  if (!counter) return;
  counter.addNewLine(0);
  for (let lf = text.indexOf("\n"); lf !== -1; lf = text.indexOf("\n", lf + 1))
    counter.addNewLine(lf + 1);
}

/** A block collection read, and the gap after it: where the next content line starts. */
interface Read<T> {
  node: T;
  gap: Gap;
}

type BlockNode = YAMLMap | YAMLSeq | Scalar;

/** The block mapping or sequence whose first entry is at `at`, in column `indent`. */
function blockCollection(
  source: Source,
  at: number,
  indent: number,
  depth: number,
): Read<YAMLMap | YAMLSeq> {
  if (depth > MAX_DEPTH) decline("block collections nested too deep", at);
  if (isSeqIndicator(source.text, at))
    return blockSeq(source, at, indent, depth);
  const key = keyAt(source, at);
  if (key === undefined)
    return decline("a line that is neither a key nor a list item", at);
  return blockMap(source, key, indent, depth);
}

function isSeqIndicator(text: string, at: number): boolean {
  return text.charCodeAt(at) === DASH && isBlankOrEnd(text.charCodeAt(at + 1));
}

/** The implicit key at `at` (a plain or quoted scalar on one line, then `:` and a space or line break), or undefined. */
function keyAt(source: Source, at: number): Scalar | undefined {
  const { text } = source;
  const code = text.charCodeAt(at);
  let node: Scalar;
  if (code === 0x22 || code === 0x27) {
    const end = quotedEnd(text, at, Infinity);
    if (end === -1 || text.charCodeAt(end) !== COLON) return undefined;
    const double = code === 0x22;
    const value = double
      ? doubleQuotedValue(text, at, end)
      : singleQuotedValue(text, at, end);
    node = stringScalar(
      value,
      double ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE,
      [at, end, end],
    );
  } else {
    if (!startsPlain(text, at, false)) return undefined;
    const end = plainEnd(text, at, Infinity, false);
    if (text.charCodeAt(end) !== COLON) return undefined;
    node = plainScalar(source, text.slice(at, end), [at, end, end]);
  }
  const colon = node.range![1];
  if (!isBlankOrEnd(text.charCodeAt(colon + 1))) return undefined;
  if (colon - at > 1000)
    decline("a key longer than yaml allows an implicit key", at);
  return node;
}

/** The offset after a key's `:`. */
function afterKey(key: Scalar): number {
  return key.range![1] + 1;
}

function blockMap(
  source: Source,
  first: Scalar,
  indent: number,
  depth: number,
): Read<YAMLMap> {
  const map = new YAMLMap<Scalar, BlockNode>(source.schema);
  const keys = new KeysSeen(map);
  for (let key = first; ;) {
    if (!keys.add(key.value)) decline("a duplicate key", key.range![0]);
    const { node, gap } = blockValue(
      source,
      afterKey(key),
      indent,
      "map",
      depth,
    );
    map.items.push(new Pair(key, node));
    if (gap.indent === indent) {
      key =
        keyAt(source, gap.at) ??
        decline("a line in a mapping that is not a key", gap.at);
      continue;
    }
    if (gap.indent > indent)
      decline("a line indented deeper than its mapping's keys", gap.at);
    map.range = [first.range![0], node.range![2], node.range![2]];
    return { node: map, gap: trailingComments(map, indent, gap) };
  }
}

function blockSeq(
  source: Source,
  at: number,
  indent: number,
  depth: number,
): Read<YAMLSeq> {
  const seq = new YAMLSeq(source.schema);
  for (let dash = at; ;) {
    const { node, gap } = blockValue(source, dash + 1, indent, "seq", depth);
    seq.items.push(node);
    if (gap.indent === indent && isSeqIndicator(source.text, gap.at)) {
      dash = gap.at;
      continue;
    }
    // A line at the same indentation that is not an item ends a list that is a mapping's value
    // (`codes:` then `- ...` in the key's column); the mapping checks that it is its next key.
    if (gap.indent > indent)
      decline("a line indented deeper than its list's items", gap.at);
    seq.range = [at, node.range![2], node.range![2]];
    return { node: seq, gap: trailingComments(seq, indent, gap) };
  }
}

/**
 * Comment lines after a collection's last entry, before a line indented less: yaml's parser keeps
 * them in the collection (its range ends at that line) when one of them is indented at least as deep
 * as the collection and the collection is not at column 0; otherwise they pass to the collection around it.
 */
function trailingComments(
  collection: YAMLMap | YAMLSeq,
  indent: number,
  gap: Gap,
): Gap {
  if (indent === 0 || gap.commentIndent < indent) return gap;
  collection.range![2] = gap.at;
  return { ...gap, commentIndent: -1 };
}

/**
 * The value after a key's `:` or an item's `-` at `after`, in a collection at column `indent`: on the
 * same line (a flow node, a block scalar, or in a list a compact mapping), or on the lines below (a
 * nested collection), or nothing (an empty value, in a mapping).
 */
function blockValue(
  source: Source,
  after: number,
  indent: number,
  parent: "map" | "seq",
  depth: number,
): Read<BlockNode> {
  const { text } = source;
  const at = skipSpaces(text, after);
  const code = text.charCodeAt(at);
  if (at >= text.length || isBreak(code) || code === HASH)
    return valueBelow(source, after, at, indent, parent, depth);
  if (code === 0x7c || code === 0x3e) {
    const read = blockScalar(text, at, indent);
    const node = stringScalar(
      read.value,
      read.literal ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED,
      [at, read.end, read.end],
    );
    return { node, gap: nextContent(text, read.end) };
  }
  if (isSeqIndicator(text, at))
    decline(
      parent === "map"
        ? "a list on its key's line"
        : "a list item holding a list on its line",
      at,
    );
  if (parent === "seq") {
    const key = keyAt(source, at);
    if (key !== undefined)
      return blockMap(source, key, indent + (at - after) + 1, depth + 1);
  }
  return flowValue(source, at, indent);
}

/** A flow node as a block collection's value: its range ends after its line and the deeper-indented comments below. */
function flowValue(
  source: Source,
  at: number,
  indent: number,
): Read<BlockNode> {
  const node = flowNode(source, at, indent, 0);
  const end = indentedCommentsEnd(
    source.text,
    lineEnd(source.text, node.range![1]),
    indent,
  );
  node.range![2] = end;
  return { node, gap: nextContent(source.text, end) };
}

/**
 * A value on the lines below its key or dash (`after` is the offset after that `:` or `-`, `at` the
 * end of its line or a comment): a nested collection, or an empty value.
 */
function valueBelow(
  source: Source,
  after: number,
  at: number,
  indent: number,
  parent: "map" | "seq",
  depth: number,
): Read<BlockNode> {
  const { text } = source;
  const gap = nextContent(text, lineEnd(text, after));
  if (parent === "map" && gap.indent === indent && isSeqIndicator(text, gap.at))
    return blockCollection(source, gap.at, gap.indent, depth + 1);
  if (gap.indent > indent) {
    if (isSeqIndicator(text, gap.at) || keyAt(source, gap.at) !== undefined)
      return blockCollection(source, gap.at, gap.indent, depth + 1);
    const code = text.charCodeAt(gap.at);
    if (code === 0x7c || code === 0x3e)
      decline("a block scalar below its key", gap.at);
    if (lowersIndentation(text, lineEnd(text, after), gap.at, indent))
      decline(
        "a line above a value that lowers the indentation its next lines need",
        gap.at,
      );
    return flowValue(source, gap.at, indent);
  }
  if (parent === "seq") decline("an empty list item", at);
  return {
    node: plainScalar(source, "", [
      at,
      at,
      emptyValueEnd(text, at, indent, gap),
    ]),
    gap,
  };
}

/**
 * Whether a line between the offsets `from` (a line start) and `to` makes yaml's lexer lower the
 * indentation that the lines of a scalar starting after it need: a line indented at most `indent`
 * whose second character (after its indentation) is not blank, as `#x` or a blank line before a
 * comment in column 0. The fast reader does not follow that; such a value is declined.
 */
function lowersIndentation(
  text: string,
  from: number,
  to: number,
  indent: number,
): boolean {
  for (let line = from; line < to;) {
    let p = line;
    while (text.charCodeAt(p) === SPACE) p++;
    if (p - line <= indent && !isBlankOrEnd(text.charCodeAt(p + 1)))
      return true;
    line = afterBreak(text, breakOf(text, p));
  }
  return false;
}

/**
 * Where yaml ends an empty value's range (it starts at `at`, after the `:` and its spaces). Without
 * a comment on the way, there. Otherwise the comment lines count: all the lines to the next content
 * line when the mapping ends there; when the next line is the mapping's next key, the lines up to the
 * second line break after the last comment indented deeper than the mapping (yaml's parser gives the
 * rest to that key).
 */
function emptyValueEnd(
  text: string,
  at: number,
  indent: number,
  gap: Gap,
): number {
  const keyLineComment = text.charCodeAt(at) === HASH;
  if (!keyLineComment && gap.commentIndent === -1) return at;
  if (gap.indent !== indent) return gap.at;
  const comments: number[] = keyLineComment ? [at] : [];
  let breaks: number[] = [];
  for (let line = at; line < gap.at;) {
    let p = line;
    while (text.charCodeAt(p) === SPACE) p++;
    if (text.charCodeAt(p) === HASH) {
      comments.push(p);
      if (line !== at && p - line > indent) breaks = [];
    }
    const lineBreak = breakOf(text, p);
    if (lineBreak >= gap.at) break;
    breaks.push(lineBreak);
    line = afterBreak(text, lineBreak);
  }
  const cut = breaks.length >= 2 ? breaks[1]! : gap.at;
  return comments.some((comment) => comment < cut) ? cut : at;
}

// A fast reader for the YAML that specs are written in. It builds the spec tree validation reads
// (nodes.ts: the same values and start offsets yaml.parseDocument gives, through yamlTree.ts) without
// yaml's lexer, CST, composer and node classes, and declines (returns undefined) anything outside its
// subset or that it is not sure of: tags, anchors, aliases, directives, explicit keys, several
// documents, tabs in indentation, duplicate keys, any syntax error. A declined text goes to
// yaml.parseDocument, so a spec is read by one set of rules whatever its size.
// test/unit/fast-yaml-corpus.test.ts and fast-yaml-fuzz.test.ts prove the two agree;
// bench/specReading.mjs times them.
import { Document, type LineCounter } from "yaml";
import { flowNode, MAX_DEPTH } from "./fastYamlFlow.js";
import { blockScalar } from "./fastYamlBlockScalars.js";
import {
  plainEnd,
  plainScalar,
  quotedEnd,
  quotedScalar,
  startsPlain,
} from "./fastYamlScalars.js";
import {
  afterBreak,
  breakOf,
  COLON,
  DASH,
  decline,
  Declined,
  HASH,
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
import {
  mapNode,
  scalarNode,
  seqNode,
  type MapNode,
  type ScalarNode,
  type SeqNode,
  type SpecNode,
} from "./nodes.js";

/** The spec tree of `text`, or undefined to leave the text to yaml; `lineCounter` gets the line starts of a text it reads. */
export function fastTree(
  text: string,
  lineCounter: LineCounter,
): SpecNode | undefined {
  const read = readFastTree(text, lineCounter);
  return read instanceof Declined ? undefined : read;
}

/** The spec tree, or why the fast reader declines the text (for tests and measurements). */
export function readFastTree(
  text: string,
  lineCounter: LineCounter,
): SpecNode | Declined {
  try {
    const contents = treeOf(text);
    countLines(text, lineCounter);
    return contents;
  } catch (error) {
    if (error instanceof Declined) return error;
    throw error;
  }
}

/** What plain scalars resolve with: the schema and options yaml.parseDocument reads specs with (YAML 1.2 core). */
let coreSchema: Pick<Source, "schema" | "options"> | undefined;

function treeOf(text: string): SpecNode {
  refuseOutsideSubset(text);
  coreSchema ??= new Document(undefined, { uniqueKeys: true });
  const source: Source = {
    text,
    schema: coreSchema.schema,
    options: coreSchema.options,
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
  return node;
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
function countLines(text: string, counter: LineCounter): void {
  counter.addNewLine(0);
  for (let lf = text.indexOf("\n"); lf !== -1; lf = text.indexOf("\n", lf + 1))
    counter.addNewLine(lf + 1);
}

/** A block collection read, and the gap after it: where the next content line starts. */
interface Read<T> {
  node: T;
  gap: Gap;
}

/** The block mapping or sequence whose first entry is at `at`, in column `indent`. */
function blockCollection(
  source: Source,
  at: number,
  indent: number,
  depth: number,
): Read<MapNode | SeqNode> {
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
function keyAt(source: Source, at: number): ScalarNode | undefined {
  const { text } = source;
  const code = text.charCodeAt(at);
  let node: ScalarNode;
  if (code === 0x22 || code === 0x27) {
    const end = quotedEnd(text, at, Infinity);
    if (end === -1 || text.charCodeAt(end) !== COLON) return undefined;
    node = quotedScalar(text, at, end);
  } else {
    if (!startsPlain(text, at, false)) return undefined;
    const end = plainEnd(text, at, Infinity, false);
    if (text.charCodeAt(end) !== COLON) return undefined;
    node = plainScalar(source, text.slice(at, end), at, end);
  }
  const colon = node.end;
  if (!isBlankOrEnd(text.charCodeAt(colon + 1))) return undefined;
  if (colon - at > 1000)
    decline("a key longer than yaml allows an implicit key", at);
  return node;
}

function blockMap(
  source: Source,
  first: ScalarNode,
  indent: number,
  depth: number,
): Read<MapNode> {
  const map = mapNode(first.start);
  const keys = new KeysSeen(map.pairs);
  for (let key = first; ;) {
    if (!keys.add(key.value)) decline("a duplicate key", key.start);
    // The value starts after the key's `:`.
    const { node, gap } = blockValue(source, key.end + 1, indent, "map", depth);
    map.pairs.push({ key, value: node });
    if (gap.indent === indent) {
      key =
        keyAt(source, gap.at) ??
        decline("a line in a mapping that is not a key", gap.at);
      continue;
    }
    if (gap.indent > indent)
      decline("a line indented deeper than its mapping's keys", gap.at);
    map.end = node.end;
    return { node: map, gap };
  }
}

function blockSeq(
  source: Source,
  at: number,
  indent: number,
  depth: number,
): Read<SeqNode> {
  const seq = seqNode(at);
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
    seq.end = node.end;
    return { node: seq, gap };
  }
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
): Read<SpecNode> {
  const { text } = source;
  const at = skipSpaces(text, after);
  const code = text.charCodeAt(at);
  if (at >= text.length || isBreak(code) || code === HASH)
    return valueBelow(source, after, at, indent, parent, depth);
  if (code === 0x7c || code === 0x3e) {
    const read = blockScalar(text, at, indent);
    const node = scalarNode(read.value, at, read.end);
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

/** A flow node as a block collection's value: the rest of its line must be spaces or a comment. */
function flowValue(source: Source, at: number, indent: number): Read<SpecNode> {
  const node = flowNode(source, at, indent, 0);
  return {
    node,
    gap: nextContent(source.text, lineEnd(source.text, node.end)),
  };
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
): Read<SpecNode> {
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
  return { node: plainScalar(source, "", at, at), gap };
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

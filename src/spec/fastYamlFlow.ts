// Flow nodes for the fast YAML reader: scalars that stand on one or more lines ("quoted", 'quoted',
// plain) and flow collections ([a, b] and {k: v}, also over lines), where yaml has them start and end.
import {
  foldLines,
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
  COMMA,
  decline,
  HASH,
  isBreak,
  KeysSeen,
  LF,
  SPACE,
  TAB,
  type Source,
} from "./fastYamlText.js";
import {
  mapNode,
  seqNode,
  type MapNode,
  type ScalarNode,
  type SeqNode,
  type SpecNode,
} from "./nodes.js";

/** Deeper nesting than this is declined (yaml reports stack exhaustion its own way). */
export const MAX_DEPTH = 64;

/**
 * The flow node at `at`, inside a block collection indented `indent` (its lines after the first must be
 * indented deeper). `flowDepth` counts the flow collections around it.
 */
export function flowNode(
  source: Source,
  at: number,
  indent: number,
  flowDepth: number,
): SpecNode {
  const { text } = source;
  const code = text.charCodeAt(at);
  if (code === 0x22 || code === 0x27) {
    const end = quotedEnd(text, at, indent + 1);
    return quotedScalar(text, at, end);
  }
  if (code === 0x5b || code === 0x7b)
    return flowCollection(source, at, indent, flowDepth + 1);
  if (!startsPlain(text, at, flowDepth > 0))
    return decline(
      "a node the fast reader does not read (anchor, alias, tag, indicator)",
      at,
    );
  const end = plainEnd(text, at, indent + 1, flowDepth > 0);
  return plainScalar(source, foldLines(text.slice(at, end)), at, end);
}

function flowCollection(
  source: Source,
  at: number,
  indent: number,
  flowDepth: number,
): MapNode | SeqNode {
  if (flowDepth > MAX_DEPTH) decline("flow collections nested too deep", at);
  const collection =
    source.text.charCodeAt(at) === 0x7b ? mapNode(at) : seqNode(at);
  collection.end = flowEntries(source, collection, at, indent, flowDepth) + 1;
  return collection;
}

/** Reads the entries after the opening bracket at `at`; returns the offset of the closing bracket. */
function flowEntries(
  source: Source,
  collection: MapNode | SeqNode,
  at: number,
  indent: number,
  flowDepth: number,
): number {
  const { text } = source;
  const close = collection.kind === "map" ? 0x7d : 0x5d;
  const keys =
    collection.kind === "map" ? new KeysSeen(collection.pairs) : undefined;
  let p = flowSpace(text, at + 1, indent, flowDepth);
  while (text.charCodeAt(p) !== close) {
    if (text.charCodeAt(p) === COMMA)
      decline("an empty entry in a flow collection", p);
    const next =
      collection.kind === "map"
        ? flowPair(source, collection, keys!, p, indent, flowDepth)
        : flowItem(source, collection, p, indent, flowDepth);
    const code = text.charCodeAt(next);
    if (code === close) return next;
    if (code !== COMMA)
      decline(
        "a flow collection entry not followed by , or its closing bracket",
        next,
      );
    p = flowSpace(text, next + 1, indent, flowDepth);
  }
  return p;
}

/** One item of a flow sequence. Returns the offset of the `,` or `]` after it. */
function flowItem(
  source: Source,
  seq: SeqNode,
  at: number,
  indent: number,
  flowDepth: number,
): number {
  const item = flowNode(source, at, indent, flowDepth);
  const next = flowSpace(source.text, item.end, indent, flowDepth);
  if (source.text.charCodeAt(next) === COLON)
    decline("a key: value pair inside a flow sequence", next);
  seq.items.push(item);
  return next;
}

/** One `key: value` of a flow mapping. Returns the offset after the value and the space after it. */
function flowPair(
  source: Source,
  map: MapNode,
  keys: KeysSeen,
  at: number,
  indent: number,
  flowDepth: number,
): number {
  const { text } = source;
  const key = flowKey(source, at, flowDepth);
  let colon = key.end;
  while (text.charCodeAt(colon) === SPACE) colon++;
  if (text.charCodeAt(colon) !== COLON)
    decline("a flow mapping key without `: value`", colon);
  if (!isQuoted(text, at) && !isSpaceOrBreak(text.charCodeAt(colon + 1)))
    decline("a flow mapping `:` without a space after it", colon);
  if (!keys.add(key.value)) decline("a duplicate key", at);
  const valueAt = flowSpace(text, colon + 1, indent, flowDepth);
  const code = text.charCodeAt(valueAt);
  if (code === COMMA || code === 0x7d)
    decline("a flow mapping key without a value", valueAt);
  const value = flowNode(source, valueAt, indent, flowDepth);
  // yaml reports a comment in column 0 right after the line a flow mapping's value ends as not separated by a space.
  const after = flowValueEnd(text, value.end);
  if (text.charCodeAt(after) === HASH)
    decline("a comment in column 0 after a flow mapping's value", after);
  map.pairs.push({ key, value });
  return flowSpace(text, value.end, indent, flowDepth);
}

function isQuoted(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x22 || code === 0x27;
}

function isSpaceOrBreak(code: number): boolean {
  return code === SPACE || isBreak(code);
}

/** A flow mapping's key: a quoted or plain scalar on one line. */
function flowKey(source: Source, at: number, flowDepth: number): ScalarNode {
  const { text } = source;
  const code = text.charCodeAt(at);
  if (code === 0x22 || code === 0x27) {
    const end = quotedEnd(text, at, Infinity);
    if (end === -1) decline("a key over more than one line", at);
    return quotedScalar(text, at, end);
  }
  if (!startsPlain(text, at, flowDepth > 0))
    decline("a flow mapping key the fast reader does not read", at);
  const end = plainEnd(text, at, Infinity, true);
  return plainScalar(source, text.slice(at, end), at, end);
}

/** Where yaml ends a flow mapping's value: after the spaces, a comment and one line break that follow it. */
function flowValueEnd(text: string, at: number): number {
  let p = at;
  while (text.charCodeAt(p) === SPACE) p++;
  if (text.charCodeAt(p) === TAB) decline("a tab as separation", p);
  if (text.charCodeAt(p) === HASH && p > at) p = breakOf(text, p);
  return isBreak(text.charCodeAt(p)) ? afterBreak(text, p) : p;
}

/**
 * Passes spaces, line breaks and comments inside a flow collection. Each new line is indented deeper
 * than the block collection around (a comment line may stand anywhere, and the outermost closing
 * bracket may stand at that collection's indentation), as yaml's lexer requires.
 */
function flowSpace(
  text: string,
  at: number,
  indent: number,
  flowDepth: number,
): number {
  let p = at;
  for (;;) {
    const code = text.charCodeAt(p);
    if (code === SPACE) {
      p++;
    } else if (isBreak(code)) {
      p = flowLine(text, afterBreak(text, p), indent, flowDepth);
    } else if (code === HASH) {
      const before = text.charCodeAt(p - 1);
      if (before !== SPACE && before !== LF)
        decline("a comment not separated by a space", p);
      p = breakOf(text, p);
    } else if (code === TAB) {
      return decline("a tab as separation", p);
    } else if (p >= text.length) {
      return decline("a flow collection without its closing bracket", at);
    } else {
      return p;
    }
  }
}

/** The first non-space offset of a new line inside a flow collection, after checking its indentation. */
function flowLine(
  text: string,
  line: number,
  indent: number,
  flowDepth: number,
): number {
  let p = line;
  while (text.charCodeAt(p) === SPACE) p++;
  const code = text.charCodeAt(p);
  if (p >= text.length || isBreak(code) || code === HASH || p - line > indent)
    return p;
  if (
    flowDepth === 1 &&
    p - line === indent &&
    (code === 0x5d || code === 0x7d)
  )
    return p;
  return decline("a line inside a flow collection indented too little", p);
}

// yaml's document as the spec tree validation reads (nodes.ts), for the texts the fast reader leaves to
// yaml.parseDocument. An alias becomes the very node it names, so an anchored list used twice is one
// object and the tree is never expanded; load.ts bounds what aliases would add before validation.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair as YamlPair,
} from "yaml";
import {
  mapNode,
  scalarNode,
  seqNode,
  type MapNode,
  type Pair,
  type SpecNode,
} from "./nodes.js";

/** The document's contents as a spec tree; null for a document of comments only. */
export function specTreeOf(document: Document.Parsed): SpecNode | null {
  // Each node once, registered before its children so that an alias inside its own anchor's node ends.
  const made = new Map<Node, SpecNode>();
  const convert = (node: unknown): SpecNode | null => {
    const target = (isAlias(node) ? node.resolve(document) : node) as
      Node | null | undefined;
    if (target === undefined || target === null) return null;
    const known = made.get(target);
    if (known !== undefined) return known;
    const [start = 0, end = start] = target.range ?? [];
    if (isMap(target)) {
      const map = mapNode(start, target.tag);
      made.set(target, map);
      for (const pair of target.items as YamlPair[])
        map.pairs.push(pairOf(pair));
      map.end = target.flow ? end : lastEnd(map.pairs.at(-1), start);
      return map;
    }
    if (isSeq(target)) {
      const seq = seqNode(start, target.tag);
      made.set(target, seq);
      for (const item of target.items) {
        // yaml keeps `[key: value]` as a pair in the list; it is a mapping of one key.
        const converted = isPair(item)
          ? onePairMap(pairOf(item))
          : convert(item);
        if (converted !== null) seq.items.push(converted);
      }
      seq.end = target.flow ? end : (seq.items.at(-1)?.end ?? start);
      return seq;
    }
    const value = isScalar(target) ? target.value : null;
    const empty = value === null && !(isScalar(target) && target.source);
    return scalarNode(value, start, end, empty, target.tag);
  };
  const pairOf = (pair: YamlPair): Pair => ({
    key: convert(pair.key),
    value: convert(pair.value),
  });
  return convert(document.contents);
}

function onePairMap(pair: Pair): MapNode {
  const map = mapNode(pair.key?.start ?? pair.value?.start ?? 0, undefined);
  map.pairs.push(pair);
  map.end = lastEnd(pair, map.start);
  return map;
}

function lastEnd(pair: Pair | undefined, start: number): number {
  return pair?.value?.end ?? pair?.key?.end ?? start;
}

// A spec's YAML tree as validation reads it: plain objects holding a node's kind, where it stands and its
// value, nothing else. yaml's own nodes carry styles, comments, range triples and schema links for
// writing YAML back: for a 10,000-code spec, the fast reader's document of them was 21 MB that every
// garbage collection copied (yaml.parseDocument's own, 63 MB), this tree is 13 MB. The fast reader
// (fastYaml.ts) builds it directly; yamlTree.ts converts yaml's document for the texts the fast reader
// leaves to yaml.

export type SpecNode = ScalarNode | MapNode | SeqNode;

interface NodeBase {
  /** The offset of its first character in the spec's text (after a tag or anchor), for messages. */
  readonly start: number;
  /**
   * The offset after its last character: a scalar's text, a flow collection's closing bracket, a block
   * collection's last value.
   */
  end: number;
  /** The tag written before it, like `!!str` (only yaml's reader keeps any: the fast reader declines tags). */
  readonly tag: string | undefined;
}

export interface ScalarNode extends NodeBase {
  readonly kind: "scalar";
  /** As YAML 1.2's core schema resolves it: a string, a number, a boolean or null. */
  readonly value: unknown;
  /** Written as nothing at all (`key:` with no value), as opposed to `null` or `~`. */
  readonly empty: boolean;
}

export interface MapNode extends NodeBase {
  readonly kind: "map";
  readonly pairs: Pair[];
}

export interface SeqNode extends NodeBase {
  readonly kind: "seq";
  readonly items: SpecNode[];
}

/** One `key: value` of a mapping; the value is null where YAML has none (`? key` alone). */
export interface Pair {
  readonly key: SpecNode | null;
  readonly value: SpecNode | null;
}

export function scalarNode(
  value: unknown,
  start: number,
  end: number,
  empty = false,
  tag: string | undefined = undefined,
): ScalarNode {
  return { kind: "scalar", start, end, tag, value, empty };
}

export function mapNode(
  start: number,
  tag: string | undefined = undefined,
): MapNode {
  return { kind: "map", start, end: start, tag, pairs: [] };
}

export function seqNode(
  start: number,
  tag: string | undefined = undefined,
): SeqNode {
  return { kind: "seq", start, end: start, tag, items: [] };
}

export function isMap(node: SpecNode | null | undefined): node is MapNode {
  return node?.kind === "map";
}

export function isSeq(node: SpecNode | null | undefined): node is SeqNode {
  return node?.kind === "seq";
}

export function isScalar(
  node: SpecNode | null | undefined,
): node is ScalarNode {
  return node?.kind === "scalar";
}

/** The pair of `key` in a mapping whose keys are text, or undefined. */
export function pairAt(map: MapNode, key: string): Pair | undefined {
  return map.pairs.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** The value of `key` in a mapping whose keys are text, or undefined. */
export function valueAt(
  map: MapNode,
  key: string,
): SpecNode | null | undefined {
  return pairAt(map, key)?.value;
}

/**
 * A node as plain data, as yaml's toJS makes it: a mapping becomes an object whose keys are the keys'
 * text (an empty key for null; a key that is a collection as its JSON), a list an array.
 */
export function toPlain(node: SpecNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map": {
      const object: Record<string, unknown> = {};
      for (const pair of node.pairs) {
        const key = plainKey(toPlain(pair.key));
        const value = toPlain(pair.value);
        // `__proto__` and other names an object already has become own properties, not its prototype.
        if (key in object)
          Object.defineProperty(object, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
          });
        else object[key] = value;
      }
      return object;
    }
  }
}

function plainKey(key: unknown): string {
  if (key === null) return "";
  return typeof key === "object" ? JSON.stringify(key) : String(key);
}

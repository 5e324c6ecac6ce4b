// Mappings and lists of a spec described as tables of keys: each key's value type, whether it is
// required, its default and what it means. validate.ts reads specs through these tables;
// formatDocs.ts turns the same tables into spec/spec.schema.json and spec/README.md's key tables.
import type { Checker } from "./checker.js";
import type { ScalarNode, SpecNode } from "./nodes.js";
import type { JsonSchema, ValueType } from "./valueTypes.js";

export interface KeySpec<T> {
  type: ValueType<T>;
  required?: boolean;
  /** What the key means: its description in spec.schema.json and its line in spec/README.md. */
  doc: string;
  /** The default, as spec/README.md shows it. */
  shownDefault?: string;
  /** The default as a JSON value, for spec.schema.json. */
  default?: unknown;
  /** How messages name the value, when not as the mapping's `label` names it. */
  label?: string;
  /** A valid value unlike the default, to check that the key reaches an output (test/unit/spec-keys.test.ts). */
  example: unknown;
}

// Each key keeps its own value type; `any` lets one table hold keys of different types.
export type KeyTable = Record<string, KeySpec<any>>;

/** What a key of a mapping read to: its value (undefined after a reported problem), and where it stands. */
export interface ReadKey<T> {
  value: T | undefined;
  node: SpecNode | null;
  key: ScalarNode;
  /** How messages name the value. */
  what: string;
}

export type ReadMapping<K extends KeyTable> = {
  [P in keyof K]?: ReadKey<K[P] extends KeySpec<infer T> ? T : never>;
};

export interface MappingType<K extends KeyTable> extends ValueType<
  ReadMapping<K>
> {
  readonly keys: K;
  /** The mapping's own JSON Schema (its `schema` may be a `$ref` to it). */
  readonly definition: JsonSchema;
}

export interface MappingOptions {
  /** What the mapping is, for its JSON Schema. */
  doc: string;
  /** How messages name the value of `key` inside the mapping that messages call `parent`. */
  label?: (parent: string, key: string) => string;
  /** The mapping lives in spec.schema.json's `$defs` under this name. */
  defName?: string;
}

/** A mapping with exactly the keys of `keys`: unknown keys and missing required ones are problems. */
export function mapping<K extends KeyTable>(
  keys: K,
  options: MappingOptions,
): MappingType<K> {
  const label = options.label ?? ((parent, key) => `${parent}.${key}`);
  const names = Object.keys(keys);
  const required = names.filter((name) => keys[name]!.required);
  const definition: JsonSchema = {
    description: options.doc,
    type: "object",
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(
      names.map((name) => [name, keySchema(keys[name]!)]),
    ),
  };
  return {
    keys,
    definition,
    schema:
      options.defName === undefined
        ? definition
        : { $ref: `#/$defs/${options.defName}` },
    shown: "mapping",
    read(
      check: Checker,
      node: SpecNode | null,
      what: string,
    ): ReadMapping<K> | undefined {
      const entries = check.mapping(node, what, names, required);
      if (entries === undefined) return undefined;
      const read: Record<string, ReadKey<unknown>> = {};
      for (const [name, entry] of entries) {
        const spec = keys[name]!;
        const named = spec.label ?? label(what, name);
        const value = check.atKey(entry.key, () =>
          spec.type.read(check, entry.value, named),
        );
        read[name] = { value, node: entry.value, key: entry.key, what: named };
      }
      return read as ReadMapping<K>;
    },
  };
}

function keySchema(spec: KeySpec<unknown>): JsonSchema {
  return {
    description: spec.doc,
    ...spec.type.schema,
    ...(spec.default === undefined ? {} : { default: spec.default }),
  };
}

/** One item of a list, with the name messages give it. */
export interface ReadItem<T> {
  value: T | undefined;
  node: SpecNode;
  what: string;
  index: number;
}

export interface ListOptions {
  /** How messages name an item (default: `list[index]`). */
  itemLabel?: (
    check: Checker,
    item: SpecNode,
    index: number,
    list: string,
  ) => string;
  /** At least this many items; `empty` says what is missing. */
  minItems?: { count: number; empty: string };
}

export function listOf<T>(
  item: ValueType<T>,
  options: ListOptions = {},
): ValueType<ReadItem<T>[]> {
  const itemLabel =
    options.itemLabel ?? ((_check, _item, index, list) => `${list}[${index}]`);
  return {
    schema: {
      type: "array",
      ...(options.minItems ? { minItems: options.minItems.count } : {}),
      items: item.schema,
    },
    shown: `list of ${item.shown === "mapping" ? "mappings" : item.shown}`,
    read(check, node, what) {
      const items = check.list(node, what);
      if (items === undefined) return undefined;
      if (options.minItems && items.length < options.minItems.count)
        check.report(node, `${what} must list ${options.minItems.empty}`);
      return items.map((itemNode, index) => {
        const label = itemLabel(check, itemNode, index, what);
        return {
          value: item.read(check, itemNode, label),
          node: itemNode,
          what: label,
          index,
        };
      });
    },
  };
}

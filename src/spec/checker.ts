// Walks a spec's YAML tree, collecting problems with their positions instead of stopping at the first.
import type { LineCounter } from "yaml";
import { didYouMean, type Diagnostic } from "./diagnostics.js";
import {
  isMap,
  isScalar,
  isSeq,
  type ScalarNode,
  type SpecNode,
} from "./nodes.js";

/** A key of a mapping as the spec wrote it: its scalar (for positions) and its value. */
export interface Entry {
  key: ScalarNode;
  value: SpecNode | null;
}

export class Checker {
  readonly problems: Diagnostic[] = [];
  /** Where a problem with a missing value is reported: the key that has no value. */
  private fallback: SpecNode | null = null;

  constructor(
    private readonly file: string,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Records a problem at node, or, when there is no node (a key without a value), at its key. */
  report(node: SpecNode | null | undefined, message: string): undefined {
    const offset = (node ?? this.fallback)?.start ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    this.problems.push({ file: this.file, line, col, message });
    return undefined;
  }

  /** Runs read with `key` as the place of problems whose value is missing. */
  atKey<T>(key: SpecNode, read: () => T): T {
    const outer = this.fallback;
    this.fallback = key;
    try {
      return read();
    } finally {
      this.fallback = outer;
    }
  }

  /** Entries of a mapping by key; keys that are not names, unknown keys and missing required keys are reported. */
  mapping(
    map: SpecNode | null,
    what: string,
    keys: readonly string[],
    required: readonly string[],
  ): Map<string, Entry> | undefined {
    if (!isMap(map))
      return this.report(
        map,
        `${what} must be a mapping with keys ${keys.join(", ")}${describeValue(map)}`,
      );
    const entries = new Map<string, Entry>();
    for (const pair of map.pairs) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== "string") {
        const shown = isScalar(key) ? ` ${JSON.stringify(key.value)}` : "";
        this.report(
          key,
          `key${shown} of ${what} is not a name; allowed: ${keys.join(", ")}`,
        );
        continue;
      }
      if (!keys.includes(key.value)) {
        this.report(
          key,
          `unknown key '${key.value}' in ${what}${didYouMean(key.value, keys)}; allowed: ${keys.join(", ")}`,
        );
        continue;
      }
      entries.set(key.value, { key, value: pair.value });
    }
    const missing = required
      .filter((name) => !entries.has(name))
      .map((name) => `'${name}'`);
    if (missing.length === 1)
      this.report(map, `${what} is missing the required key ${missing[0]}`);
    else if (missing.length > 1)
      this.report(
        map,
        `${what} is missing the required keys ${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`,
      );
    return entries;
  }

  string(node: SpecNode | null, what: string): string | undefined {
    if (!isScalar(node) || typeof node.value !== "string")
      return this.report(
        node,
        `${what} must be a string${describeValue(node)}`,
      );
    if (node.value.trim() === "")
      return this.report(node, `${what} must not be empty`);
    return node.value;
  }

  matching(
    node: SpecNode | null,
    what: string,
    pattern: RegExp,
    expected: string,
  ): string | undefined {
    const value = this.string(node, what);
    if (value === undefined) return undefined;
    if (!pattern.test(value))
      return this.report(node, `${what} '${value}' is not ${expected}`);
    return value;
  }

  integer(node: SpecNode | null, what: string): number | undefined {
    if (!isScalar(node) || typeof node.value !== "number")
      return this.report(
        node,
        `${what} must be an integer${describeValue(node)}`,
      );
    if (!Number.isSafeInteger(node.value))
      return this.report(node, `${what} must be an integer, not ${node.value}`);
    return node.value;
  }

  boolean(node: SpecNode | null, what: string): boolean | undefined {
    if (!isScalar(node) || typeof node.value !== "boolean")
      return this.report(
        node,
        `${what} must be true or false${describeValue(node)}`,
      );
    return node.value;
  }

  list(node: SpecNode | null, what: string): SpecNode[] | undefined {
    if (!isSeq(node))
      return this.report(node, `${what} must be a list${describeValue(node)}`);
    return node.items;
  }
}

/** `, not string "x"`: what a value of the wrong type is, for messages. */
export function describeValue(node: SpecNode | null): string {
  if (node === null) return ", not empty";
  switch (node.kind) {
    case "map":
      return ", not a mapping";
    case "seq":
      return ", not a list";
    case "scalar":
      return `, not ${node.value === null ? (node.empty ? "empty" : "null") : `${typeof node.value} ${shownValue(node.value)}`}`;
  }
}

/** A scalar's value as a message shows it: numbers as numbers (`Infinity`, not JSON's `null`), the rest as JSON. */
function shownValue(value: unknown): string {
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

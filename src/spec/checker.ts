// Walks a spec's YAML tree, collecting problems with their positions instead of stopping at the first.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { didYouMean, type Diagnostic } from "./diagnostics.js";

/** A key of a mapping as the spec wrote it: its scalar (for positions) and its value. */
export interface Entry {
  key: Scalar;
  value: Node | null;
}

export class Checker {
  readonly problems: Diagnostic[] = [];
  /** Where a problem with a missing value is reported: the key that has no value. */
  private fallback: Node | null = null;

  constructor(
    private readonly file: string,
    private readonly lineCounter: LineCounter,
    readonly document: Document.Parsed,
  ) {}

  /** Records a problem at node, or, when there is no node (a key without a value), at its key. */
  report(node: Node | null | undefined, message: string): undefined {
    const offset = (node ?? this.fallback)?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    this.problems.push({ file: this.file, line, col, message });
    return undefined;
  }

  /** Runs read with `key` as the place of problems whose value is missing. */
  atKey<T>(key: Node, read: () => T): T {
    const outer = this.fallback;
    this.fallback = key;
    try {
      return read();
    } finally {
      this.fallback = outer;
    }
  }

  resolve(node: unknown): Node | null {
    let current = node as Node | null;
    for (let depth = 0; current && isAlias(current) && depth < 10; depth++)
      current = current.resolve(this.document) ?? null;
    return current;
  }

  /** Entries of a mapping by key; keys that are not names, unknown keys and missing required keys are reported. */
  mapping(
    node: unknown,
    what: string,
    keys: readonly string[],
    required: readonly string[],
  ): Map<string, Entry> | undefined {
    const map = this.resolve(node);
    if (!isMap(map))
      return this.report(
        map,
        `${what} must be a mapping with keys ${keys.join(", ")}${describeValue(map)}`,
      );
    const entries = new Map<string, Entry>();
    for (const pair of (map as YAMLMap).items as Pair<Node, Node>[]) {
      const key = this.resolve(pair.key);
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
      entries.set(key.value, { key, value: this.resolve(pair.value) });
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

  string(node: Node | null, what: string): string | undefined {
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
    node: Node | null,
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

  integer(node: Node | null, what: string): number | undefined {
    if (!isScalar(node) || typeof node.value !== "number")
      return this.report(
        node,
        `${what} must be an integer${describeValue(node)}`,
      );
    if (!Number.isSafeInteger(node.value))
      return this.report(node, `${what} must be an integer, not ${node.value}`);
    return node.value;
  }

  boolean(node: Node | null, what: string): boolean | undefined {
    if (!isScalar(node) || typeof node.value !== "boolean")
      return this.report(
        node,
        `${what} must be true or false${describeValue(node)}`,
      );
    return node.value;
  }

  list(node: Node | null, what: string): Node[] | undefined {
    if (!isSeq(node))
      return this.report(node, `${what} must be a list${describeValue(node)}`);
    return node.items
      .map((item) => this.resolve(item))
      .filter((item): item is Node => item !== null);
  }
}

/** `, not string "x"`: what a value of the wrong type is, for messages. */
export function describeValue(node: Node | null): string {
  if (node === null) return ", not empty";
  if (isMap(node)) return ", not a mapping";
  if (isSeq(node)) return ", not a list";
  if (isScalar(node))
    return `, not ${node.value === null ? (node.source ? "null" : "empty") : `${typeof node.value} ${shownValue(node.value)}`}`;
  return "";
}

/** A scalar's value as a message shows it: numbers as numbers (`Infinity`, not JSON's `null`), the rest as JSON. */
function shownValue(value: unknown): string {
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

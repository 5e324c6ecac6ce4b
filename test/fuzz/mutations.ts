// The fuzz cases: one of the repository's good specs, a file name, and mutations of its structure (values,
// keys) and of its text (tokens, lines, line ends, bytes), each a plain record so fast-check can shrink it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { ROOT } from "../helpers.js";

/** The good specs every case starts from: spec/, test/fixtures/ and the hostile corpus. */
export const SEEDS: ReadonlyMap<string, string> = new Map(
  ["spec", "test/fixtures", "test/corpora/hostile"].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((file) => file.endsWith(".yaml"))
      .sort()
      .map(
        (file) =>
          [
            `${folder}/${file}`,
            readFileSync(path.join(ROOT, folder, file), "utf8"),
          ] as const,
      ),
  ),
);

export type Mutation =
  | { kind: "setValue"; path: number[]; value: unknown }
  /** Replaces a text where the spec has one (a description, a title, a flag's meaning): the spec mostly stays valid. */
  | { kind: "setText"; path: number[]; value: string }
  | { kind: "dropKey"; path: number[] }
  | { kind: "addKey"; path: number[]; key: string; value: unknown }
  | { kind: "duplicateItem"; path: number[] }
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | {
      kind: "line";
      op: "drop" | "duplicate" | "swap" | "indent" | "dedent" | "repeat";
      line: number;
      other: number;
    }
  | { kind: "truncate"; at: number }
  | { kind: "lineEnds"; style: "\r\n" | "\r" }
  | { kind: "byte"; at: number; byte: number };

export interface FuzzCase {
  seed: string;
  fileName: string;
  mutations: Mutation[];
}

/** Texts that broke generators before: terminators of every target's comments and strings, separators, surrogates, long runs. */
const HOSTILE_STRINGS = [
  "",
  " ",
  "\ud800",
  "a\udc00b",
  "a\u2028b\u2029c\u0085d",
  "*/ /* ${x} `tick` <script>alert(1)</script>",
  "-->",
  "\"'\\",
  "__proto__",
  "constructor",
  "toString",
  "\0",
  "\x1b[31mred",
  "a\nb\r\nc\rd",
  "\t",
  "😀 日本 é",
  "\u202egnp.exe",
  "true",
  "null",
  "~",
  "017",
  "0x1F",
  ".inf",
  "[RFC1234]",
  "[[[[[[[[",
  "# heading",
  "- item",
  "x".repeat(3000),
  "_".repeat(3000),
  "[".repeat(1500) + "]",
  "a".repeat(70) + "b",
];

const EDGE_NUMBERS = [
  0,
  -1,
  1,
  999,
  1000,
  4999,
  65535,
  65536,
  -32768,
  1.5,
  -0,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  1e300,
  Infinity,
  -Infinity,
  NaN,
];

/** Keys of the format, near misses and strangers. */
const KEYS = [
  "name",
  "title",
  "reference",
  "description",
  "summary",
  "frontMatter",
  "package",
  "docs",
  "values",
  "bounds",
  "min",
  "max",
  "flags",
  "ranges",
  "from",
  "to",
  "codes",
  "code",
  "deprecated",
  "typescript",
  "enumStyle",
  "templates",
  "version",
  "titel",
  "descripton",
  "__proto__",
  "<<",
  "",
  "x".repeat(80),
];

const TOKENS = [
  ": ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&a ",
  "*a",
  "!!str ",
  "!!binary ",
  "? ",
  "|",
  ">",
  "|-\n",
  "# ",
  '"',
  "'",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "%YAML 1.1\n---\n",
  "---\n",
  "...\n",
  "\\",
  "\u2028",
  "\ufeff",
  "\0",
  "0x1F",
  "017",
  "0b11",
  "+12",
  ".inf",
  ".nan",
  "~",
  "yes",
  "1e3",
  "9007199254740993",
  "<<: *a",
  "@",
  "`",
  "%",
  "  ",
];

const FILE_NAMES = [
  "spec.yaml",
  "codes.yml",
  "my codes.yaml",
  "naïve.yaml",
  "a\nb.yaml",
  "a\u2028b.yaml",
  "a\rb.yaml",
  "a-->b.yaml",
  "--spec.yaml",
  ".hidden.yaml",
  "a\\b.yaml",
  "日本.yaml",
  "a*b.yaml",
  `${"x".repeat(240)}.yaml`,
];

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...EDGE_NUMBERS),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -70000, max: 70000 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("reserved", "retryable", "fatal"),
    ),
    { maxLength: 3 },
  ),
  fc.dictionary(
    fc.constantFrom(...KEYS),
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
    { maxKeys: 3 },
  ),
);

const treePath = fc.array(fc.nat(40), { minLength: 1, maxLength: 4 });
const position = fc.nat(100_000);

const textSwap: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant("setText" as const),
  path: treePath,
  value: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  ),
});

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("setValue" as const), path: treePath, value }),
  { weight: 3, arbitrary: textSwap },
  fc.record({ kind: fc.constant("dropKey" as const), path: treePath }),
  fc.record({
    kind: fc.constant("addKey" as const),
    path: treePath,
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })),
    value,
  }),
  fc.record({ kind: fc.constant("duplicateItem" as const), path: treePath }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: position,
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: position,
    length: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({
    kind: fc.constant("line" as const),
    op: fc.constantFrom(
      "drop",
      "duplicate",
      "swap",
      "indent",
      "dedent",
      "repeat",
    ),
    line: fc.nat(400),
    other: fc.nat(400),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({
    kind: fc.constant("lineEnds" as const),
    style: fc.constantFrom("\r\n" as const, "\r" as const),
  }),
  fc.record({
    kind: fc.constant("byte" as const),
    at: position,
    byte: fc.constantFrom(0x80, 0xc0, 0xff, 0xfe, 0xed),
  }),
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  seed: fc.constantFrom(...SEEDS.keys()),
  fileName: fc.oneof(
    { weight: 5, arbitrary: fc.constant("spec.yaml") },
    { weight: 1, arbitrary: fc.constantFrom(...FILE_NAMES) },
  ),
  // A third of the cases only swap texts, so that many stay valid and every output's escaping is tried.
  mutations: fc.oneof(
    {
      weight: 2,
      arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    },
    {
      weight: 1,
      arbitrary: fc.array(textSwap, { minLength: 1, maxLength: 3 }),
    },
  ),
});

const STRUCTURAL = new Set<Mutation["kind"]>([
  "setValue",
  "setText",
  "dropKey",
  "addKey",
  "duplicateItem",
]);

/** The bytes of a case's spec: structural mutations on the parsed seed, then text mutations in order. */
export function specBytes(fuzz: FuzzCase): Buffer {
  const structural = fuzz.mutations.filter((m) => STRUCTURAL.has(m.kind));
  let text = SEEDS.get(fuzz.seed)!;
  if (structural.length > 0) {
    const tree = parse(text) as unknown;
    for (const m of structural) mutateTree(tree, m);
    text = stringify(tree, { lineWidth: 0 });
  }
  let bytes: Buffer = Buffer.from(text);
  for (const m of fuzz.mutations) bytes = mutateText(bytes, m);
  return bytes;
}

function mutateTree(tree: unknown, m: Mutation): void {
  if (m.kind === "setText") {
    setText(tree, m.path, m.value);
    return;
  }
  if (
    m.kind !== "setValue" &&
    m.kind !== "dropKey" &&
    m.kind !== "addKey" &&
    m.kind !== "duplicateItem"
  )
    return;
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  let node = tree;
  for (const step of m.path) {
    const children = childKeys(node);
    if (children.length === 0) break;
    parent = node as Record<string, unknown>;
    key = children[step % children.length]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (m.kind === "addKey") {
    const target = isContainer(node) && !Array.isArray(node) ? node : parent;
    if (target !== undefined && !Array.isArray(target)) target[m.key] = m.value;
    return;
  }
  if (parent === undefined || key === undefined) return;
  if (m.kind === "setValue")
    (parent as Record<string | number, unknown>)[key] = m.value;
  else if (m.kind === "duplicateItem" && Array.isArray(parent))
    parent.splice(Number(key), 0, structuredClone(node));
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key as string];
}

/** Follows `path` down to a text and replaces it; the path's steps pick among the texts below each node. */
function setText(tree: unknown, steps: number[], value: string): void {
  let node = tree;
  for (const [depth, step] of steps.entries()) {
    const children = childKeys(node).filter((key) =>
      holdsText((node as Record<string | number, unknown>)[key]),
    );
    if (children.length === 0) return;
    const key = children[step % children.length]!;
    const child = (node as Record<string | number, unknown>)[key];
    if (typeof child === "string" || depth === steps.length - 1) {
      if (typeof child === "string" && key !== "name" && key !== "version")
        (node as Record<string | number, unknown>)[key] = value;
      if (typeof child === "string") return;
    }
    node = child;
  }
}

function holdsText(node: unknown): boolean {
  return (
    typeof node === "string" ||
    childKeys(node).some((key) =>
      holdsText((node as Record<string | number, unknown>)[key]),
    )
  );
}

function isContainer(
  node: unknown,
): node is Record<string, unknown> | unknown[] {
  return typeof node === "object" && node !== null;
}

function childKeys(node: unknown): (string | number)[] {
  if (Array.isArray(node)) return node.map((_, index) => index);
  if (isContainer(node)) return Object.keys(node);
  return [];
}

function mutateText(bytes: Buffer, m: Mutation): Buffer {
  const at = (offset: number) =>
    bytes.length === 0 ? 0 : offset % (bytes.length + 1);
  switch (m.kind) {
    case "insert":
      return Buffer.concat([
        bytes.subarray(0, at(m.at)),
        Buffer.from(m.text),
        bytes.subarray(at(m.at)),
      ]);
    case "delete":
      return Buffer.concat([
        bytes.subarray(0, at(m.at)),
        bytes.subarray(at(m.at) + m.length),
      ]);
    case "truncate":
      return bytes.subarray(0, at(m.at));
    case "byte": {
      const copy = Buffer.from(bytes);
      if (copy.length > 0) copy[m.at % copy.length] = m.byte;
      return copy;
    }
    case "lineEnds":
      return Buffer.from(
        bytes.toString("latin1").replace(/\r?\n/g, m.style),
        "latin1",
      );
    case "line":
      return Buffer.from(
        mutateLines(bytes.toString("latin1").split("\n"), m).join("\n"),
        "latin1",
      );
    default:
      return bytes;
  }
}

function mutateLines(
  lines: string[],
  m: Extract<Mutation, { kind: "line" }>,
): string[] {
  const i = m.line % lines.length;
  const j = m.other % lines.length;
  const copy = [...lines];
  switch (m.op) {
    case "drop":
      copy.splice(i, 1);
      break;
    case "duplicate":
      copy.splice(i, 0, copy[i]!);
      break;
    case "swap":
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      break;
    case "indent":
      copy[i] = `${" ".repeat(1 + (j % 3))}${copy[i]}`;
      break;
    case "dedent":
      copy[i] = copy[i]!.replace(/^ {1,3}/, "");
      break;
    case "repeat":
      copy.splice(i, 0, ...Array.from({ length: 20 + j }, () => copy[i]!));
      break;
  }
  return copy;
}

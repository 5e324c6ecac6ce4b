// src/spec/nodes.ts and yamlTree.ts on what only yaml.parseDocument reads (the fast reader declines
// aliases, explicit and collection keys): the converted tree, and toPlain against yaml's own toJS.
import { parseDocument } from "yaml";
import { describe, expect, test } from "vitest";
import { isMap, isSeq, toPlain, valueAt } from "../../src/spec/nodes.js";
import { specTreeOf } from "../../src/spec/yamlTree.js";

const read = (text: string) => {
  const document = parseDocument(text, { uniqueKeys: true });
  expect(document.errors).toEqual([]);
  return { document, tree: specTreeOf(document) };
};

describe("toPlain, as yaml's toJS", () => {
  test.each([
    ["aliases", "a: &x {k: 1, l: [2, 3]}\nb: *x\nc: [*x]\n"],
    ["keys that are not text", "__proto__: 1\n1: b\ntrue: c\n~: d\n-0.5: e\n"],
    ["a pair inside a flow list", "k: [a: 1, b]\n"],
    [
      "scalars of every core type",
      "a: [0x1F, 0o17, 1e3, .inf, -.inf, .nan, null, ~, '', yes]\n",
    ],
    [
      "block scalars and quotes",
      'a: |\n  one\n  two\nb: >-\n  three\n  four\nc: "\\u00e9"\n',
    ],
  ])("%s", (_, text) => {
    const { document, tree } = read(text);
    expect(toPlain(tree)).toEqual(document.toJS());
  });

  test("`__proto__` is an own key, not the prototype", () => {
    const plain = toPlain(read("__proto__: {polluted: true}\n").tree) as object;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(plain)).toEqual(["__proto__"]);
  });

  test("a key that is a collection becomes its JSON text (yaml writes YAML text there, with a warning)", () => {
    expect(toPlain(read("[a, b]: 1\n? {c: d}\n: 2\n").tree)).toEqual({
      '["a","b"]': 1,
      '{"c":"d"}': 2,
    });
  });
});

describe("specTreeOf", () => {
  test("an alias is the very node its anchor names", () => {
    const { tree } = read("a: &x [1, 2]\nb: *x\n");
    expect(isMap(tree)).toBe(true);
    if (!isMap(tree)) return;
    const a = valueAt(tree, "a");
    expect(isSeq(a)).toBe(true);
    expect(valueAt(tree, "b")).toBe(a);
  });

  test("an alias inside its own anchor's node ends (the tree is then a graph)", () => {
    const { tree } = read("a: &x [1, *x]\n");
    if (!isMap(tree)) throw new Error("not a mapping");
    const a = valueAt(tree, "a");
    if (!isSeq(a)) throw new Error("not a list");
    expect(a.items[1]).toBe(a);
  });

  test("start and end are yaml's offsets; a value written as nothing is empty, `null` is not", () => {
    const { tree } = read("a:\nb: null\nc: 'x'\n");
    if (!isMap(tree)) throw new Error("not a mapping");
    const [a, b, c] = tree.pairs.map((pair) => pair.value);
    expect(a).toMatchObject({ kind: "scalar", value: null, empty: true });
    expect(b).toMatchObject({
      kind: "scalar",
      value: null,
      empty: false,
      start: 6,
      end: 10,
    });
    expect(c).toMatchObject({ kind: "scalar", value: "x", start: 14, end: 17 });
  });
});

// The fast YAML reader against yaml.parseDocument on one text: either the fast reader declines, or
// both give the same spec tree (kinds, values, start and end offsets, line starts; toPlain the same as
// yaml's toJS) and the validator reaches the same verdict with the same messages on both.
import { expect } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { readFastTree } from "../../src/spec/fastYaml.js";
import { Declined } from "../../src/spec/fastYamlText.js";
import { SpecError } from "../../src/spec/diagnostics.js";
import { toPlain, type SpecNode } from "../../src/spec/nodes.js";
import { validateSpec } from "../../src/spec/validate.js";
import { specTreeOf } from "../../src/spec/yamlTree.js";

/** The options src/spec/load.ts reads specs with. */
function loadOptions(lineCounter: LineCounter) {
  return {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  } as const;
}

export type Outcome =
  | { kind: "declined"; reason: string; offset: number; yamlErrors: number }
  | { kind: "same" };

/** Reads `text` both ways and asserts the promise; says whether the fast reader took the text. */
export function expectSameDocument(text: string, file = "spec.yaml"): Outcome {
  const fastLines = new LineCounter();
  const fast = readFastTree(text, fastLines);
  const yamlLines = new LineCounter();
  const yaml = parseDocument(text, loadOptions(yamlLines));
  if (fast instanceof Declined) {
    expect(
      fastLines.lineStarts,
      "a declined read leaves the line counter to yaml",
    ).toEqual([]);
    return {
      kind: "declined",
      reason: fast.reason,
      offset: fast.offset,
      yamlErrors: yaml.errors.length,
    };
  }
  expect(
    yaml.errors.map((error) => error.message),
    "the fast reader took a text yaml refuses",
  ).toEqual([]);
  expect(yaml.warnings.map((warning) => warning.message)).toEqual([]);
  const tree = specTreeOf(yaml);
  expect(shape(fast)).toEqual(shape(tree));
  expect(fastLines.lineStarts).toEqual(yamlLines.lineStarts);
  expect(encode(toPlain(fast))).toEqual(encode(yaml.toJS()));
  expect(verdict(file, fast, fastLines)).toEqual(
    verdict(file, tree, yamlLines),
  );
  return { kind: "same" };
}

/** Every property of a node the validator can read, with numbers told apart exactly (-0, NaN). */
function shape(node: SpecNode | null): unknown {
  if (node === null) return null;
  const { start, end, tag } = node;
  switch (node.kind) {
    case "scalar":
      return {
        kind: node.kind,
        start,
        end,
        tag,
        value: encode(node.value),
        empty: node.empty,
      };
    case "map":
      return {
        kind: node.kind,
        start,
        end,
        tag,
        pairs: node.pairs.map((pair) => [shape(pair.key), shape(pair.value)]),
      };
    case "seq":
      return { kind: node.kind, start, end, tag, items: node.items.map(shape) };
  }
}

function encode(value: unknown): unknown {
  if (typeof value === "number")
    return Object.is(value, -0) ? "number -0" : `number ${value}`;
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, encode(item)]),
    );
  }
  return value;
}

/** What validateSpec makes of a document: the spec, or every message with its position. */
function verdict(
  file: string,
  contents: SpecNode | null,
  lineCounter: LineCounter,
): unknown {
  try {
    return { spec: validateSpec({ file, contents, lineCounter }, file) };
  } catch (error) {
    if (error instanceof SpecError) return { problems: error.diagnostics };
    throw error;
  }
}

// The fast YAML reader against yaml.parseDocument on one text: either the fast reader declines, or
// both build the same document (node classes, values, scalar styles and formats, ranges, line starts,
// toJS) and the validator reaches the same verdict with the same messages on both.
import { expect } from "vitest";
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
} from "yaml";
import { readFastDocument } from "../../src/spec/fastYaml.js";
import { Declined } from "../../src/spec/fastYamlText.js";
import { SpecError } from "../../src/spec/diagnostics.js";
import { validateSpec } from "../../src/spec/validate.js";

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
  const fast = readFastDocument(text, loadOptions(fastLines));
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
  expect(yaml.warnings.map((warning) => warning.message)).toEqual(
    fast.warnings,
  );
  expect(shape(fast.contents)).toEqual(shape(yaml.contents));
  expect(fast.range).toEqual(yaml.range);
  expect(fastLines.lineStarts).toEqual(yamlLines.lineStarts);
  expect(encode(fast.toJS())).toEqual(encode(yaml.toJS()));
  expect(verdict(file, fast, fastLines)).toEqual(
    verdict(file, yaml, yamlLines),
  );
  return { kind: "same" };
}

/** Every property of a node the validator or toJS can read, with numbers told apart exactly (-0, NaN). */
function shape(node: unknown): unknown {
  if (isMap(node) || isSeq(node)) {
    return {
      class: node.constructor.name,
      flow: node.flow ?? false,
      range: node.range,
      tag: node.tag,
      items: (node.items as unknown[]).map(shape),
    };
  }
  if (isPair(node))
    return { class: "Pair", key: shape(node.key), value: shape(node.value) };
  if (isScalar(node)) {
    return {
      class: node.constructor.name,
      value: encode(node.value),
      type: node.type,
      format: node.format,
      source: node.source,
      minFractionDigits: (node as { minFractionDigits?: number })
        .minFractionDigits,
      tag: node.tag,
      anchor: node.anchor,
      range: node.range,
    };
  }
  return node === null ? null : { other: String(node) };
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
  document: Document.Parsed,
  lineCounter: LineCounter,
): unknown {
  try {
    return { spec: validateSpec({ file, document, lineCounter }, file) };
  } catch (error) {
    if (error instanceof SpecError) return { problems: error.diagnostics };
    throw error;
  }
}

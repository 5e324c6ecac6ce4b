// One set of rules for every spec in the repository: the fast YAML reader (src/spec/fastYaml.ts)
// either declines a spec or builds exactly the spec tree yaml's document converts to, with the same validator verdict, at every
// size: each spec is read as it is and padded past 64 KiB with a long comment (after it and before it).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isCollection, parseDocument, visit } from "yaml";
import { describe, expect, test } from "vitest";
import { syntheticSpec } from "../../bench/syntheticSpec.mjs";
import { ROOT } from "../helpers.js";
import { expectSameDocument } from "./yamlDifferential.js";

const PAD = 64 * 1024 + 1;

function yamlFiles(folder: string): [string, string][] {
  const dir = path.join(ROOT, folder);
  return readdirSync(dir)
    .filter(
      (name) =>
        name.endsWith(".yaml") && statSync(path.join(dir, name)).isFile(),
    )
    .sort()
    .map((name) => [
      `${folder}/${name}`,
      readFileSync(path.join(dir, name), "utf8").replace(/^\ufeff/, ""),
    ]);
}

/** A hostile spec with its anchored text written out where it is aliased, so the fast reader reads the text itself. */
function withAliasesWrittenOut(text: string): string {
  const anchored = new Map<string, string>();
  const unanchored = text.replace(
    /&(\w+) ("(?:[^"\\\n]|\\.)*")/g,
    (_, name: string, value: string) => {
      anchored.set(name, value);
      return value;
    },
  );
  return unanchored.replace(
    /\*(\w+)\b/g,
    (whole, name: string) => anchored.get(name) ?? whole,
  );
}

/** The same text past 64 KiB: a long comment line after it, or comment lines before it (every offset moves). */
function padded(text: string): [string, string][] {
  const after = `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}# ${"x".repeat(PAD)}\n`;
  const before = `${`# ${"y".repeat(78)}\n`.repeat(Math.ceil(PAD / 80))}${text}`;
  return [
    ["padded after", after],
    ["padded before", before],
  ];
}

/** Whether yaml reads the text without errors into a collection using nothing outside the fast reader's subset. */
function insideSubset(text: string): boolean {
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isCollection(document.contents))
    return false;
  // Directives (`%YAML 1.1`), explicit keys (`? key`) and keys without a value lie outside it too.
  if (document.directives?.yaml.explicit || /^[ \t-]*\? /m.test(text))
    return false;
  let outside = false;
  visit(document, (_, node) => {
    const props = node as { anchor?: string; tag?: string } | null;
    if (props?.anchor !== undefined || props?.tag !== undefined) outside = true;
  });
  visit(document, {
    Pair: (_, pair) => void (pair.value === null && (outside = true)),
  });
  visit(document, { Alias: () => void (outside = true) });
  return outside === false;
}

const good: [string, string][] = [
  ...yamlFiles("spec"),
  ...yamlFiles("test/fixtures"),
  ...[10, 1000, 10_000].map((count): [string, string] => [
    `synthetic spec of ${count} codes`,
    syntheticSpec(count),
  ]),
  ...yamlFiles("test/corpora/hostile").map(([name, text]): [string, string] => [
    `${name} with its aliases written out`,
    withAliasesWrittenOut(text),
  ]),
];
const any: [string, string][] = [
  ...yamlFiles("test/corpora/hostile"),
  ...yamlFiles("test/corpora/bad-specs"),
];

describe("the fast YAML reader on the repository's specs", () => {
  test.each(good)(
    "%s: read by the fast reader into yaml's spec tree, as it is and padded past 64 KiB",
    (name, text) => {
      expect(expectSameDocument(text, name)).toEqual({ kind: "same" });
      for (const [how, large] of padded(text))
        expect(expectSameDocument(large, name), how).toEqual({
          kind: "same",
        });
    },
  );

  test.each(any)(
    "%s: declined or read into yaml's spec tree, as it is and padded, and never declined when inside the subset",
    (name, text) => {
      for (const [how, variant] of [
        ["as it is", text],
        ...padded(text),
      ] as const) {
        const outcome = expectSameDocument(variant, name);
        if (insideSubset(variant))
          expect(outcome, how).toEqual({ kind: "same" });
      }
    },
  );

  test("the corpora hold specs of both outcomes, so both paths are checked", () => {
    const outcomes = any.map(
      ([name, text]) => expectSameDocument(text, name).kind,
    );
    expect(outcomes).toContain("same");
    expect(outcomes).toContain("declined");
  });
});

// A differential fuzzer: good specs mutated the ways people edit YAML (scalars changed, quoting
// styles, block scalars, indentation, flow against block lists, comments, blank lines, CRLF, folded
// lines, stray indicator characters), and documents built from the fast reader's constructs nested
// any way, each read by the fast reader and by yaml.parseDocument. The fast reader must decline the
// text or build the spec tree of yaml's document with the same validator verdict.
// FAST_YAML_RUNS=<n> runs more cases than npm test does (FAST_YAML_SEED=<n> another fixed seed, so
// failures replay); FAST_YAML_REASONS=1 prints why texts yaml reads were declined.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { Document } from "yaml";
import { describe, expect, test } from "vitest";
import { syntheticSpec } from "../../bench/syntheticSpec.mjs";
import { mayMatchCoreTag } from "../../src/spec/fastYamlScalars.js";
import { ROOT } from "../helpers.js";
import { expectSameDocument } from "./yamlDifferential.js";
import {
  mutate,
  mutation,
  TRICKY,
  tree,
  writeTree,
  writing,
} from "./yamlFuzzInputs.js";

const RUNS = Number(process.env.FAST_YAML_RUNS ?? 300);
const SEED = Number(process.env.FAST_YAML_SEED ?? 19);

const SEEDS = [
  readFileSync(path.join(ROOT, "spec", "websocket-status-codes.yaml"), "utf8"),
  readFileSync(path.join(ROOT, "test", "fixtures", "graphql-ws.yaml"), "utf8"),
  readFileSync(
    path.join(ROOT, "test", "fixtures", "app-close-codes.yaml"),
    "utf8",
  ),
  syntheticSpec(10),
];

describe("the fast YAML reader against yaml.parseDocument on mutated specs", () => {
  test(
    "declines or builds the spec tree of yaml's document, with the same verdict",
    () => {
      const outcomes = { same: 0, declined: 0 };
      // FAST_YAML_REASONS=1 prints why the fast reader declined texts yaml reads without error, one example each.
      const declinedValid = new Map<
        string,
        { count: number; example: string }
      >();
      fc.assert(
        fc.property(
          fc.nat({ max: SEEDS.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (seed, edits) => {
            const text = edits
              .reduce(mutate, SEEDS[seed]!.split("\n"))
              .join("\n");
            const outcome = expectSameDocument(text);
            outcomes[outcome.kind]++;
            if (outcome.kind === "declined" && outcome.yamlErrors === 0) {
              const seen = declinedValid.get(outcome.reason) ?? {
                count: 0,
                example: text.slice(
                  Math.max(0, outcome.offset - 80),
                  outcome.offset + 40,
                ),
              };
              declinedValid.set(outcome.reason, {
                ...seen,
                count: seen.count + 1,
              });
            }
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
      if (process.env.FAST_YAML_REASONS) console.log(outcomes, declinedValid);
      // Both paths must be exercised, or the property says little.
      expect(outcomes.same).toBeGreaterThan(RUNS / 4);
      expect(outcomes.declined).toBeGreaterThan(RUNS / 20);
    },
    60_000 + RUNS * 20,
  );

  test(
    "on documents built from the subset's constructs nested any way: declines or builds the spec tree of yaml's document",
    () => {
      let same = 0;
      fc.assert(
        fc.property(tree, writing, (node, how) => {
          if (expectSameDocument(writeTree(node, how)).kind === "same") same++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(same).toBeGreaterThan(RUNS / 4);
    },
    60_000 + RUNS * 20,
  );

  test("the scalars the fast reader takes for strings without running the schema's tests match none of them", () => {
    const tags = new Document().schema.tags.flatMap((tag) =>
      tag.default === true && "test" in tag && tag.test ? [tag.test] : [],
    );
    expect(tags.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...TRICKY),
          fc.stringMatching(/^[nNtTfF][a-zA-Z]{2,8}$/),
          // Every spelling of the core schema's words, the ones it accepts and the ones it does not.
          fc.constantFrom("null", "true", "false").chain((word) =>
            fc
              .array(fc.boolean(), {
                minLength: word.length,
                maxLength: word.length,
              })
              .map((upper) =>
                [...word]
                  .map((ch, i) => (upper[i] ? ch.toUpperCase() : ch))
                  .join(""),
              ),
          ),
        ),
        (value) => {
          if (!mayMatchCoreTag(value))
            for (const test of tags)
              expect(
                test.test(value),
                `${test} on ${JSON.stringify(value)}`,
              ).toBe(false);
        },
      ),
      { seed: 19, numRuns: 2000 },
    );
  });
});

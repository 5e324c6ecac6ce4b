// Fuzzed specs through the real command line, with a fixed seed: a few hundred cases in every `npm test`.
// `npm run fuzz -- --runs N` (or `--seconds S`, `--seed X`) runs longer and writes a failing case to
// test/.output/fuzz-findings/ (see test/fuzz/run.mjs).
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../helpers.js";
import { fuzz } from "./harness.js";

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const seconds =
  process.env.FUZZ_SECONDS === undefined
    ? undefined
    : Number(process.env.FUZZ_SECONDS);
const seed = Number(process.env.FUZZ_SEED ?? 14);

test(`${seconds === undefined ? `${runs} fuzzed specs` : `fuzzed specs for ${seconds} s`} (seed ${seed}) keep every promise of a run`, async () => {
  const report = await fuzz({
    seed,
    runs,
    seconds,
    findings:
      process.env.FUZZ_FINDINGS === undefined
        ? undefined
        : path.join(ROOT, "test", ".output", "fuzz-findings"),
  });
  console.info(
    `fuzz: ${report.runs} cases in ${(report.ms / 1000).toFixed(1)} s, ${report.accepted} accepted and compiled together (${report.compiled} TypeScript files), seed ${seed}`,
  );
  expect(report.failures).toEqual([]);
  expect(report.runs).toBeGreaterThan(0);
  // The mutations must leave some specs valid, or the promises of an accepted spec go unchecked.
  expect(report.accepted).toBeGreaterThan(report.runs / 20);
}, 3_600_000);

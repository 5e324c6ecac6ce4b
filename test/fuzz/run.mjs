// `npm run fuzz -- [--runs N] [--seconds S] [--seed X]`: the fuzz harness (test/fuzz/harness.ts) for longer
// than npm test runs it. A failing case is written to test/.output/fuzz-findings/ (its spec and what it broke).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5000" },
    seconds: { type: "string" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
  },
});
console.log(
  `fuzz: seed ${values.seed}${values.seconds ? `, ${values.seconds} s` : `, ${values.runs} cases`}`,
);
const result = spawnSync("npx", ["vitest", "run", "test/fuzz/fuzz.test.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    FUZZ_RUNS: values.runs,
    FUZZ_SEED: values.seed,
    FUZZ_FINDINGS: "1",
    ...(values.seconds ? { FUZZ_SECONDS: values.seconds } : {}),
  },
});
process.exitCode = result.status ?? 1;

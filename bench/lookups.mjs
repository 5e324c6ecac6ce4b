// Times the generated lookup helpers against ws's isValidStatusCode, in one process, ns per call.
// Usage: node bench/lookups.mjs <generated dist/index.js> <rounds>; prints JSON on stdout:
// { results: { [input]: { [helper]: { ns, ratio } } } }, ratio relative to ws.isValidStatusCode.
// Each helper has its own loop function so every call site stays monomorphic, and every result is
// folded into a sum that is returned, so the optimizer cannot drop the calls.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [modulePath, roundsArg = "7"] = process.argv.slice(2);
const rounds = Number(roundsArg);
const { describe, isKnown, flagsOf, hasFlag } = await import(
  pathToFileURL(modulePath).href
);
// ws's package exports hide lib/validation.js, so it is loaded by its file path.
const require = createRequire(import.meta.url);
const { isValidStatusCode } = require(
  require.resolve("ws").replace(/index\.js$/, "lib/validation.js"),
);

function loopWs(codes, reps) {
  let sum = 0;
  for (let r = 0; r < reps; r++)
    for (let i = 0; i < codes.length; i++)
      if (isValidStatusCode(codes[i])) sum++;
  return sum;
}
function loopDescribe(codes, reps) {
  let sum = 0;
  for (let r = 0; r < reps; r++)
    for (let i = 0; i < codes.length; i++)
      if (describe(codes[i]) !== undefined) sum++;
  return sum;
}
function loopIsKnown(codes, reps) {
  let sum = 0;
  for (let r = 0; r < reps; r++)
    for (let i = 0; i < codes.length; i++) if (isKnown(codes[i])) sum++;
  return sum;
}
function loopFlagsOf(codes, reps) {
  let sum = 0;
  for (let r = 0; r < reps; r++)
    for (let i = 0; i < codes.length; i++) sum += flagsOf(codes[i]).length;
  return sum;
}
function loopHasFlag(codes, reps) {
  let sum = 0;
  for (let r = 0; r < reps; r++)
    for (let i = 0; i < codes.length; i++)
      if (hasFlag(codes[i], "reserved")) sum++;
  return sum;
}

const LOOPS = {
  "ws.isValidStatusCode": loopWs,
  describe: loopDescribe,
  isKnown: loopIsKnown,
  flagsOf: loopFlagsOf,
  hasFlag: loopHasFlag,
};

/** Every number a Close frame can carry. */
const allCodes = Array.from({ length: 65536 }, (_, i) => i);

/** What a server mostly receives: 1000/1001/1006/1011, some application codes, a little junk. */
function realisticMix(length) {
  let seed = 0x2545f491;
  const random = () =>
    (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const common = [1000, 1000, 1000, 1000, 1001, 1001, 1001, 1006, 1006, 1011];
  return Array.from({ length }, () => {
    const p = random();
    if (p < 0.85) return common[Math.floor(random() * common.length)];
    if (p < 0.95) return 3000 + Math.floor(random() * 2000);
    return Math.floor(random() * 65536);
  });
}
const mixCodes = realisticMix(65536);

/** Calls per timed sample, so one sample of the fastest loop takes ~20 ms. */
function repsFor(codes) {
  let reps = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    loopWs(codes, reps);
    if (Number(process.hrtime.bigint() - start) > 5e6) return reps * 4;
    reps *= 2;
  }
}

let sink = 0;
const results = {};
for (const [inputName, codes] of [
  ["0..65535", allCodes],
  ["realistic mix", mixCodes],
]) {
  for (const loop of Object.values(LOOPS))
    for (let i = 0; i < 5; i++) sink += loop(codes, 2); // warm-up: optimized before timing
  const reps = repsFor(codes);
  const samples = Object.fromEntries(
    Object.keys(LOOPS).map((name) => [name, []]),
  );
  for (let round = 0; round < rounds; round++) {
    for (const [name, loop] of Object.entries(LOOPS)) {
      const start = process.hrtime.bigint();
      sink += loop(codes, reps);
      samples[name].push(
        Number(process.hrtime.bigint() - start) / (reps * codes.length),
      );
    }
  }
  // Each ratio is the median over rounds of (helper / ws) within one round, robust to load drifting.
  const ws = samples["ws.isValidStatusCode"];
  results[inputName] = Object.fromEntries(
    Object.entries(samples).map(([name, ns]) => [
      name,
      {
        ns: median(ns),
        ratio: median(ns.map((value, round) => value / ws[round])),
      },
    ]),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

process.stdout.write(`${JSON.stringify({ results, sink })}\n`);

#!/usr/bin/env node
// Times reading a synthetic spec into the spec tree validation reads (lib/spec/nodes.js): yaml.parseDocument
// and its conversion (lib/spec/yamlTree.js) against the fast reader (lib/spec/fastYaml.js; both built by
// `npm run build`), interleaved, medians. Cold: the first read in a
// fresh process (what a CLI run pays); warm: repeated reads in one process. Also what a decline costs:
// the fast reader on the same spec with an alias on its last line (it reads to the end, then declines).
// Usage: node bench/specReading.mjs [codes=10000] [rounds=7]
import { execFileSync } from "node:child_process";
import { LineCounter, parseDocument } from "yaml";
import { median } from "./measure.mjs";
import { syntheticSpec } from "./syntheticSpec.mjs";

const FAST_READER = new URL("../lib/spec/fastYaml.js", import.meta.url);
const YAML_TREE = new URL("../lib/spec/yamlTree.js", import.meta.url);
const OPTIONS = () => ({
  lineCounter: new LineCounter(),
  uniqueKeys: true,
  prettyErrors: false,
  keepSourceTokens: false,
});
const isTree = (read) => "kind" in read;

const [, , first, second] = process.argv;
if (first === "--once") {
  // A child process: one read, its time on stdout.
  const [reader, count] = second.split(":");
  const text = syntheticSpec(Number(count));
  const read = await readerNamed(reader);
  const start = performance.now();
  read(text);
  console.log(performance.now() - start);
} else {
  const count = Number(first ?? 10_000);
  const rounds = Number(second ?? 7);
  const text = syntheticSpec(count);
  const declined = `${text}alias: *nothing\n`;
  const readers = {
    yaml: await readerNamed("yaml"),
    fast: await readerNamed("fast"),
  };
  const { readFastTree } = await import(FAST_READER);
  if (!isTree(readFastTree(text, new LineCounter())))
    throw new Error("the fast reader declines the synthetic spec");
  if (isTree(readFastTree(declined, new LineCounter())))
    throw new Error("the fast reader takes an alias");
  const times = {
    cold: { yaml: [], fast: [] },
    warm: { yaml: [], fast: [] },
    decline: [],
  };
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 ? ["fast", "yaml"] : ["yaml", "fast"]) {
      const child = execFileSync(
        process.execPath,
        [import.meta.filename, "--once", `${name}:${count}`],
        { encoding: "utf8" },
      );
      times.cold[name].push(Number(child));
      times.warm[name].push(timed(() => readers[name](text)));
    }
    times.decline.push(timed(() => readFastTree(declined, new LineCounter())));
  }
  const row = (what, yaml, fast) =>
    `${what.padEnd(34)} yaml ${median(yaml).toFixed(0).padStart(6)} ms   fast ${median(fast).toFixed(0).padStart(5)} ms   yaml / fast ${(median(yaml) / median(fast)).toFixed(1)}x`;
  console.log(
    `${count} codes (${(text.length / 1024 / 1024).toFixed(1)} MiB), medians of ${rounds}, interleaved:`,
  );
  console.log(
    row("first read in a fresh process", times.cold.yaml, times.cold.fast),
  );
  console.log(
    row("repeated reads in one process", times.warm.yaml, times.warm.fast),
  );
  console.log(
    `${"a decline (alias on the last line)".padEnd(34)} ${median(times.decline).toFixed(0)} ms before yaml.parseDocument reads it (${((100 * median(times.decline)) / median(times.warm.yaml)).toFixed(0)}% of a yaml read)`,
  );
}

function timed(work) {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function readerNamed(name) {
  if (name === "yaml") {
    const { specTreeOf } = await import(YAML_TREE);
    return (text) => specTreeOf(parseDocument(text, OPTIONS()));
  }
  const { fastTree } = await import(FAST_READER);
  return (text) => fastTree(text, new LineCounter());
}

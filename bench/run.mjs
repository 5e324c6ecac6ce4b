#!/usr/bin/env node
// `npm run bench`: times the generator (whole processes) and the generated lookups, each against a
// baseline measured in the same run, interleaved, medians of several rounds; prints one table with
// PASS/FAIL per target and writes it as JSON under .bench/ (git-ignored).
// Rounds: BENCH_ROUNDS (default 9) for the default spec and lookups, BENCH_LARGE_ROUNDS (default 5) for 1k/10k codes,
// BENCH_PEER_ROUNDS (default 3) for the peers (TypeSpec takes seconds a run), BENCH_LOOKUP_PROCESSES (default 5)
// processes for the lookups.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { bundleApps, gzipSize } from "./bundles.mjs";
import { median, rssMethod, run } from "./measure.mjs";
import { readTimings } from "../lib/timings.js";
import { JSON2TS, typeSpecProject } from "./peers.mjs";
import { syntheticSpec } from "./syntheticSpec.mjs";
import { printTable } from "./table.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "bin", "codeset.cjs");
const NODE = process.execPath;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const LARGE_ROUNDS = Number(process.env.BENCH_LARGE_ROUNDS ?? 5);
const PEER_ROUNDS = Number(process.env.BENCH_PEER_ROUNDS ?? 3);
const LOOKUP_PROCESSES = Number(process.env.BENCH_LOOKUP_PROCESSES ?? 5);
const DEFAULT_SPEC = "websocket-status-codes.yaml";
const DEFAULT_PACKAGE = "websocket-status-codes";

const loadBefore = os.loadavg();
const scratch = mkdtempSync(path.join(os.tmpdir(), "codeset-bench-"));
try {
  const project = makeScratchProject(path.join(scratch, "project"));
  const synthetic = Object.fromEntries(
    [1000, 10000].map((count) => [
      count,
      {
        count,
        spec: path.join(scratch, `synthetic-${count}.yaml`),
        out: path.join(scratch, `out-${count}`),
        runs: 0,
      },
    ]),
  );
  const generated = path.join(project, "generated");
  const peers = peerCommands(scratch, project, synthetic[10000]);
  const processes = {
    "node -e 0": () => run(NODE, ["-e", "0"]),
    "gen (default spec), fresh output folder": () => {
      rmSync(generated, { recursive: true, force: true });
      return run(NODE, [CLI, "gen"], { cwd: project });
    },
    "gen, nothing changed": () => run(NODE, [CLI, "gen"], { cwd: project }),
    "gen --check, up to date": () =>
      run(NODE, [CLI, "gen", "--check"], { cwd: project }),
    "gen, 1,000 codes": () => runSynthetic(synthetic[1000]),
    "gen, 10,000 codes": () => runSynthetic(synthetic[10000]),
    ...peers,
  };
  const roundsOf = (name) =>
    name in peers
      ? PEER_ROUNDS
      : name === "gen, 1,000 codes" || name === "gen, 10,000 codes"
        ? LARGE_ROUNDS
        : ROUNDS;

  // Warm-up: disk caches, every output exists (the peers read the default spec's schema), each peer emits.
  for (const measure of Object.values(processes)) measure();
  assertPeersEmitted(scratch);
  const samples = Object.fromEntries(
    Object.keys(processes).map((name) => [name, []]),
  );
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, measure] of Object.entries(processes)) {
      if (round < roundsOf(name)) samples[name].push(measure());
    }
  }

  const lookups = lookupsOverProcesses(
    path.join(generated, DEFAULT_PACKAGE, "dist", "index.js"),
  );
  const sizes = packageSizes(path.join(generated, DEFAULT_PACKAGE));
  const bundles = await bundleApps(
    path.join(generated, DEFAULT_PACKAGE),
    "WebSocketStatusCodes",
  );
  const rows = buildRows(samples, lookups, sizes, bundles);
  const loadAfter = os.loadavg();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      node: process.version,
      loadBefore,
      loadAfter,
    },
    rounds: { small: ROUNDS, large: LARGE_ROUNDS },
    rssMethod,
    rows,
    passed: rows.every((row) => row.pass !== false),
  };
  printTable(rows);
  const fmt = (load) => load.map((l) => l.toFixed(2)).join(" ");
  console.log(
    `\nload average before: ${fmt(loadBefore)}, after: ${fmt(loadAfter)} (${report.machine.cpus} CPUs${report.machine.cpuModel ? `, ${report.machine.cpuModel.trim()}` : ""}, Node ${process.version})`,
  );
  const dir = path.join(ROOT, ".bench");
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(path.join(dir, "latest.json"), json);
  writeFileSync(
    path.join(dir, `${report.date.replace(/[:.]/g, "-")}.json`),
    json,
  );
  console.log(
    `written to .bench/latest.json; ${report.passed ? "every target met" : "some targets missed"}`,
  );
  process.exitCode = report.passed ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** A project like this one holding only the default spec, so `gen` with no arguments writes only it. */
function makeScratchProject(project) {
  mkdirSync(path.join(project, "spec"), { recursive: true });
  writeFileSync(
    path.join(project, "package.json"),
    '{ "name": "codeset-bench-scratch", "private": true }\n',
  );
  copyFileSync(
    path.join(ROOT, "spec", DEFAULT_SPEC),
    path.join(project, "spec", DEFAULT_SPEC),
  );
  return project;
}

/**
 * Each run gets a spec with a new title, so every run renders and writes every output anew. The run
 * reports its phases (CODESET_TIMINGS=1: a few clock reads), which the rows below take apart.
 */
function runSynthetic(job) {
  writeSyntheticSpec(job, ++job.runs);
  rmSync(job.out, { recursive: true, force: true });
  const result = run(NODE, [CLI, "gen", "--spec", job.spec, "--out", job.out], {
    measureRss: true,
    env: { CODESET_TIMINGS: "1" },
  });
  return { ...result, phases: phasesOf(result.stderr) };
}

/** The phases the run reported; a run that reports none is a broken bench, not a fast one. */
function phasesOf(stderr) {
  const phases = readTimings(stderr);
  if (phases === undefined) throw new Error(`no timings line in:\n${stderr}`);
  return phases;
}

function writeSyntheticSpec(job, run) {
  writeFileSync(
    job.spec,
    syntheticSpec(job.count).replace(/^title: (.*)$/m, `title: $1, run ${run}`),
  );
}

/**
 * The peers, each a whole process on the same codes: TypeSpec compiling the default spec's and the
 * 10,000 codes written as a documented TypeSpec enum (JSON Schema emitter only), and
 * json-schema-to-typescript turning the default spec's generated schema into TypeScript.
 */
function peerCommands(scratch, project, big) {
  writeSyntheticSpec(big, 0);
  const typeSpec = (name, specFile) => {
    const args = typeSpecProject(specFile, path.join(scratch, name));
    return () => run(NODE, args);
  };
  const schema = path.join(
    project,
    "generated",
    DEFAULT_PACKAGE,
    "WebSocketStatusCodes.schema.json",
  );
  return {
    "TypeSpec, default spec": typeSpec(
      "tsp-default",
      path.join(project, "spec", DEFAULT_SPEC),
    ),
    "TypeSpec, 10,000 codes": typeSpec("tsp-10000", big.spec),
    "json-schema-to-typescript, default spec": () =>
      run(NODE, [
        JSON2TS,
        "-i",
        schema,
        "-o",
        path.join(scratch, "json2ts.d.ts"),
      ]),
  };
}

/** A peer that exits 0 but writes nothing would look fast: each must have written its file. */
function assertPeersEmitted(scratch) {
  for (const dir of ["tsp-default", "tsp-10000"]) {
    const out = path.join(scratch, dir, "out");
    const emitted = readdirSync(out, { recursive: true }).filter((file) =>
      String(file).endsWith(".json"),
    );
    if (emitted.length === 0)
      throw new Error(`tsp compile wrote no JSON Schema under ${out}`);
  }
  if (statSync(path.join(scratch, "json2ts.d.ts")).size === 0)
    throw new Error("json-schema-to-typescript wrote an empty file");
}

/**
 * The lookups timed in LOOKUP_PROCESSES separate processes: V8 compiles ws's comparisons and the
 * helpers afresh in each, and a process's JIT luck moves every ratio by up to 2x (ws itself takes
 * 1.2 to 3 ns). Each figure is the median over processes of that process's median.
 */
function lookupsOverProcesses(modulePath) {
  const runs = Array.from(
    { length: LOOKUP_PROCESSES },
    () =>
      JSON.parse(
        execFileSync(
          NODE,
          [
            path.join(import.meta.dirname, "lookups.mjs"),
            modulePath,
            String(ROUNDS),
          ],
          { encoding: "utf8" },
        ),
      ).results,
  );
  const merged = {};
  for (const [input, helpers] of Object.entries(runs[0])) {
    merged[input] = {};
    for (const helper of Object.keys(helpers)) {
      const of = (key) =>
        median(runs.map((results) => results[input][helper][key]));
      merged[input][helper] = { ns: of("ns"), ratio: of("ratio") };
    }
  }
  return merged;
}

/** Packed tarball size (npm pack --dry-run) and gzip -9 of the ESM entry, the runtime and their declarations. */
function packageSizes(dir) {
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: dir,
      encoding: "utf8",
    }),
  );
  const gzip = (file) =>
    gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length;
  return {
    tarball: pack.size,
    unpacked: pack.unpackedSize,
    esmGzip: gzip("dist/index.js"),
    dtsGzip: gzip("dist/index.d.ts"),
    runtimeEsmGzip: gzip("dist/codeset-runtime.js"),
    runtimeDtsGzip: gzip("dist/codeset-runtime.d.ts"),
  };
}

/** Median of per-round ratios: robust when the machine's load drifts during the run. */
function ratioOf(samples, baseline, key = "ms") {
  return median(samples.map((sample, i) => sample[key] / baseline[i][key]));
}

function buildRows(samples, lookups, sizes, bundles) {
  const ms = (name) => median(samples[name].map((s) => s.ms));
  const baseline = samples["node -e 0"];
  const rows = [
    { what: "node -e 0 (baseline)", value: ms("node -e 0"), unit: "ms" },
  ];
  for (const [name, limit] of [
    ["gen (default spec), fresh output folder", 1.8],
    ["gen, nothing changed", 1.6],
    ["gen --check, up to date", 1.6],
  ]) {
    const ratio = ratioOf(samples[name], baseline);
    rows.push({
      what: name,
      value: ms(name),
      unit: "ms",
      ratio,
      baseline: "node -e 0",
      target: `<= ${limit}x`,
      pass: ratio <= limit,
    });
  }
  const small = samples["gen, 1,000 codes"];
  const big = samples["gen, 10,000 codes"];
  const rss = (list) => median(list.map((s) => s.rssMiB));
  rows.push({
    what: "gen, 1,000 codes",
    value: ms("gen, 1,000 codes"),
    unit: "ms",
    rssMiB: rss(small),
  });
  rows.push({
    what: "gen, 10,000 codes",
    value: ms("gen, 10,000 codes"),
    unit: "ms",
    target: "<= 600 ms",
    pass: ms("gen, 10,000 codes") <= 600,
  });
  rows.push({
    what: "gen, 10,000 codes: peak RSS",
    value: rss(big),
    unit: "MiB",
    target: "<= 160 MiB",
    pass: rss(big) <= 160,
  });
  // Where the 10,000-code run's time goes: each phase's median over the same runs (information).
  for (const [phase] of big[0].phases)
    rows.push({
      what: `gen, 10,000 codes: ${phase}`,
      value: median(big.map((s) => new Map(s.phases).get(phase) ?? Number.NaN)),
      unit: "ms",
    });
  const scale = ms("gen, 10,000 codes") / ms("gen, 1,000 codes");
  rows.push({
    what: "gen, 10,000 / 1,000 codes",
    value: scale,
    unit: "x",
    target: "<= 8x",
    pass: scale <= 8,
  });
  // A peer's ratio is its time over ours (medians of the same rounds): how many times faster we are.
  for (const [peer, ours, limit] of [
    ["TypeSpec, default spec", "gen (default spec), fresh output folder", 4],
    ["TypeSpec, 10,000 codes", "gen, 10,000 codes", 4],
    [
      "json-schema-to-typescript, default spec",
      "gen (default spec), fresh output folder",
    ],
  ]) {
    const ratio = ms(peer) / ms(ours);
    rows.push({
      what: `${peer} (peer; ratio: its time / ours)`,
      value: ms(peer),
      unit: "ms",
      ratio,
      baseline: ours,
      ...(limit === undefined
        ? {}
        : { target: `>= ${limit}x`, pass: ratio >= limit }),
    });
  }
  for (const [input, results] of Object.entries(lookups)) {
    const base = results["ws.isValidStatusCode"];
    rows.push({
      what: `ws.isValidStatusCode, ${input} (baseline)`,
      value: base.ns,
      unit: "ns/op",
    });
    for (const helper of ["describe", "isKnown", "flagsOf", "hasFlag"]) {
      const { ns, ratio } = results[helper];
      rows.push({
        what: `${helper}, ${input}`,
        value: ns,
        unit: "ns/op",
        ratio,
        baseline: "ws.isValidStatusCode",
        target: "<= 1.5x",
        pass: ratio <= 1.5,
      });
    }
  }
  rows.push({
    what: "package tarball (npm pack)",
    value: sizes.tarball,
    unit: "B",
    note: `${sizes.unpacked} B unpacked`,
  });
  // What a browser app ships is a bundle: these are what reaches users (information, no target).
  for (const [file, size, note] of [
    ["dist/index.js", sizes.esmGzip, "the data: enum, tables, texts"],
    ["dist/index.d.ts", sizes.dtsGzip, undefined],
    ["dist/codeset-runtime.js", sizes.runtimeEsmGzip, "the lookups' code"],
    ["dist/codeset-runtime.d.ts", sizes.runtimeDtsGzip, undefined],
  ])
    rows.push({ what: `${file}, gzip -9`, value: size, unit: "B", note });
  for (const [app, text] of Object.entries(bundles))
    rows.push({
      what: `esbuild --bundle --minify, ${app}, gzip -9`,
      value: gzipSize(text),
      unit: "B",
      note: `${text.length} B minified`,
    });
  return rows;
}

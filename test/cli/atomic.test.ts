// Atomic output: a run writes a whole generation or nothing, survives SIGKILL and never interleaves with another run.
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  CLI,
  ROOT,
  runCliAsync,
  sameSnapshot,
  siblings,
  snapshotFolder,
} from "../helpers.js";

const SCRATCH = path.join(ROOT, "test", ".output", `atomic-${process.pid}`);
const OUT = path.join(SCRATCH, "parent", "out");
/** Enough codes that rendering and writing take a while, so kills land at many different points. */
const CODE_COUNT = 800;

/**
 * Three generations that differ in a useful way: `version` changes package.json only, `suffix` changes
 * every other file. Two runs that both think some file is unchanged would mix generations.
 */
const SPECS = {
  base: { version: "1.0.0", suffix: "first" },
  newVersion: { version: "1.0.1", suffix: "first" },
  newTexts: { version: "1.0.0", suffix: "second" },
} as const;
type Generation = keyof typeof SPECS;

function specText({
  version,
  suffix,
}: {
  version: string;
  suffix: string;
}): string {
  const lines = [
    "name: BigCodes",
    `package: { name: big-codes, version: ${version} }`,
    "codes:",
  ];
  for (let i = 0; i < CODE_COUNT; i++) {
    lines.push(
      `  - { name: Code${i}, code: ${i}, description: "Code ${i}, ${suffix} edition. ${"Padding that makes every output file large. ".repeat(6)}" }`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Each spec sits beside its own package.json, so every banner names it `spec.yaml` and generations differ only by content. */
const specFile = (generation: Generation) =>
  path.join(SCRATCH, "specs", generation, "spec.yaml");
const reference = new Map<Generation, Map<string, Buffer>>();
/** How long one uncontended run took here: waits below scale with the machine instead of guessing. */
let singleRunMs = 0;

/** A run into OUT; resolves when the child is gone, however it ended. */
function startRun(generation: Generation) {
  const child = spawn(
    process.execPath,
    [CLI, "gen", "--spec", specFile(generation), "--out", OUT],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<{
    status: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolve) => {
    child.on("close", (status, signal) => resolve({ status, signal, stderr }));
  });
  return { child, done };
}

/** Which generation a folder holds exactly, or undefined for a mix or anything else. */
function generationIn(dir: string): Generation | undefined {
  const snapshot = snapshotFolder(dir);
  return [...reference].find(([, files]) => sameSnapshot(files, snapshot))?.[0];
}

/** The lock and journal entries beside OUT (`.codeset.lock`, `.codeset-txn-*`). */
const leftovers = () => siblings(OUT).filter((name) => name !== "out");
const LOCK = path.join(path.dirname(OUT), ".codeset.lock");

/** A run into OUT that must succeed; `notice` matches what it may say on stderr about a killed run's leftovers. */
async function generate(
  generation: Generation,
  notice: RegExp = /^$/,
): Promise<void> {
  const result = await runCliAsync([
    "gen",
    "--spec",
    specFile(generation),
    "--out",
    OUT,
  ]);
  expect(result.stderr).toMatch(notice);
  expect(result.status).toBe(0);
  expect(generationIn(OUT)).toBe(generation);
  expect(leftovers()).toEqual([]);
}

beforeAll(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(path.join(SCRATCH, "parent"), { recursive: true });
  const generations = Object.keys(SPECS) as Generation[];
  for (const generation of generations) {
    mkdirSync(path.dirname(specFile(generation)), { recursive: true });
    writeFileSync(
      path.join(path.dirname(specFile(generation)), "package.json"),
      "{}\n",
    );
    writeFileSync(specFile(generation), specText(SPECS[generation]));
  }
  await Promise.all(
    generations.map(async (generation) => {
      const dir = path.join(SCRATCH, "reference", generation);
      const started = Date.now();
      const result = await runCliAsync([
        "gen",
        "--spec",
        specFile(generation),
        "--out",
        dir,
      ]);
      singleRunMs = Math.max(singleRunMs, Date.now() - started);
      if (result.status !== 0) throw new Error(result.stderr);
      reference.set(generation, snapshotFolder(dir));
    }),
  );
}, 120_000);

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe("a run that succeeds", () => {
  test("replaces the whole folder: files the new generation lacks go, unchanged files keep their inode", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const stray = path.join(OUT, "src", "OldName.ts");
    cpSync(path.join(SCRATCH, "reference", "base"), OUT, { recursive: true });
    writeFileSync(
      stray,
      "// generated from spec.yaml by `npm run gen`; do not edit\n// from a generation whose spec had another name\n",
    );
    await generate("base");
    expect(existsSync(stray)).toBe(false);

    const sourceBefore = statSync(path.join(OUT, "src", "BigCodes.ts")).ino;
    const manifestBefore = statSync(path.join(OUT, "package.json")).ino;
    await generate("newVersion");
    expect(statSync(path.join(OUT, "src", "BigCodes.ts")).ino).toBe(
      sourceBefore,
    );
    expect(statSync(path.join(OUT, "package.json")).ino).not.toBe(
      manifestBefore,
    );
  }, 60_000);
});

describe("a run that fails", () => {
  test("refuses to replace a folder of foreign files, touches nothing and leaves nothing beside it", async () => {
    const foreign = path.join(SCRATCH, "parent", "foreign");
    mkdirSync(foreign, { recursive: true });
    writeFileSync(path.join(foreign, "notes.txt"), "mine\n");
    const before = siblings(foreign);
    const result = await runCliAsync([
      "gen",
      "--spec",
      specFile("base"),
      "--out",
      foreign,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `codeset: ${path.relative(ROOT, foreign)}/notes.txt was not written by this generator (it has no "generated from ...; do not edit" banner); nothing written: move it away, or choose another output folder\n`,
    );
    expect([...snapshotFolder(foreign).keys()]).toEqual(["notes.txt"]);
    expect(siblings(foreign)).toEqual(before);
    rmSync(foreign, { recursive: true });
  }, 60_000);
});

describe("a run killed with SIGKILL", () => {
  test("leaves the previous generation (or the complete new one) in place, and the next run recovers", async () => {
    await generate("base");
    const order: Generation[] = [
      "newVersion",
      "newTexts",
      "base",
      "newVersion",
      "newTexts",
    ];
    let previous: Generation = "base";
    const outcomes: string[] = [];
    for (const [attempt, generation] of order.entries()) {
      const { child, done } = startRun(generation);
      // Half the attempts kill as soon as the staging folder appears (mid-write), the others at a random moment.
      const whenWriting = attempt % 2 === 0;
      const delay = 100 + Math.floor(Math.random() * 1500);
      const started = Date.now();
      let midWrite = false;
      const poll = setInterval(() => {
        // Only this run's staging folder counts: killed runs before it may have left theirs.
        const staging = leftovers().some((name) =>
          name.startsWith(`.codeset-txn-${child.pid}-`),
        );
        if (whenWriting ? staging : Date.now() - started >= delay) {
          clearInterval(poll);
          midWrite = staging;
          child.kill("SIGKILL");
        }
      }, 1);
      const result = await done;
      clearInterval(poll);
      if (existsSync(OUT)) {
        const found = generationIn(OUT);
        expect([previous, generation]).toContain(found);
        outcomes.push(
          `${result.signal ?? "exit"}${midWrite ? " mid-write" : ""}:${found === generation ? "new" : "old"}`,
        );
        previous = found!;
      } else {
        // Killed between the two renames of the swap: the previous generation waits in the journal's folder.
        const journal = leftovers().find((name) =>
          name.startsWith(`.codeset-txn-${child.pid}-`),
        );
        expect(journal).toBeDefined();
        expect(
          generationIn(path.join(path.dirname(OUT), journal!, "old", "0")),
        ).toBe(previous);
        outcomes.push(`${result.signal}:between-renames`);
      }
    }
    console.info(`SIGKILL outcomes: ${outcomes.join(", ")}`);
    // The next run cleans up whatever the killed ones left (and says so) and writes its generation.
    await generate(
      previous === "newTexts" ? "newVersion" : "newTexts",
      /^(codeset: (removed|cleaned up|put back) .*\n)*$/,
    );
  }, 180_000);
});

describe("a lock left behind", () => {
  test("by a dead process, or without a pid, is removed by the next run, which says so", async () => {
    await generate("base");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(LOCK, String(dead));
    await generate(
      "newVersion",
      new RegExp(
        `^codeset: removed the stale lock test/\\.output/atomic-\\d+/parent/\\.codeset\\.lock of process ${dead}, which is no longer running\n$`,
      ),
    );
    writeFileSync(LOCK, "");
    await generate(
      "base",
      /^codeset: removed the stale lock \S+, which names no process\n$/,
    );
  }, 120_000);
});

describe("two runs at the same time into the same folder", () => {
  const finishBoth = async (runs: ReturnType<typeof startRun>[]) => {
    for (const result of await Promise.all(runs.map((run) => run.done))) {
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
    expect(["newVersion", "newTexts"]).toContain(generationIn(OUT));
    expect(leftovers()).toEqual([]);
  };

  test("started together, never interleave: the folder ends as one complete generation", async () => {
    await generate("base");
    await finishBoth([startRun("newVersion"), startRun("newTexts")]);
  }, 120_000);

  test("both waiting on the lock while the folder changes under them still end as one generation", async () => {
    await generate("base");
    // A live process (this one) holds the lock, so both runs render and compare against the same
    // folder, then queue; the second to swap must not trust what it compared before the first swapped.
    writeFileSync(LOCK, String(process.pid));
    const runs = [startRun("newVersion"), startRun("newTexts")];
    await new Promise((resolve) => setTimeout(resolve, 2 * singleRunMs));
    rmSync(LOCK);
    await finishBoth(runs);
  }, 120_000);
});

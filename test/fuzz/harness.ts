// The fuzz harness: mutated specs through the real command line (in a worker thread, bounded in time and
// memory), judged by the promises of the CONTRACT: exit 0, 1 or 2; no stack trace; every FILE:LINE:COL
// inside its file; nothing written by a failed run; for an accepted spec, --check clean right after gen,
// a second gen that changes nothing, JSON that parses and TypeScript that compiles under --strict.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import ts from "typescript";
import { printable } from "../../src/project.js";
import { ROOT, sameSnapshot, snapshotFolder } from "../helpers.js";
import { fuzzCase, SEEDS, specBytes, type FuzzCase } from "./mutations.js";

/** Bounds of one command of a case: wall time, and the worker's heap. */
export const COMMAND_TIME_LIMIT_MS = 10_000;
export const HEAP_LIMIT_MB = 512;
/** Accepted cases whose TypeScript is compiled together, in one program. */
const COMPILE_BATCH = 150;

export interface FuzzOptions {
  seed: number;
  runs: number;
  /** Stop after this many seconds, whatever `runs` says. */
  seconds?: number;
  /** Where a failing case is written (its spec, and what it broke), to be added to the corpus. */
  findings?: string;
}

export interface FuzzReport {
  runs: number;
  accepted: number;
  compiled: number;
  ms: number;
  /** One line per broken promise, each naming the case. */
  failures: string[];
}

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  thrown: string | null;
  ms: number;
  /** Set when the command overran its time or memory. */
  crash?: string;
}

/** Runs commands in a long-lived worker; a command that overruns its time or memory costs the worker, not the run. */
class CommandRunner {
  private worker: Worker | undefined;

  run(argv: string[]): Promise<Outcome> {
    const worker = (this.worker ??= new Worker(
      new URL("./worker.mjs", import.meta.url),
      {
        resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
        stdout: true,
        stderr: true,
      },
    ));
    return new Promise((resolve) => {
      const started = performance.now();
      const lost = (crash: string) => {
        clearTimeout(timer);
        worker.removeAllListeners();
        void worker.terminate();
        this.worker = undefined;
        resolve({
          status: null,
          stdout: "",
          stderr: "",
          thrown: null,
          ms: performance.now() - started,
          crash,
        });
      };
      const timer = setTimeout(
        () => lost(`took longer than ${COMMAND_TIME_LIMIT_MS} ms`),
        COMMAND_TIME_LIMIT_MS,
      );
      worker.once("message", (outcome: Outcome) => {
        clearTimeout(timer);
        worker.removeAllListeners("error");
        worker.removeAllListeners("exit");
        resolve(outcome);
      });
      worker.once("error", (error: Error & { code?: string }) =>
        lost(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `ran out of its ${HEAP_LIMIT_MB} MB heap`
            : `crashed: ${error.message}`,
        ),
      );
      worker.once("exit", (code) => lost(`exited with ${code}`));
      worker.postMessage({ argv });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

/** Runs the property over `options.runs` cases (or `seconds`), then compiles the accepted cases' TypeScript in batches. */
export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const scratch = mkdtempSync(path.join(ROOT, "test", ".output", "fuzz-"));
  const runner = new CommandRunner();
  const seedOutputs = await generateSeeds(runner, scratch);
  const pending: { file: string; label: string; dir: string }[] = [];
  const failures: string[] = [];
  let runs = 0;
  let accepted = 0;
  let compiled = 0;
  const started = performance.now();

  const compileBatch = () => {
    const batch = pending.splice(0);
    compiled += batch.length;
    for (const problem of compileProblems(batch)) failures.push(problem);
    for (const { dir } of batch) rmSync(dir, { recursive: true, force: true });
  };

  const property = fc.asyncProperty(fuzzCase, async (fuzzCaseValue) => {
    runs++;
    const result = await judge(runner, fuzzCaseValue, scratch, seedOutputs);
    if (result.problems.length > 0) {
      rmSync(result.dir, { recursive: true, force: true });
      throw new Error(result.problems.join("\n"));
    }
    if (result.typescript === undefined)
      rmSync(result.dir, { recursive: true, force: true });
    else {
      accepted++;
      pending.push({
        file: result.typescript,
        label: describeCase(fuzzCaseValue),
        dir: result.dir,
      });
      if (pending.length >= COMPILE_BATCH) compileBatch();
    }
  });
  const details = await fc.check(property, {
    seed: options.seed,
    numRuns:
      options.seconds === undefined ? options.runs : Number.MAX_SAFE_INTEGER,
    interruptAfterTimeLimit:
      options.seconds === undefined ? undefined : options.seconds * 1000,
    markInterruptAsFailure: false,
  });
  compileBatch();
  await runner.close();
  if (details.failed && details.counterexample) {
    const [failing] = details.counterexample;
    const message =
      details.errorInstance instanceof Error
        ? details.errorInstance.message
        : String(details.errorInstance);
    failures.unshift(
      `${describeCase(failing)} (seed ${options.seed}, path ${details.counterexamplePath}): ${message}`,
    );
    if (options.findings) writeFinding(options.findings, failing, message);
  }
  rmSync(scratch, { recursive: true, force: true });
  return {
    runs: details.numRuns,
    accepted,
    compiled,
    ms: performance.now() - started,
    failures,
  };
}

/** Each seed generated once into a folder of its own: a case's output folder starts as a copy, so "nothing written" means something. */
async function generateSeeds(
  runner: CommandRunner,
  scratch: string,
): Promise<Map<string, string>> {
  const outputs = new Map<string, string>();
  for (const [seed, text] of SEEDS) {
    const dir = path.join(scratch, "seeds", seed.replaceAll("/", "_"));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "spec.yaml"), text);
    const out = path.join(dir, "out");
    const result = await runner.run([
      "gen",
      "--spec",
      path.join(dir, "spec.yaml"),
      "--out",
      out,
    ]);
    if (result.status !== 0)
      throw new Error(`seed ${seed} does not generate: ${result.stderr}`);
    outputs.set(seed, out);
  }
  return outputs;
}

interface Judgement {
  dir: string;
  problems: string[];
  /** The accepted case's TypeScript source, to compile in a batch. */
  typescript?: string;
}

async function judge(
  runner: CommandRunner,
  fuzzCaseValue: FuzzCase,
  scratch: string,
  seedOutputs: Map<string, string>,
): Promise<Judgement> {
  const dir = mkdtempSync(path.join(scratch, "case-"));
  const project = path.join(dir, "project");
  const spec = path.join(project, "spec", fuzzCaseValue.fileName);
  const out = path.join(project, "out");
  mkdirSync(path.dirname(spec), { recursive: true });
  writeFileSync(path.join(project, "package.json"), "{}\n");
  const bytes = specBytes(fuzzCaseValue);
  writeFileSync(spec, bytes);
  cpSync(seedOutputs.get(fuzzCaseValue.seed)!, out, { recursive: true });
  const before = snapshotFolder(project);
  const entriesBefore = listing(project);
  const args = ["--spec", spec, "--out", out];
  const problems: string[] = [];
  const gen = await runner.run(["gen", ...args]);
  problems.push(...promisesOfAnyRun("gen", gen, spec, bytes));
  if (gen.status !== 0) {
    if (
      !sameSnapshot(snapshotFolder(project), before) ||
      listing(project).join("\n") !== entriesBefore.join("\n")
    )
      problems.push(`gen failed (exit ${gen.status}) but changed the project`);
    return { dir, problems };
  }
  const check = await runner.run(["gen", "--check", ...args]);
  problems.push(...promisesOfAnyRun("gen --check", check, spec, bytes));
  if (check.status !== 0 || check.stderr !== "")
    problems.push(
      `gen --check right after gen: exit ${check.status}: ${check.stderr.slice(0, 600)}`,
    );
  const again = await runner.run(["gen", ...args]);
  if (again.status !== 0 || !again.stdout.endsWith(": up to date\n"))
    problems.push(
      `a second gen changed something: ${again.stdout}${again.stderr}`.slice(
        0,
        600,
      ),
    );
  for (const file of readdirSync(out, {
    recursive: true,
    encoding: "utf8",
  }).filter((name) => name.endsWith(".json"))) {
    try {
      JSON.parse(readFileSync(path.join(out, file), "utf8"));
    } catch (error) {
      problems.push(`${file} is not JSON: ${(error as Error).message}`);
    }
  }
  const typescript = readdirSync(path.join(out, "src")).find((name) =>
    name.endsWith(".ts"),
  );
  return {
    dir,
    problems,
    typescript:
      typescript === undefined ? undefined : path.join(out, "src", typescript),
  };
}

/** What every run must keep: a known exit status, no stack trace, a message per line with positions inside the files they name. */
function promisesOfAnyRun(
  command: string,
  outcome: Outcome,
  spec: string,
  bytes: Buffer,
): string[] {
  const problems: string[] = [];
  if (outcome.crash !== undefined) return [`${command} ${outcome.crash}`];
  if (outcome.thrown !== null)
    problems.push(`${command} threw: ${outcome.thrown.slice(0, 800)}`);
  if (outcome.status === null || ![0, 1, 2].includes(outcome.status))
    problems.push(`${command} exited with ${outcome.status}`);
  if (
    /^\s+at .+:\d+:\d+\)?$/m.test(outcome.stderr) ||
    /internal error/.test(outcome.stderr)
  )
    problems.push(
      `${command} printed a stack trace or an internal error: ${outcome.stderr.slice(0, 800)}`,
    );
  if (outcome.ms > COMMAND_TIME_LIMIT_MS / 2)
    problems.push(`${command} took ${Math.round(outcome.ms)} ms`);
  const shownSpec = printable(
    path.relative(process.cwd(), spec).split(path.sep).join("/"),
  );
  const lines = bytes
    .toString("utf8")
    .replace(/^\ufeff/, "")
    .split(/\r\n|\r|\n/);
  for (const line of outcome.stderr.split("\n")) {
    const position = /^(.+?):(\d+):(\d+): /.exec(line);
    if (position === null || position[1] !== shownSpec) continue;
    const [row, col] = [Number(position[2]), Number(position[3])];
    const text = lines[row - 1];
    // Columns count UTF-16 code units, as the YAML parser's positions do; one past the end is the end of the line.
    if (row < 1 || col < 1 || text === undefined || col > text.length + 1)
      problems.push(
        `${command}: ${line.slice(0, 200)} lies outside the spec (${lines.length} lines)`,
      );
  }
  return problems;
}

/** Every entry below dir, folders and hidden ones too, to see that a failed run left nothing behind. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

/** One TypeScript program over a batch of accepted cases' sources, with the options the CONTRACT promises. */
function compileProblems(
  batch: readonly { file: string; label: string }[],
): string[] {
  if (batch.length === 0) return [];
  const program = ts.createProgram(
    batch.map(({ file }) => file),
    {
      strict: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    },
    compilerHost,
  );
  const byFile = new Map(
    batch.map(({ file, label }) => [path.resolve(file), label]),
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const file = diagnostic.file ? path.resolve(diagnostic.file.fileName) : "";
    return `tsc --strict fails for ${byFile.get(file) ?? file}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
  });
}

/** A compiler host that reads TypeScript's own lib files once for every batch. */
const compilerHost: ts.CompilerHost = (() => {
  const host = ts.createCompilerHost({});
  const cache = new Map<string, ts.SourceFile | undefined>();
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (
      !fileName.includes(
        `${path.sep}node_modules${path.sep}typescript${path.sep}`,
      )
    )
      return original(fileName, languageVersion, ...rest);
    if (!cache.has(fileName))
      cache.set(fileName, original(fileName, languageVersion, ...rest));
    return cache.get(fileName);
  };
  return host;
})();

function describeCase(fuzzCaseValue: FuzzCase): string {
  return JSON.stringify(fuzzCaseValue);
}

/** Writes a failing case as a spec file (bytes as generated) and a note of what it broke, ready to add to the corpus. */
function writeFinding(
  folder: string,
  failing: FuzzCase,
  message: string,
): void {
  mkdirSync(folder, { recursive: true });
  const name = `fuzz-${Date.now().toString(36)}`;
  writeFileSync(path.join(folder, `${name}.yaml`), specBytes(failing));
  writeFileSync(
    path.join(folder, `${name}.txt`),
    `case: ${describeCase(failing)}\nspec file name: ${JSON.stringify(failing.fileName)}\n\n${message}\n`,
  );
}

#!/usr/bin/env node
// The command line: parses arguments, runs the pipeline, maps outcomes to exit codes (0 ok, 1 spec or stale, 2 usage).
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic, SpecError } from "./diagnostics.js";
import { renderJobs, type Job } from "./generate.js";
import { init } from "./init.js";
import { printVersion } from "./version.js";
import { compareOutputs, isUpToDate, writeOutputs } from "./writeOutputs.js";

const USAGE = `Usage: codeset gen [options]
       codeset init [--name Name] [--from websocket] [--force]   (see codeset init --help)
       codeset --version

Generates a TypeScript enum with helpers, a JSON Schema, a doc page and an npm
package from each spec.

Options:
  --spec FILE     one spec to generate (default: every spec/*.yaml and spec/*.yml)
  --out DIR       output folder for --spec (default: generated/<package.name>)
  --check         compare instead of writing; exit 1 naming each stale file
  -h, --help      show this help

Exit status: 0 done, 1 invalid spec or stale output, 2 bad usage.`;

class UsageError extends Error {}

export function main(argv: readonly string[]): number {
  if (argv[0] === "init") return init(argv.slice(1));
  if (argv[0] === "--version" || argv[0] === "-v") return printVersion();
  let options;
  try {
    options = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))) throw error;
    process.stderr.write(`codeset: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const rendered = renderJobs(options.jobs);
    if (options.check) return check(rendered);
    for (const { outDir, files } of rendered) {
      const changed = writeOutputs(outDir, files);
      const where = path.relative(process.cwd(), outDir) || ".";
      process.stdout.write(`${where}: ${changed === 0 ? "up to date" : `${changed} file${changed === 1 ? "" : "s"} changed`}\n`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    process.stderr.write(`${error.diagnostics.map(formatDiagnostic).join("\n")}\n`);
    return 1;
  }
}

function check(rendered: ReturnType<typeof renderJobs>): number {
  let ok = true;
  for (const { outDir, files } of rendered) {
    const comparison = compareOutputs(outDir, files);
    if (isUpToDate(comparison)) continue;
    ok = false;
    const where = path.relative(process.cwd(), outDir) || ".";
    for (const file of comparison.stale) process.stderr.write(`stale: ${where}/${file}\n`);
    for (const file of comparison.missing) process.stderr.write(`missing: ${where}/${file}\n`);
    for (const file of comparison.extra) process.stderr.write(`extra: ${where}/${file}\n`);
  }
  if (!ok) process.stderr.write("run `npm run gen` to regenerate\n");
  return ok ? 0 : 1;
}

function parseCommand(argv: readonly string[]): { help: boolean; check: boolean; jobs: Job[] } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      spec: { type: "string" },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command = "gen", ...rest] = positionals;
  if (command !== "gen") throw new UsageError(`unknown command '${command}'`);
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
  if (values.out !== undefined && values.spec === undefined) throw new UsageError("--out needs --spec");
  const jobs = values.spec !== undefined ? [{ specFile: values.spec, outDir: values.out }] : values.help ? [] : defaultJobs();
  return { help: values.help, check: values.check, jobs };
}

function defaultJobs(): Job[] {
  let files: string[];
  try {
    files = readdirSync("spec").filter((file) => /\.ya?ml$/.test(file)).sort();
  } catch {
    throw new UsageError("no spec/ folder here; run `codeset init` to start one, or give --spec FILE");
  }
  if (files.length === 0) throw new UsageError("spec/ holds no .yaml files; give --spec FILE");
  return files.map((file) => ({ specFile: path.join("spec", file) }));
}

process.exitCode = main(process.argv.slice(2));

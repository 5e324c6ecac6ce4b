// The command line: picks the subcommand (gen by default), parses its options, maps outcomes to exit codes (0 ok, 1 spec or stale, 2 usage).
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { genCommand, printable, projectRoot } from "../project.js";
import { toolchainPackage } from "../toolchain.js";
import type { GenOptions } from "./gen.js";
import { isUsageError, USAGE, UsageError } from "./usage.js";
import { writeErr, writeOut } from "./terminal.js";

type Command = (args: string[]) => number | Promise<number>;

/** Subcommands by name; the first argument picks one unless it is an option, which means `gen`. */
const COMMANDS: Record<string, Command> = {
  gen: parseGenArgs,
  init: async (args) => (await import("./init.js")).init(args),
  import: async (args) => (await import("./import.js")).importCommand(args),
};

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "--version" || argv[0] === "-v") return printVersion();
  const named = argv[0] !== undefined && !argv[0].startsWith("-");
  const name = named ? argv[0]! : "gen";
  try {
    const command = COMMANDS[name];
    if (command === undefined)
      throw new UsageError(`unknown command '${name}'`);
    return await command(argv.slice(named ? 1 : 0));
  } catch (error) {
    if (!isUsageError(error)) throw error;
    writeErr(`codeset: ${printable(error.message)}\n\n${USAGE}\n`);
    return 2;
  }
}

/** `codeset gen [options]`: checks the options, then runs gen, gen --check or --watch. */
async function parseGenArgs(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      spec: { type: "string", multiple: true },
      out: { type: "string", multiple: true },
      templates: { type: "string", multiple: true, default: [] },
      check: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      "fail-on-breaking": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    writeOut(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const specFile = single(
    values.spec,
    "--spec",
    "omit it to generate every spec/*.yaml",
  );
  const outDir = single(values.out, "--out", "give one --spec and one --out");
  if (specFile === "")
    throw new UsageError("--spec is empty; give the path of a .yaml spec");
  if (outDir === "")
    throw new UsageError(
      "--out is empty; give the path of a folder of its own",
    );
  if (outDir !== undefined && specFile === undefined)
    throw new UsageError("--out needs --spec");
  if (values.check && values.watch)
    throw new UsageError("--check and --watch do not go together");
  for (const dir of values.templates) assertTemplateFolder(dir);
  const options: GenOptions = {
    specFile,
    outDir,
    templateDirs: values.templates.map((dir) => path.resolve(dir)),
    check: values.check,
    failOnBreaking: values["fail-on-breaking"],
    fixCommand: fixCommand(specFile, outDir, values.templates),
  };
  // Loaded only now: --help and usage errors answer without loading the pipeline (YAML, Handlebars).
  if (values.watch) return (await import("./watch.js")).watch(options);
  return (await import("./gen.js")).gen(options);
}

function single(
  values: string[] | undefined,
  flag: string,
  hint: string,
): string | undefined {
  if (values !== undefined && values.length > 1)
    throw new UsageError(`${flag} given ${values.length} times; ${hint}`);
  return values?.[0];
}

function assertTemplateFolder(dir: string): void {
  const has = (sub: string) =>
    statSync(path.resolve(dir, sub), {
      throwIfNoEntry: false,
    })?.isDirectory() === true;
  if (!has(".")) throw new UsageError(`--templates ${dir}: no such folder`);
  if (!has("outputs") && !has("partials"))
    throw new UsageError(
      `--templates ${dir}: holds neither outputs/ nor partials/ (lay it out like templates/)`,
    );
}

/** The command --check tells the user to run: this one, writing instead of checking, as the project runs gen. */
function fixCommand(
  specFile: string | undefined,
  outDir: string | undefined,
  templateDirs: readonly string[],
): string {
  return genCommand(projectRoot(process.cwd()), [
    ...(specFile !== undefined ? ["--spec", specFile] : []),
    ...(outDir !== undefined ? ["--out", outDir] : []),
    ...templateDirs.flatMap((dir) => ["--templates", dir]),
  ]);
}

/** `codeset --version`: prints the bare version, as prettier and eslint do. */
function printVersion(): number {
  writeOut(`${toolchainPackage().version}\n`);
  return 0;
}

// `codeset import SOURCE`: the arguments, where the spec goes (stdout, or --out FILE, never over a file without
// --force), and the exit status: 0 written, 1 a problem in the source or a file in the way, 2 bad usage.
import {
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  ImportRefused,
  importSource,
  sourceKind,
  type Imported,
} from "../import/importSource.js";
import { SourceError } from "../import/imported.js";
import { CODES_JSON_FIELDS, type JsonFields } from "../import/json.js";
import { displayPath, specOrigin } from "../project.js";
import { formatDiagnostic } from "../spec/diagnostics.js";
import { toolchainPackage } from "../toolchain.js";
import { kebabCase, PASCAL_CASE } from "../spec/names.js";
import { schemaReference } from "./specHeader.js";
import { isUsageError, UsageError } from "./usage.js";
import { writeErr, writeOut } from "./terminal.js";

export const IMPORT_USAGE = `Usage: codeset import SOURCE [options]

Writes a spec from a code set you already have; \`codeset gen\` turns it into an
enum with the same names and values. The reader follows SOURCE's extension:
  .ts, .d.ts   a numeric enum, or an \`as const\` object of numbers (read with the
               typescript package: your project's, else the toolchain's); JSDoc
               becomes the description, @deprecated and @see are kept
  .csv         an IANA registry export ("Status Code,Meaning,Contact,Reference",
               "Value,Description,Reference"): a code per number, a range per
               "104-199" or Unassigned row, names made from the meaning
  .json        an array of code objects (http-status-codes' codes.json as it is),
               or a <Name>.schema.json written by codeset gen

Options:
  --out FILE             write the spec to FILE (default: stdout)
  --force                let --out replace an existing file
  --name Name            PascalCase spec name (default: the enum's or the file's)
  --enum NAME            the enum or const object to read from a .ts file with several
  --code-field PATH      .json: the field holding the number (default: ${CODES_JSON_FIELDS.code})
  --name-field PATH      .json: the code's name (default: ${CODES_JSON_FIELDS.name}; else made from the summary)
  --summary-field PATH   .json: a short label (default: ${CODES_JSON_FIELDS.summary})
  --description-field PATH  .json: the description (default: ${CODES_JSON_FIELDS.description})
  --reference-field PATH    .json: text holding a URL (default: ${CODES_JSON_FIELDS.reference})
  --deprecated-field PATH   .json: true, or a note (default: ${CODES_JSON_FIELDS.deprecated})
  -h, --help             show this help
PATH is dotted for nested fields: comment.description.

Exit status: 0 written, 1 a problem in SOURCE (FILE:LINE:COL) or a file in the way, 2 bad usage.`;

interface ImportArgs {
  source: string;
  out?: string;
  force: boolean;
  name?: string;
  enumName?: string;
  fields: JsonFields;
}

/** Runs `codeset import` in `cwd`; returns the exit status. */
export function importCommand(
  argv: readonly string[],
  cwd = process.cwd(),
): number {
  let args: ImportArgs | "help";
  try {
    args = parseImportArgs(argv);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    writeErr(`codeset import: ${error.message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  if (args === "help") {
    writeOut(`${IMPORT_USAGE}\n`);
    return 0;
  }
  try {
    return run(args, cwd);
  } catch (error) {
    if (error instanceof SourceError) {
      writeErr(
        `${error.diagnostics.map(formatDiagnostic).join("\n")}\nnothing written: fix the problem${error.diagnostics.length === 1 ? "" : "s"} above\n`,
      );
      return 1;
    }
    if (error instanceof ImportRefused) {
      writeErr(`codeset import: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parseImportArgs(argv: readonly string[]): ImportArgs | "help" {
  const field = { type: "string" } as const;
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      force: { type: "boolean", default: false },
      name: { type: "string" },
      enum: { type: "string" },
      "code-field": field,
      "name-field": field,
      "summary-field": field,
      "description-field": field,
      "reference-field": field,
      "deprecated-field": field,
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  if (positionals.length === 0)
    throw new UsageError("give the file to import: codeset import SOURCE");
  if (positionals.length > 1)
    throw new UsageError(`unexpected argument '${positionals[1]}'`);
  const source = positionals[0]!;
  const kind = sourceKind(source);
  if (kind === undefined)
    throw new UsageError(
      `cannot tell what ${source} holds from its name; give a .ts, .d.ts, .csv or .json file`,
    );
  if (values.name !== undefined && !PASCAL_CASE.test(values.name))
    throw new UsageError(
      `--name must be PascalCase, like CloseCodes (got '${values.name}')`,
    );
  if (values.enum !== undefined && kind !== "typescript")
    throw new UsageError("--enum picks an enum of a .ts or .d.ts file");
  const given = (key: keyof JsonFields) => values[`${key}-field`];
  const fieldKeys = Object.keys(CODES_JSON_FIELDS) as (keyof JsonFields)[];
  const named = fieldKeys.filter((key) => given(key) !== undefined);
  if (named.length > 0 && kind !== "json")
    throw new UsageError(`--${named[0]}-field reads a .json file`);
  for (const key of named)
    if (given(key)!.trim() === "" || given(key)!.split(".").includes(""))
      throw new UsageError(`--${key}-field needs a field name or dotted path`);
  if (values.force && values.out === undefined)
    throw new UsageError("--force goes with --out FILE");
  const fields = Object.fromEntries(
    fieldKeys.map((key) => [key, given(key) ?? CODES_JSON_FIELDS[key]]),
  ) as unknown as JsonFields;
  return {
    source,
    out: values.out,
    force: values.force,
    name: values.name,
    enumName: values.enum,
    fields,
  };
}

function run(args: ImportArgs, cwd: string): number {
  const outFile =
    args.out === undefined ? undefined : path.resolve(cwd, args.out);
  if (outFile !== undefined) assertWritable(outFile, args);
  // Printed to stdout, the spec most likely lands in spec/ (codeset import x.ts > spec/x.yaml).
  const specDir = outFile ? path.dirname(outFile) : path.join(cwd, "spec");
  const imported = importSource({
    source: args.source,
    enumName: args.enumName,
    name: args.name,
    fields: args.fields,
    cwd,
    specSource: outFile ? specOrigin(outFile).source : "spec/imported.yaml",
    schema: schemaReference(specDir, cwd, toolchainPackage().name).reference,
  });
  if (outFile === undefined) {
    writeOut(imported.text);
    writeErr(`${summary(imported)}\n`);
    return 0;
  }
  writeSpecFile(outFile, imported.text, args);
  const shown = displayPath(outFile, cwd);
  writeOut(
    `created ${shown}: ${summary(imported)}\nnext: edit it, then \`npx codeset gen --spec ${shown}\` writes generated/${kebabCase(imported.spec.name)}/\n`,
  );
  return 0;
}

/** What was read, and what the user should look at: descriptions that say the source had none, names made up. */
function summary({ spec, set }: Imported): string {
  const count = (n: number, what: string) =>
    `${n} ${what}${n === 1 ? "" : "s"}`;
  const undocumented = set.codes.filter((code) =>
    code.description.startsWith("Not documented in "),
  ).length;
  const madeUp = set.codes.filter((code) => code.nameNote !== undefined).length;
  const notes = [
    undocumented > 0
      ? `${count(undocumented, "code")} not documented there (their descriptions say so)`
      : "",
    madeUp > 0 ? `${count(madeUp, "name")} made up (a comment says why)` : "",
  ].filter((note) => note !== "");
  return `${count(spec.codes.length, "code")} and ${count(spec.ranges.length, "range")} from ${set.origin}${notes.length > 0 ? `; ${notes.join(", ")}` : ""}`;
}

function assertWritable(outFile: string, args: ImportArgs): void {
  const existing = statSync(outFile, { throwIfNoEntry: false });
  if (existing?.isDirectory())
    throw new ImportRefused(
      `--out ${args.out} is a folder; give the spec's file path, like spec/close-codes.yaml`,
    );
  if (existing !== undefined && !args.force)
    throw new ImportRefused(
      `${args.out} already exists; use --force to overwrite it`,
    );
}

/** Without --force, "wx" refuses a file that appeared meanwhile; with it, a rename replaces the file whole. */
function writeSpecFile(outFile: string, text: string, args: ImportArgs): void {
  try {
    mkdirSync(path.dirname(outFile), { recursive: true });
    if (!args.force) {
      writeFileSync(outFile, text, { flag: "wx" });
      return;
    }
    const temporary = `${outFile}.tmp-${process.pid}`;
    writeFileSync(temporary, text, { flag: "wx" });
    try {
      renameSync(temporary, outFile);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new ImportRefused(
      code === "EEXIST" && existsSync(outFile)
        ? `${args.out} already exists; use --force to overwrite it`
        : `cannot write ${args.out} (${code})`,
    );
  }
}

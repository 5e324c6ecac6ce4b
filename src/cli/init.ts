// `codeset init`: gives a project its first spec (spec/<name>.yaml) and a `gen` script; never overwrites without --force.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { kebabCase, PASCAL_CASE } from "../spec/names.js";
import { fsErrorCode, fsErrorReason } from "../fsErrors.js";
import { TOOLCHAIN_ROOT, toolchainPackage } from "../toolchain.js";
import { schemaComment, schemaReference, specHeader } from "./specHeader.js";
import { writeErr, writeOut } from "./terminal.js";

export const INIT_USAGE = `Usage: codeset init [options]

Run in your project's root folder. Creates spec/<name>.yaml, a starter spec
that \`codeset gen\` turns into generated/<name>/, and adds
"gen": "codeset gen" to package.json (creating a minimal private
package.json when the folder has none).

Options:
  --name Name        PascalCase name of the code set; it names the enum, the
                     spec file and the output folder (default: AppCloseCodes ->
                     spec/app-close-codes.yaml)
  --from websocket   start from the full WebSocket close-code spec
                     (default name: WebSocketStatusCodes)
  --force            overwrite the spec file if it exists
  -h, --help         show this help

Exit status: 0 done, 1 a file is in the way or package.json is unreadable, 2 bad usage.`;

const DEFAULT_NAME = "AppCloseCodes";

/** Specs shipped in the package's spec/ folder that `--from` can start from. */
const PRESETS: Record<string, { file: string; name: string }> = {
  websocket: {
    file: "websocket-status-codes.yaml",
    name: "WebSocketStatusCodes",
  },
};

/** A reason to stop before writing anything; exit status 2 for bad usage, 1 otherwise. */
class InitError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

interface InitOptions {
  name: string;
  from?: string;
  force: boolean;
}

/** Runs `codeset init` in `cwd`; returns the exit status. */
export function init(argv: readonly string[], cwd = process.cwd()): number {
  try {
    const options = parseInitArgs(argv);
    if (options === "help") {
      writeOut(`${INIT_USAGE}\n`);
      return 0;
    }
    writeOut(createProject(options, cwd));
    return 0;
  } catch (error) {
    const usage = (error as { code?: string }).code?.startsWith(
      "ERR_PARSE_ARGS",
    );
    if (!(error instanceof InitError || usage)) throw error;
    const exitCode = error instanceof InitError ? error.exitCode : 2;
    writeErr(
      `codeset init: ${(error as Error).message}\n${exitCode === 2 ? `\n${INIT_USAGE}\n` : ""}`,
    );
    return exitCode;
  }
}

function parseInitArgs(argv: readonly string[]): InitOptions | "help" {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      name: { type: "string" },
      from: { type: "string" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  if (positionals.length > 0)
    throw new InitError(`unexpected argument '${positionals[0]}'`, 2);
  if (values.from !== undefined && !Object.hasOwn(PRESETS, values.from)) {
    throw new InitError(
      `--from must be one of: ${Object.keys(PRESETS).join(", ")} (got '${values.from}')`,
      2,
    );
  }
  const name =
    values.name ??
    (values.from !== undefined ? PRESETS[values.from]!.name : DEFAULT_NAME);
  if (!PASCAL_CASE.test(name))
    throw new InitError(
      `--name must be PascalCase, like ${DEFAULT_NAME} (got '${name}')`,
      2,
    );
  return { name, from: values.from, force: values.force };
}

/** Plans every change first (so a bad package.json writes nothing), then writes; returns the report for stdout. */
function createProject(options: InitOptions, cwd: string): string {
  const preset = options.from !== undefined ? PRESETS[options.from] : undefined;
  const fileName =
    preset && options.name === preset.name
      ? preset.file
      : `${kebabCase(options.name)}.yaml`;
  const specFile = path.join(cwd, "spec", fileName);
  const specPath = `spec/${fileName}`;
  assertPlace(path.join(cwd, "spec"), "spec", "folder");
  assertPlace(specFile, specPath, "file");
  if (existsSync(specFile) && !options.force)
    throw new InitError(
      `${specPath} already exists; use --force to overwrite it`,
    );
  assertPlace(path.join(cwd, "package.json"), "package.json", "file");
  const packageName = toolchainPackage().name;
  const schema = schemaReference(path.dirname(specFile), cwd, packageName);
  const specText = preset
    ? presetSpec(preset, options.name, schema.reference)
    : starterSpec(options.name, schema.reference);
  const packageJson = planPackageJson(path.join(cwd, "package.json"));

  writeOrExplain(specPath, () => {
    mkdirSync(path.dirname(specFile), { recursive: true });
    // "wx" fails instead of overwriting a file that appeared since the check above.
    writeFileSync(specFile, specText, { flag: options.force ? "w" : "wx" });
  });
  if (packageJson.text !== undefined)
    writeOrExplain("package.json", () =>
      writeFileSync(packageJson.file, packageJson.text!),
    );

  const outDir = `generated/${(parse(specText) as { package: { name: string } }).package.name}/`;
  return [
    `created ${specPath}`,
    packageJson.report,
    "",
    nextSteps(
      specPath,
      outDir,
      packageJson.runsCodeset,
      schema.installed ? undefined : packageName,
    ),
  ].join("\n");
}

/** Turns a failed write (a folder in the way, no permission, a file that just appeared) into a message. */
function writeOrExplain(what: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const reason = fsErrorReason(error);
    if (reason === undefined) throw error;
    throw new InitError(
      fsErrorCode(error) === "EEXIST"
        ? `${what} already exists; use --force to overwrite it`
        : `cannot write ${what}: ${reason}`,
    );
  }
}

/**
 * What init writes must find its place free or of the right kind: a folder where the spec folder goes,
 * a regular file (or nothing) where a file goes; anything else is named before anything is written.
 */
function assertPlace(
  file: string,
  what: string,
  kind: "file" | "folder",
): void {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === "ENOENT") return;
    throw new InitError(
      code === "ENOTDIR"
        ? `${what}: a part of its path is a file, not a folder; nothing written`
        : `cannot use ${what}: ${fsErrorReason(error) ?? String(error)}; nothing written`,
    );
  }
  if (kind === "folder" && !stats.isDirectory())
    throw new InitError(
      `${what} is a file, where the spec folder goes; move it away, then run init again; nothing written`,
    );
  if (kind === "file" && !stats.isFile())
    throw new InitError(
      `${what} is ${stats.isDirectory() ? "a folder" : "not a regular file"}, where a file goes; move it away, then run init again; nothing written`,
    );
}

/** The commands to type next, aligned, each with why; the install step only while the package is not installed. */
function nextSteps(
  specPath: string,
  outDir: string,
  genScriptRunsCodeset: boolean,
  packageToInstall: string | undefined,
): string {
  const steps: [string, string][] = [];
  if (packageToInstall !== undefined)
    steps.push([
      `npm install -D ${packageToInstall}`,
      "the generator, and the schema your editor reads",
    ]);
  steps.push(
    [`edit ${specPath}`, "your codes; its header comment explains every key"],
    [
      genScriptRunsCodeset ? "npm run gen" : "npx codeset gen",
      `writes ${outDir}`,
    ],
    ["npx codeset gen --check", `for CI: exits 1 while ${outDir} is stale`],
  );
  const width = Math.max(...steps.map(([command]) => command.length));
  return [
    "Next steps:",
    ...steps.map(([command, why]) => `  ${command.padEnd(width)}   # ${why}`),
    "",
  ].join("\n");
}

/** A shipped spec with its schema comment pointed at the user's install, renamed when --name asks for it. */
function presetSpec(
  preset: { file: string; name: string },
  name: string,
  schema: string,
): string {
  const shipped = readFileSync(
    new URL(`spec/${preset.file}`, TOOLCHAIN_ROOT),
    "utf8",
  );
  let text = shipped.replace(
    /^# yaml-language-server: \$schema=.*$/m,
    schemaComment(schema),
  );
  if (name === preset.name) return text;
  text = text
    .replace(/^name: .*$/m, `name: ${name}`)
    .replace(
      /^(package:\r?\n(?:(?:[ \t]+.*)?\r?\n)*?[ \t]+name: ).*$/m,
      `$1${kebabCase(name)}`,
    );
  const renamed = parse(text) as {
    name?: unknown;
    package?: { name?: unknown };
  };
  if (renamed.name !== name || renamed.package?.name !== kebabCase(name)) {
    throw new InitError(
      `cannot rename ${preset.file} to ${name}; use --from ${preset.file} without --name and edit it`,
    );
  }
  return text;
}

/** A small spec that shows every common key, with a header that explains the format. */
function starterSpec(name: string, schema: string): string {
  const packageName = kebabCase(name);
  const title = packageName
    .replaceAll("-", " ")
    .replace(/^./, (first) => first.toUpperCase());
  return `${specHeader(name, schema)}name: ${name}
title: ${title}
description: |
  Close codes this application sends when it ends a WebSocket connection.
  These are examples: replace them with your own codes.
package:
  name: ${packageName}
  version: 0.1.0
flags:
  retryable: The client may reconnect after a short delay.
  invalid: Not a close code this application may send (outside 4000-4999, or not an integer).
ranges:
  - from: 4000
    to: 4999
    description: Private use, agreed between this application's clients and servers.
otherwise: { flags: [invalid] }
codes:
  - name: Unauthorized
    code: 4001
    summary: Unauthorized
    description: The client sent no credentials, or credentials that are not valid.
  - name: SessionExpired
    code: 4002
    summary: Session expired
    description: The session has ended; the client must sign in again.
  - name: ServerRestarting
    code: 4003
    summary: Server restarting
    description: The server is restarting.
    flags: [retryable]
  - name: RateLimited
    code: 4029
    summary: Rate limited
    description: The client sent too many messages.
    flags: [retryable]
`;
}

interface PackageJsonPlan {
  file: string;
  /** The new content, or undefined when package.json stays as it is. */
  text: string | undefined;
  /** Whether `npm run gen` runs codeset afterwards. */
  runsCodeset: boolean;
  report: string;
}

/** Adds "gen": "codeset gen" unless a gen script exists; keeps the file's indentation, key order and line endings. */
function planPackageJson(file: string): PackageJsonPlan {
  const script = "codeset gen";
  if (!existsSync(file)) {
    const text = `${JSON.stringify({ private: true, scripts: { gen: script } }, null, 2)}\n`;
    return {
      file,
      text,
      runsCodeset: true,
      report: `created package.json with the script "gen": "${script}"`,
    };
  }
  const original = readFileSync(file, "utf8");
  let manifest: unknown;
  try {
    manifest = JSON.parse(original);
  } catch (error) {
    throw new InitError(
      `package.json is not valid JSON (${(error as Error).message}); nothing written`,
    );
  }
  if (
    !isObject(manifest) ||
    (manifest.scripts !== undefined && !isObject(manifest.scripts))
  ) {
    throw new InitError(
      "package.json must be an object whose `scripts` is an object; nothing written",
    );
  }
  const scripts = manifest.scripts ?? {};
  if (typeof scripts.gen === "string") {
    const runsCodeset = /^codeset\s+gen\b/.test(scripts.gen);
    const report = `package.json already has a gen script ("${scripts.gen}"); left unchanged`;
    return { file, text: undefined, runsCodeset, report };
  }
  manifest.scripts = { ...scripts, gen: script };
  const indent = /^([ \t]+)"/m.exec(original)?.[1] ?? 2;
  const newline = original.includes("\r\n") ? "\r\n" : "\n";
  const text = `${JSON.stringify(manifest, null, indent)}\n`.replaceAll(
    "\n",
    newline,
  );
  return {
    file,
    text,
    runsCodeset: true,
    report: `added the script "gen": "${script}" to package.json`,
  };
}

function isObject(
  value: unknown,
): value is Record<string, unknown> & { scripts?: Record<string, unknown> } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

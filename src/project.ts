// Where a project keeps specs and outputs, and how paths are named in banners and messages.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { toolchainPackage } from "./toolchain.js";

/** Where `gen` without --spec looks for specs, and where it writes, relative to the working directory. */
export const SPEC_DIR = "spec";
export const GENERATED_DIR = "generated";

/** The spec files of a project (`spec/*.yaml` and `spec/*.yml`, sorted), or undefined when it has no spec folder. */
export function findSpecFiles(cwd = process.cwd()): string[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync(path.resolve(cwd, SPEC_DIR));
  } catch {
    return undefined;
  }
  return entries
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => path.join(SPEC_DIR, file));
}

/** What a banner names: the spec, and the command that regenerates its outputs, as its project runs it. */
export interface SpecOrigin {
  /** The nearest folder from the spec up that holds a package.json, or undefined. */
  root: string | undefined;
  /** The spec's path from the project root (the nearest folder holding a package.json), else its file name. */
  source: string;
  /** E.g. `npm run gen`, `npx codeset gen`, `npx codeset gen --spec codes.yaml`. */
  command: string;
}

/**
 * Where a spec sits in its project and what regenerates it there, from the project root: the project's
 * own `gen` script when it runs codeset, else `npx codeset gen`; with `--spec` for a spec that a plain
 * run does not find. Never absolute, nor depending on the output folder, so output is the same on every machine.
 */
export function specOrigin(absoluteSpec: string): SpecOrigin {
  const root = projectRoot(path.dirname(absoluteSpec));
  if (root === undefined) {
    const source = path.basename(absoluteSpec);
    return {
      root,
      source,
      command: genCommand(undefined, ["--spec", source]),
    };
  }
  const source = toPosix(path.relative(root, absoluteSpec));
  const foundByGen =
    path.dirname(absoluteSpec) === path.join(root, SPEC_DIR) &&
    /\.ya?ml$/.test(absoluteSpec);
  return {
    root,
    source,
    command: genCommand(root, foundByGen ? [] : ["--spec", source]),
  };
}

/** The nearest folder from `dir` up that holds a package.json, or undefined. */
export function projectRoot(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, "package.json"))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** `gen` with `args` as the project at `root` runs it: through its `gen` script when that runs codeset. */
export function genCommand(
  root: string | undefined,
  args: readonly string[],
): string {
  const quoted = args.map(shellQuote).join(" ");
  if (root !== undefined && genScriptRunsCodeset(root))
    return quoted === "" ? "npm run gen" : `npm run gen -- ${quoted}`;
  return quoted === "" ? "npx codeset gen" : `npx codeset gen ${quoted}`;
}

/** The project's `gen` script names codeset, or the project is this toolchain, whose script runs its own build. */
function genScriptRunsCodeset(root: string): boolean {
  let manifest: { name?: unknown; scripts?: { gen?: unknown } };
  try {
    manifest = JSON.parse(
      readFileSync(path.join(root, "package.json"), "utf8"),
    );
  } catch {
    return false;
  }
  const script = manifest?.scripts?.gen;
  if (typeof script !== "string") return false;
  return (
    /\bcodeset\b/.test(script) || manifest.name === toolchainPackage().name
  );
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg)
    ? arg
    : `'${arg.replaceAll("'", `'\\''`)}'`;
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

/**
 * A path as the user would type it from the working directory, with forward slashes, for messages:
 * control characters and line separators in it escaped (see `printable`).
 */
export function displayPath(file: string, cwd = process.cwd()): string {
  return printable(toPosix(path.relative(cwd, path.resolve(cwd, file)) || "."));
}

/**
 * Text for one line of a message: control characters, line and paragraph separators and bidirectional
 * overrides as escapes (`\n`, `\u{2028}`), so a name holding a newline cannot pass for a line of its own.
 */
export function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/gu,
    (ch) => ESCAPES[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16)}}`,
  );
}

const ESCAPES: Readonly<Record<string, string>> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

// Where a project keeps specs and outputs, and how paths are named in banners and messages.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

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

/**
 * How banners name a spec: its path from the nearest folder holding a package.json (the project),
 * else its file name. Never absolute, so output is the same on every machine and working directory.
 */
export function sourceName(absoluteSpec: string): string {
  for (let dir = path.dirname(absoluteSpec); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")))
      return path.relative(dir, absoluteSpec).split(path.sep).join("/");
    if (path.dirname(dir) === dir) return path.basename(absoluteSpec);
  }
}

/**
 * A path as the user would type it from the working directory, with forward slashes, for messages:
 * control characters and line separators in it escaped (see `printable`).
 */
export function displayPath(file: string, cwd = process.cwd()): string {
  return printable(
    (path.relative(cwd, path.resolve(cwd, file)) || ".")
      .split(path.sep)
      .join("/"),
  );
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

// The one rule of what a run may replace or delete: only what this generator wrote. Everything else is the user's.
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { carriesBanner } from "../banner.js";
import type { OutputPattern, RenderedFiles } from "../render/renderOutputs.js";

/** The first path a run may not touch, and why; a run that finds one changes nothing. */
export interface Foreign {
  path: string;
  reason: string;
}

/** What a run knows of a folder's outputs: the files it writes there and the output paths of its templates. */
export interface FolderPlan {
  files: RenderedFiles;
  /**
   * The output path of each template, placeholders (`[name]`) unreplaced, and whether its file carries
   * the banner. A file at the path of a template without one (the doc page) is the generator's when a
   * file of the same name from another template sits beside it with the banner: `docs/Old.md` beside
   * `src/Old.ts`, the page of a spec since renamed.
   */
  outputPatterns: readonly OutputPattern[];
}

/** How much of a file is read to find its banner. */
const HEAD_BYTES = 4096;

/**
 * A file may be replaced when it is absent, holds exactly what the run writes, or carries the banner.
 * Where it is absent, every folder above it up to `root` must be a folder (a symbolic link to one is fine).
 */
export function foreignFile(
  file: string,
  content: string,
  root: string,
): Foreign | undefined {
  const stats = lstatOrUndefined(file);
  if (stats === undefined) return foreignAncestor(path.dirname(file), root);
  const kind = notAFile(stats);
  if (kind !== undefined) return { path: file, reason: kind };
  if (carriesBanner(readHead(file)) || readsAs(file, content)) return undefined;
  return { path: file, reason: NO_BANNER };
}

/**
 * A folder may be replaced as a whole (or deleted, with an empty plan) when it is absent, or a real
 * folder of which every file is the generator's: a file carrying the banner, a file holding exactly
 * what the run writes at its path, or, in a folder that holds a file with the banner, a file at a path
 * of a template that writes no banner.
 */
export function foreignInFolder(
  dir: string,
  plan: FolderPlan,
  root: string,
): Foreign | undefined {
  const stats = lstatOrUndefined(dir);
  if (stats === undefined) return foreignAncestor(path.dirname(dir), root);
  if (stats.isSymbolicLink())
    return {
      path: dir,
      reason: "is a symbolic link (give the folder it points to)",
    };
  if (!stats.isDirectory())
    return {
      path: dir,
      reason: "is a file, not a folder",
    };
  const entries = walk(dir);
  const files = entries.filter((entry) => entry.stats.isFile());
  const withBanner = new Set(
    files
      .filter((entry) => carriesBanner(readHead(entry.full)))
      .map((entry) => entry.relative),
  );
  for (const entry of entries) {
    if (entry.stats.isDirectory()) continue;
    const kind = notAFile(entry.stats);
    if (kind !== undefined) return { path: entry.full, reason: kind };
    if (withBanner.has(entry.relative)) continue;
    const planned = plan.files.get(entry.relative);
    if (planned !== undefined && readsAs(entry.full, planned)) continue;
    if (
      besideItsGeneratedSiblings(
        entry.relative,
        plan.outputPatterns,
        withBanner,
      )
    )
      continue;
    return { path: entry.full, reason: NO_BANNER };
  }
  return undefined;
}

/**
 * Whether `file` is at the path of a template that writes no banner, with the same placeholder values
 * as a file of another template that sits in the folder with the banner.
 */
function besideItsGeneratedSiblings(
  file: string,
  patterns: readonly OutputPattern[],
  withBanner: ReadonlySet<string>,
): boolean {
  return patterns.some((pattern) => {
    if (pattern.banner) return false;
    const values = placeholderValues(pattern.path, file);
    return (
      values !== undefined &&
      patterns.some((other) => {
        if (other === pattern || !other.banner) return false;
        // A page of a name needs a sibling of that name: README.md beside it proves nothing about docs/Notes.md.
        if (values.size > 0 && !PLACEHOLDER_IN.test(other.path)) return false;
        const sibling = filled(other.path, values);
        return sibling !== undefined && withBanner.has(sibling);
      })
    );
  });
}

const PLACEHOLDER = /\[([A-Za-z.]+)\]/g;
const PLACEHOLDER_IN = /\[[A-Za-z.]+\]/;

/** The value of each placeholder of `pattern` in `file` (`docs/[name].md`, `docs/Old.md` -> name: Old), or undefined when it does not match. */
function placeholderValues(
  pattern: string,
  file: string,
): Map<string, string> | undefined {
  const fields = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]!);
  const source = pattern
    .split(PLACEHOLDER)
    .map((part, i) =>
      i % 2 === 1 ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  const match = new RegExp(`^${source}$`).exec(file);
  if (match === null) return undefined;
  const values = new Map<string, string>();
  for (const [i, field] of fields.entries()) {
    if (values.has(field) && values.get(field) !== match[i + 1])
      return undefined;
    values.set(field, match[i + 1]!);
  }
  return values;
}

/** `pattern` with its placeholders replaced by `values`; undefined when one has no value. */
function filled(
  pattern: string,
  values: ReadonlyMap<string, string>,
): string | undefined {
  let complete = true;
  const path = pattern.replace(PLACEHOLDER, (_, field: string) => {
    complete &&= values.has(field);
    return values.get(field) ?? "";
  });
  return complete ? path : undefined;
}

const NO_BANNER =
  'was not written by this generator (it has no "generated from ...; do not edit" banner)';

/** Why an existing entry is not a regular file, or undefined when it is one. */
function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return "is a symbolic link";
  if (stats.isDirectory()) return "is a folder";
  return "is not a regular file";
}

/** The nearest existing entry above a missing path must be a folder, or the path cannot be created. */
function foreignAncestor(dir: string, root: string): Foreign | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    let stats: Stats | undefined;
    try {
      stats = lstatSync(at);
    } catch {
      stats = undefined;
    }
    if (stats?.isSymbolicLink()) {
      // A link to a folder is a fine place to write into; a dangling one, or one to a file, is not.
      try {
        if (lstatSync(`${at}/.`).isDirectory()) return undefined;
      } catch {
        // Dangling.
      }
      return { path: at, reason: "is a symbolic link that leads to no folder" };
    }
    if (stats !== undefined)
      return stats.isDirectory()
        ? undefined
        : { path: at, reason: "is a file, where a folder is needed" };
    if (at === root || path.dirname(at) === at) return undefined;
  }
}

interface Entry {
  full: string;
  relative: string;
  stats: Stats;
}

/** Every entry below dir (symbolic links not followed), sorted by posix path. */
function walk(dir: string): Entry[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => ({
      full: path.join(dir, name),
      relative: name.split(path.sep).join("/"),
    }))
    .sort((a, b) =>
      a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0,
    )
    .map((entry) => ({ ...entry, stats: lstatSync(entry.full) }));
}

/** The first bytes of a file, as text. */
function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Whether a file holds exactly `content`. */
function readsAs(file: string, content: string): boolean {
  const expected = Buffer.from(content);
  if (lstatSync(file).size !== expected.length) return false;
  const fd = openSync(file, "r");
  try {
    const actual = Buffer.alloc(expected.length);
    readSync(fd, actual, 0, actual.length, 0);
    return actual.equals(expected);
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

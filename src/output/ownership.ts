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
import type { RenderedFiles } from "../render/renderOutputs.js";

/** The first path a run may not touch, and why; a run that finds one changes nothing. */
export interface Foreign {
  path: string;
  reason: string;
}

/** What a run knows of a folder's outputs: the files it writes there and the output paths of its templates. */
export interface FolderPlan {
  files: RenderedFiles;
  /**
   * Output paths of the templates whose files carry no banner (the doc page), `[name]` unreplaced: in
   * a folder the generator wrote, a file at such a path is the generator's too (a renamed spec's page).
   */
  bannerlessPatterns: readonly string[];
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
  const patterns = plan.bannerlessPatterns.map(patternRegExp);
  for (const entry of entries) {
    if (entry.stats.isDirectory()) continue;
    const kind = notAFile(entry.stats);
    if (kind !== undefined) return { path: entry.full, reason: kind };
    if (withBanner.has(entry.relative)) continue;
    const planned = plan.files.get(entry.relative);
    if (planned !== undefined && readsAs(entry.full, planned)) continue;
    const bannerless =
      (planned !== undefined && !carriesBanner(planned)) ||
      patterns.some((pattern) => pattern.test(entry.relative));
    if (bannerless && withBanner.size > 0) continue;
    return { path: entry.full, reason: NO_BANNER };
  }
  return undefined;
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

/** `docs/[name].md` -> a RegExp matching `docs/AnyName.md`: each `[field]` placeholder stands for one path part. */
function patternRegExp(pattern: string): RegExp {
  const parts = pattern
    .split(/\[[A-Za-z.]+\]/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]+")}$`);
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

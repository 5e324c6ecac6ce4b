// Where the generator keeps what it can recompute (precompiled templates, models, digests of the last
// run): node_modules/.cache/codeset-gen; and the digest that invalidates all of it when the generator changes.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CACHE_DIR = fileURLToPath(new URL("../node_modules/.cache/codeset-gen", import.meta.url));
const LIB = fileURLToPath(new URL(".", import.meta.url));

/** The cache folder, created on demand; undefined when caching is off (CODESET_NO_CACHE=1) or impossible. */
export function cacheDir(): string | undefined {
  if (process.env.CODESET_NO_CACHE) return undefined;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    return CACHE_DIR;
  } catch {
    return undefined;
  }
}

/**
 * A 64-bit digest of the parts (strings by UTF-16 unit, buffers by byte), each length-prefixed so that
 * no two lists of parts run together. Not cryptographic: it detects edits, and loading node:crypto
 * would cost an up-to-date run more than all of its hashing.
 */
export function digest(...parts: (string | Uint8Array)[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const part of parts) {
    const header = typeof part === "string" ? part.length * 2 : part.length * 2 + 1;
    h1 = Math.imul(h1 ^ header, 2654435761);
    h2 = Math.imul(h2 ^ header, 1597334677);
    if (typeof part === "string") {
      for (let i = 0; i < part.length; i++) {
        const unit = part.charCodeAt(i);
        h1 = Math.imul(h1 ^ unit, 2654435761);
        h2 = Math.imul(h2 ^ unit, 1597334677);
      }
    } else {
      for (let i = 0; i < part.length; i++) {
        const unit = part[i]!;
        h1 = Math.imul(h1 ^ unit, 2654435761);
        h2 = Math.imul(h2 ^ unit, 1597334677);
      }
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

let generatorDigest: string | undefined;

/** The generator's own compiled code (by stamp: a rebuild changes it) and the package.json of each library that shapes its output. */
export function generator(): string {
  if (generatorDigest) return generatorDigest;
  const files = readdirSync(LIB).filter((file) => file.endsWith(".js")).sort();
  const libraries = ["yaml", "handlebars"].map(packageJsonOf);
  return (generatorDigest = digest(...libraries, ...files.flatMap((file) => [file, stamp(path.join(LIB, file))])));
}

/**
 * A file's size, inode and change times: what make and git compare instead of contents. Any write,
 * rename or link changes ctime, which no tool can set back, so an edited file never keeps its stamp.
 */
export function stamp(file: string): string {
  const stats = statSync(file);
  return `${stats.size}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** A dependency's package.json, found the way Node resolves a bare name (node_modules of each ancestor). */
function packageJsonOf(name: string): string {
  for (let dir = LIB; ; dir = path.dirname(dir)) {
    try {
      return readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8");
    } catch {
      if (path.dirname(dir) === dir) return `${name}: not found`;
    }
  }
}

/** Beyond this many files the least recently written go, so scratch specs (tests, benches) cannot fill the disk. */
const MAX_CACHE_FILES = 200;

/** Writes a cache file atomically, then prunes the folder; a cache that cannot be written is no error. */
export function writeCacheFile(file: string, text: string): void {
  try {
    writeFileSync(`${file}.${process.pid}.tmp`, text);
    renameSync(`${file}.${process.pid}.tmp`, file);
    const dir = path.dirname(file);
    const entries = readdirSync(dir);
    if (entries.length <= MAX_CACHE_FILES) return;
    const byAge = entries.map((name) => ({ name, mtime: statSync(path.join(dir, name)).mtimeMs })).sort((a, b) => a.mtime - b.mtime);
    for (const { name } of byAge.slice(0, entries.length - MAX_CACHE_FILES)) rmSync(path.join(dir, name), { force: true });
  } catch {
    // The next run recomputes whatever is missing.
  }
}

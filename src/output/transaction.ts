// One run's replacements in an output root, kept as a journal: staged beside the targets, swapped in,
// and undone after a crash, so every target holds its old content or its new one.
import {
  copyFileSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { fsErrorReason } from "../fsErrors.js";
import { displayPath } from "../project.js";
import type { RenderedFiles } from "../render/renderOutputs.js";
import { isAlive, RUN_ENTRY_PREFIX } from "./lock.js";
import { OutputError } from "./outputError.js";
import { pauseAt } from "./testPause.js";

/** A transaction's folder in the output root; the leading dot keeps it apart from every package folder. */
const TXN_PREFIX = `${RUN_ENTRY_PREFIX}-txn-`;

/** What one transaction does to one path of the root. */
export type Replacement =
  /** The folder is replaced as a whole; `unchanged` files are hard-linked, keeping their inode and timestamps. */
  | {
      kind: "folder";
      target: string;
      files: RenderedFiles;
      unchanged: ReadonlySet<string>;
    }
  | { kind: "file"; target: string; content: string }
  | { kind: "removal"; target: string };

interface Identity {
  dev: number;
  ino: number;
}

/** What the journal keeps of a replacement: enough to undo it after a crash. */
interface JournalEntry {
  target: string;
  kind: Replacement["kind"];
  existed: boolean;
  /** The staged folder or file, recognised by its inode once it is in place. */
  staged?: Identity;
}

const JOURNAL = "journal.json";

/**
 * Stages every replacement in a fresh folder of root, writes the journal, swaps them in and removes the
 * journal (the moment the new outputs count as written), then the old ones. On a failure, everything is
 * put back as it was and an OutputError says what failed; a crash is undone by the next run's `recoverAll`.
 */
export function replaceAll(
  root: string,
  replacements: readonly Replacement[],
  notice: (message: string) => void,
): void {
  const dir = createTransactionFolder(root);
  const created: string[] = [];
  let journal: JournalEntry[];
  try {
    journal = stage(root, dir, replacements, created);
    writeJournal(dir, journal);
  } catch (error) {
    removeQuietly(dir);
    removeEmptyFolders(created);
    throw writeFailure(
      error,
      "nothing written",
      stagedToTarget(dir, replacements),
    );
  }
  pauseAt("staged");
  try {
    commit(root, dir, journal);
  } catch (error) {
    try {
      rollBack(root, dir, journal);
    } catch (undoError) {
      throw writeFailure(
        error,
        `${describeUndoFailure(undoError, dir)}; the next run puts them back`,
        stagedToTarget(dir, replacements),
      );
    }
    removeEmptyFolders(created);
    throw writeFailure(
      error,
      "nothing changed",
      stagedToTarget(dir, replacements),
    );
  }
  rmSync(path.join(dir, JOURNAL));
  pauseAt("committed");
  removeOrSay(dir, notice);
  // A deleted folder leaves no empty folder above it (a scope folder of generated/@scope/name).
  for (const replacement of replacements)
    if (
      replacement.kind === "removal" &&
      path.dirname(replacement.target) !== root
    )
      removeIfEmpty(path.dirname(replacement.target));
}

/**
 * Undoes, or finishes cleaning up after, every transaction in root that a dead run left; call it
 * holding root's lock. Says what it did through `notice`.
 */
export function recoverAll(
  root: string,
  notice: (message: string) => void,
): void {
  for (const name of readdirOrEmpty(root)) {
    const dir = path.join(root, name);
    const owner = ownerOf(name);
    if (owner === undefined) continue; // Not a name this generator makes.
    if (owner !== process.pid && isAlive(owner)) continue;
    const journal = readJournal(dir);
    if (journal === "unreadable") {
      notice(
        `codeset: ${displayPath(dir)} holds a journal this run cannot read; left in place`,
      );
      continue;
    }
    if (journal === undefined) {
      // Killed while staging (nothing replaced yet) or after the swap (everything replaced): either way only the folder is left.
      removeOrSay(dir, notice);
      notice(
        `codeset: cleaned up after an interrupted run (process ${owner}) in ${displayPath(root)}/`,
      );
      continue;
    }
    let changed: boolean;
    try {
      changed = rollBack(root, dir, journal);
    } catch (error) {
      notice(`codeset: ${describeUndoFailure(error, dir)}`);
      continue;
    }
    if (!changed) {
      notice(
        `codeset: cleaned up after an interrupted run (process ${owner}) in ${displayPath(root)}/`,
      );
      continue;
    }
    const targets = journal.map((entry) =>
      displayPath(path.join(root, entry.target)),
    );
    notice(
      `codeset: put back ${targets.join(", ")} as they were before a run that was interrupted while replacing ${targets.length === 1 ? "it" : "them"} (process ${owner})`,
    );
  }
}

function createTransactionFolder(root: string): string {
  const dir = path.join(
    root,
    `${TXN_PREFIX}${process.pid}-${Date.now().toString(36)}`,
  );
  try {
    mkdirSync(dir);
    mkdirSync(path.join(dir, "new"));
    mkdirSync(path.join(dir, "old"));
  } catch (error) {
    removeQuietly(dir);
    throw writeFailure(error, "nothing written");
  }
  return dir;
}

/** Writes each replacement's new content under dir/new/<index>; returns the journal that describes them. */
function stage(
  root: string,
  dir: string,
  replacements: readonly Replacement[],
  created: string[],
): JournalEntry[] {
  let first = true;
  const staged = (written: string) => {
    if (first) pauseAt("staging");
    first = false;
    return written;
  };
  return replacements.map((replacement, index) => {
    const fresh = path.join(dir, "new", String(index));
    const entry: JournalEntry = {
      target: path.relative(root, replacement.target),
      kind: replacement.kind,
      existed: lstatOrUndefined(replacement.target) !== undefined,
    };
    if (replacement.kind === "removal") return entry;
    const parent = mkdirSync(path.dirname(replacement.target), {
      recursive: true,
    });
    if (parent !== undefined) created.push(parent);
    if (replacement.kind === "file") {
      writeNamed(fresh, replacement.content);
      staged(fresh);
    } else {
      for (const [file, content] of replacement.files) {
        const target = insideFolder(fresh, file);
        mkdirSync(path.dirname(target), { recursive: true });
        if (
          !replacement.unchanged.has(file) ||
          !tryLink(path.join(replacement.target, file), target)
        )
          writeNamed(target, content);
        staged(target);
      }
      mkdirSync(fresh, { recursive: true });
    }
    entry.staged = identityOf(lstatSync(fresh));
    return entry;
  });
}

/** Moves each old target into dir/old/<index> (a file: a hard link, so it never goes missing) and its new content into place. */
function commit(
  root: string,
  dir: string,
  journal: readonly JournalEntry[],
): void {
  journal.forEach((entry, index) => {
    const target = path.join(root, entry.target);
    const fresh = path.join(dir, "new", String(index));
    const old = path.join(dir, "old", String(index));
    if (entry.kind === "file") {
      if (entry.existed) {
        backUpFile(target, old);
        pauseAt("swapping");
      }
      renameSync(fresh, target);
      return;
    }
    if (entry.existed) {
      renameSync(target, old);
      pauseAt("swapping");
    }
    if (entry.kind === "folder") renameSync(fresh, target);
  });
}

/**
 * Puts every target of the journal back as it was. A target that something else has taken meanwhile is
 * left alone (its old content stays in dir) and reported by a throw once the others are back.
 */
function rollBack(
  root: string,
  dir: string,
  journal: readonly JournalEntry[],
): boolean {
  let occupied: OccupiedError | undefined;
  let changed = false;
  for (let index = journal.length - 1; index >= 0; index--) {
    try {
      changed = undo(root, dir, journal[index]!, index) || changed;
    } catch (error) {
      if (!(error instanceof OccupiedError)) throw error;
      occupied ??= error;
    }
  }
  if (occupied !== undefined) throw occupied;
  // Every target is as it was; a folder that cannot be removed now (a read-only disk) is removed by the next run.
  removeQuietly(dir);
  return changed;
}

/** Undoes one replacement; returns whether anything had been replaced. */
function undo(
  root: string,
  dir: string,
  entry: JournalEntry,
  index: number,
): boolean {
  const target = path.join(root, entry.target);
  const old = path.join(dir, "old", String(index));
  const current = lstatOrUndefined(target);
  const isNew =
    current !== undefined &&
    entry.staged !== undefined &&
    sameIdentity(identityOf(current), entry.staged);
  const oldStats = lstatOrUndefined(old);
  if (entry.kind === "file") {
    if (oldStats === undefined) {
      if (isNew) rmSync(target);
      return isNew;
    }
    if (
      current !== undefined &&
      sameIdentity(identityOf(current), identityOf(oldStats))
    ) {
      rmSync(old); // The target was never replaced.
      return false;
    }
    if (current !== undefined && !isNew) throw new OccupiedError(target);
    renameSync(old, target); // Over the new file, in one step.
    return true;
  }
  if (isNew) renameSync(target, path.join(dir, `undone-${index}`));
  if (oldStats === undefined) return isNew;
  if (lstatOrUndefined(target) !== undefined) throw new OccupiedError(target);
  renameSync(old, target);
  return true;
}

/** A target that something other than this transaction filled while it was away. */
class OccupiedError extends Error {
  constructor(readonly target: string) {
    super(`${target} is occupied`);
  }
}

function describeUndoFailure(error: unknown, dir: string): string {
  const where = `the previous outputs wait in ${displayPath(path.join(dir, "old"))}/`;
  if (error instanceof OccupiedError)
    return `${displayPath(error.target)} was created by something else during the write; ${where}`;
  return `cannot put the previous outputs back (${fsErrorReason(error) ?? String(error)}); ${where}`;
}

/** An OutputError naming the path a file-system call failed on and why, or the error itself when it is not one. */
function writeFailure(
  error: unknown,
  outcome: string,
  targetOf: (file: string) => string = (file) => file,
): Error {
  if (error instanceof OutputError) return error;
  const reason = fsErrorReason(error);
  if (reason === undefined) return error as Error;
  const where = (error as NodeJS.ErrnoException).path;
  return new OutputError(
    `cannot write ${where === undefined ? "the outputs" : displayPath(targetOf(where))}: ${reason}; ${outcome}`,
  );
}

/** Maps a path inside dir/new/<index> to the output path it stands for, so messages name what the user knows. */
function stagedToTarget(
  dir: string,
  replacements: readonly Replacement[],
): (file: string) => string {
  return (file) => {
    const [area, index, ...rest] = path.relative(dir, file).split(path.sep);
    const replacement = replacements[Number(index)];
    if ((area !== "new" && area !== "old") || replacement === undefined)
      return file;
    return path.join(replacement.target, ...rest);
  };
}

/** A rendered path inside the staged folder; a path that would leave it is a template bug, refused here too. */
function insideFolder(folder: string, file: string): string {
  const target = path.join(folder, file);
  const relative = path.relative(folder, target);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative))
    throw new OutputError(
      `output path ${JSON.stringify(file)} leaves its folder; nothing written`,
    );
  return target;
}

/** writeFileSync, whose errors name the file (a failed write, ENOSPC, carries no path of its own). */
function writeNamed(file: string, content: string): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    (error as NodeJS.ErrnoException).path ??= file;
    throw error;
  }
}

function backUpFile(target: string, backup: string): void {
  if (!tryLink(target, backup))
    copyFileSync(target, backup, constants.COPYFILE_EXCL);
}

function tryLink(existing: string, target: string): boolean {
  try {
    linkSync(existing, target);
    return true;
  } catch {
    return false;
  }
}

function writeJournal(dir: string, journal: readonly JournalEntry[]): void {
  const file = path.join(dir, JOURNAL);
  writeFileSync(`${file}.partial`, JSON.stringify(journal));
  renameSync(`${file}.partial`, file);
}

function readJournal(dir: string): JournalEntry[] | undefined | "unreadable" {
  let text: string;
  try {
    text = readFileSync(path.join(dir, JOURNAL), "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? undefined
      : "unreadable";
  }
  try {
    const journal = JSON.parse(text) as unknown;
    return Array.isArray(journal) && journal.every(isJournalEntry)
      ? journal
      : "unreadable";
  } catch {
    return "unreadable";
  }
}

function isJournalEntry(value: unknown): value is JournalEntry {
  const entry = value as Partial<JournalEntry> | null;
  return (
    typeof entry?.target === "string" &&
    !entry.target.startsWith("..") &&
    !path.isAbsolute(entry.target) &&
    (entry.kind === "folder" ||
      entry.kind === "file" ||
      entry.kind === "removal") &&
    typeof entry.existed === "boolean"
  );
}

/** The pid in a transaction folder's name (`.codeset-txn-<pid>-<time>`), or undefined for any other name. */
function ownerOf(name: string): number | undefined {
  if (!name.startsWith(TXN_PREFIX)) return undefined;
  const match = /^(\d+)-[0-9a-z]+$/.exec(name.slice(TXN_PREFIX.length));
  return match === null ? undefined : Number(match[1]);
}

function identityOf(stats: Stats): Identity {
  return { dev: stats.dev, ino: stats.ino };
}

function sameIdentity(a: Identity, b: Identity): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (someone else's folder of that name), or already gone.
  }
}

/** Folders a failed run created for its targets, removed again where they hold no file. */
function removeEmptyFolders(folders: readonly string[]): void {
  for (const folder of [...folders].reverse()) {
    const holdsFiles = readdirOrEmptyRecursive(folder).some(
      (entry) => !entry.isDirectory(),
    );
    if (!holdsFiles) removeQuietly(folder);
  }
}

function readdirOrEmptyRecursive(dir: string) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
}

function removeQuietly(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // What cannot be removed is found and removed by the next run.
  }
}

/** Removes a finished transaction's folder; what cannot be removed (an immutable old file) is said, and tried again next run. */
function removeOrSay(dir: string, notice: (message: string) => void): void {
  try {
    removeTree(dir);
  } catch (error) {
    const where = (error as NodeJS.ErrnoException).path ?? dir;
    notice(
      `codeset: warning: cannot remove ${displayPath(where)}: ${fsErrorReason(error) ?? String(error)}; the outputs are written, remove it by hand`,
    );
  }
}

/** Deletes a folder and everything in it; throws the first failure with the path it happened on. */
function removeTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) removeTree(full);
    else unlinkSync(full);
  }
  rmdirSync(dir);
}

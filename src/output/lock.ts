// An exclusive lock in an output root, so runs that write there take turns; a dead run's lock is broken, and said so.
import {
  linkSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { displayPath } from "../project.js";
import { OutputError } from "./outputError.js";

/**
 * The lock's name, and the prefix of every other entry a run keeps in an output root. It starts with a
 * dot, which no npm package name (and so no default output folder) can.
 */
export const RUN_ENTRY_PREFIX = ".codeset";
export const LOCK_NAME = `${RUN_ENTRY_PREFIX}.lock`;
const LOCK_WAIT_MS = 30_000;

/**
 * Takes the lock of `root`, waiting while a live run holds it; returns the function that releases it.
 * The lock file is made whole (holding this run's pid) and then linked into place, so no run ever sees
 * an empty lock.
 */
export function acquireLock(
  root: string,
  notice: (message: string) => void,
): () => void {
  const lockFile = path.join(root, LOCK_NAME);
  const mine = path.join(
    root,
    `${LOCK_NAME}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
  );
  writeFileSync(mine, `${process.pid}\n`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  try {
    for (;;) {
      if (tryTake(mine, lockFile)) return () => release(lockFile);
      const owner = ownerOf(lockFile);
      if (owner === undefined) continue; // Released between our attempt and the read.
      if (owner === process.pid || !isAlive(owner)) {
        if (breakStaleLock(lockFile, owner))
          notice(
            `codeset: removed the stale lock ${displayPath(lockFile)}${owner === 0 ? ", which names no process" : ` of process ${owner}, which is no longer running`}`,
          );
      } else if (Date.now() > deadline)
        throw new OutputError(
          `${displayPath(lockFile)} is held by process ${owner}; wait for it to finish, or delete the file if no generator is running`,
        );
      else sleep(20);
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Removes this run's lock; one that cannot be removed (the disk turned read-only) is broken as stale by the next run. */
function release(lockFile: string): void {
  try {
    if (ownerOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
  } catch {
    // Stale from now on: this process is about to end.
  }
}

/** Lock files a run made but never linked into place, named for the process that made them. */
function isStaleLockLeftover(name: string): boolean {
  const match = /^\.codeset\.lock-(\d+)-[0-9a-z]+$/.exec(name);
  return match !== null && !isAlive(Number(match[1]));
}

/** Deletes the unlinked lock files of dead runs in root. */
export function removeLockLeftovers(root: string): void {
  for (const name of readdirSync(root))
    if (isStaleLockLeftover(name))
      rmSync(path.join(root, name), { force: true });
}

function tryTake(mine: string, lockFile: string): boolean {
  try {
    linkSync(mine, lockFile);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP")
      throw error;
  }
  // A file system without hard links: create the lock exclusively and write the pid into it.
  let fd: number;
  try {
    fd = openSync(lockFile, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  writeSync(fd, `${process.pid}\n`);
  closeSync(fd);
  return true;
}

/**
 * Removes the lock of a dead run. It is renamed away first, so of several runs breaking it at once
 * only one succeeds; should that one have taken a live run's fresh lock instead, it puts it back.
 */
function breakStaleLock(lockFile: string, deadOwner: number): boolean {
  const broken = `${lockFile}-${process.pid}-broken`;
  try {
    renameSync(lockFile, broken);
  } catch {
    return false; // Another run broke it first.
  }
  const moved = ownerOf(broken);
  if (moved !== deadOwner) {
    try {
      linkSync(broken, lockFile);
    } catch {
      // A third run holds the lock by now; the one we moved finishes its work regardless.
    }
  }
  rmSync(broken, { force: true });
  return moved === deadOwner;
}

/** The pid in a lock file; 0 for a lock without one (never made by this version, stale), undefined when there is no lock. */
function ownerOf(lockFile: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(lockFile, "utf8");
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : 0;
}

export function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

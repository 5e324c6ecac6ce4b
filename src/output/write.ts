// Replaces an output folder as a whole, atomically: a staging folder, two renames, and a lock around them.
import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import type { RenderedFiles } from "../render/renderOutputs.js";
import { compareOutputs, isUpToDate, listFiles } from "./compare.js";

/** The output folder cannot be written (foreign files in it, a lock held too long); nothing was changed. */
export class OutputError extends Error {
  override name = "OutputError";
}

/**
 * Makes outDir hold exactly `files`. Nothing is written when it already does. Otherwise the files are
 * written to a fresh folder beside outDir which then takes its place by rename, so readers see the old
 * set or the new one, never a mix; a crash leaves the old folder (restored on the next run).
 * Returns how many files changed.
 */
export function writeOutputs(outDir: string, files: RenderedFiles): number {
  if (
    isUpToDate(compareOutputs(outDir, files)) &&
    leftoversOf(outDir).length === 0
  )
    return 0;
  mkdirSync(path.dirname(outDir), { recursive: true });
  const release = lock(outDir);
  const token = `${process.pid}-${Date.now().toString(36)}`;
  const staging = `${outDir}.tmp-${token}`;
  const retired = `${outDir}.old-${token}`;
  try {
    recoverInterruptedSwap(outDir);
    // Compared again under the lock: a run that held it before us may have swapped the folder since,
    // and a file is hard-linked below only when it is unchanged in the folder as it is now.
    const comparison = compareOutputs(outDir, files);
    const changed =
      comparison.stale.length +
      comparison.missing.length +
      comparison.extra.length;
    if (changed === 0) return 0;
    assertGenerated(outDir, files);
    const rewritten = new Set([...comparison.stale, ...comparison.missing]);
    for (const [file, content] of files) {
      const target = path.join(staging, file);
      mkdirSync(path.dirname(target), { recursive: true });
      // Unchanged files keep their inode and timestamp, so watchers and incremental builds stay quiet.
      if (rewritten.has(file) || !tryLink(path.join(outDir, file), target))
        writeFileSync(target, content);
    }
    const hadPrevious = existsSync(outDir);
    if (hadPrevious) renameSync(outDir, retired);
    renameSync(staging, outDir);
    if (hadPrevious) rmSync(retired, { recursive: true, force: true });
    return changed;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}

/** A hard link, where the file system allows one. */
function tryLink(existing: string, target: string): boolean {
  try {
    linkSync(existing, target);
    return true;
  } catch {
    return false;
  }
}

/** A folder we would replace must hold generated files only: refuse to swap away anything else. */
function assertGenerated(outDir: string, files: RenderedFiles): void {
  const present = listFiles(outDir);
  if (present.length === 0 || present.some((file) => files.has(file))) return;
  throw new OutputError(
    `${outDir} holds files that this generator did not write; choose an empty or generated folder for --out`,
  );
}

/** Staging and retired folders beside outDir, with the pid of the run that made them. */
function leftoversOf(
  outDir: string,
): { entry: string; kind: string; pid: number }[] {
  const prefix = `${path.basename(outDir)}.`;
  let entries: string[];
  try {
    entries = readdirSync(path.dirname(outDir));
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const match = entry.startsWith(prefix)
      ? /^(tmp|old)-(\d+)-[0-9a-z]+$/.exec(entry.slice(prefix.length))
      : null;
    return match ? [{ entry, kind: match[1]!, pid: Number(match[2]) }] : [];
  });
}

/** After a kill between the two renames of a swap, the previous outputs sit in a `.old-*` folder. */
function recoverInterruptedSwap(outDir: string): void {
  for (const { entry, kind, pid } of leftoversOf(outDir)) {
    if (isAlive(pid) && pid !== process.pid) continue;
    const leftover = path.join(path.dirname(outDir), entry);
    if (kind === "old" && !existsSync(outDir)) renameSync(leftover, outDir);
    else rmSync(leftover, { recursive: true, force: true });
  }
}

/** An exclusive lock file beside outDir, so concurrent runs swap one after the other. */
function lock(outDir: string): () => void {
  const lockFile = `${outDir}.lock`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileOrEmpty(lockFile));
      // A lock naming this very process is stale too: a killed run's pid, reused. One without a pid is
      // stale once old enough: its run died between creating it and writing its pid.
      const stale =
        owner > 0
          ? owner === process.pid || !isAlive(owner)
          : ageMs(lockFile) > EMPTY_LOCK_GRACE_MS;
      if (stale) breakStaleLock(lockFile, owner);
      else if (Date.now() > deadline)
        throw new OutputError(
          `${lockFile} is held by process ${owner}; remove it if no generator is running`,
        );
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * Removes the lock of a dead run. It is renamed away first, so of several runs breaking it at once
 * only one succeeds; should that one have taken a live run's fresh lock instead, it puts it back.
 */
function breakStaleLock(lockFile: string, deadOwner: number): void {
  const broken = `${lockFile}-broken-${process.pid}`;
  try {
    renameSync(lockFile, broken);
  } catch {
    return; // Another run broke it first.
  }
  if (Number(readFileOrEmpty(broken)) !== deadOwner) {
    try {
      linkSync(broken, lockFile);
    } catch {
      // A third run holds the lock by now; the one we moved finishes its swap regardless.
    }
  }
  rmSync(broken, { force: true });
}

const EMPTY_LOCK_GRACE_MS = 5_000;

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function readFileOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

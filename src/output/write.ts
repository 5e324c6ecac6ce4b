// Writes a run's outputs under one root as one set: refused whole when any path is not the generator's,
// otherwise staged and swapped in under the root's lock (transaction.ts), unchanged files left untouched.
import { lstatSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { fsErrorReason } from "../fsErrors.js";
import { displayPath } from "../project.js";
import { compareOutputs, holds, listFiles } from "./compare.js";
import {
  acquireLock,
  LOCK_NAME,
  removeLockLeftovers,
  RUN_ENTRY_PREFIX,
} from "./lock.js";
import { OutputError } from "./outputError.js";
import {
  foreignFile,
  foreignInFolder,
  type Foreign,
  type FolderPlan,
} from "./ownership.js";
import { pauseAt } from "./testPause.js";
import { recoverAll, replaceAll, type Replacement } from "./transaction.js";

/** One output of a run: a folder that ends holding exactly its plan's files, one file, or a folder to delete. */
export type Output =
  | { kind: "folder"; path: string; plan: FolderPlan }
  | { kind: "file"; path: string; content: string }
  | { kind: "removal"; path: string; plan: FolderPlan };

/** A path no output may be or hold (the working directory, a spec, a template folder), and what it is. */
export interface Protected {
  path: string;
  what: string;
}

export interface WriteOptions {
  protect: readonly Protected[];
  /** Where a run says what it did besides writing (a stale lock broken, a killed run undone). */
  notice: (message: string) => void;
}

/**
 * Makes every output under `root` (absolute paths, each below root) what the run wants, as one set;
 * returns how many files each output changed. Nothing is written when nothing changed. Throws an
 * OutputError, having changed nothing, when a path to replace or delete is not the generator's.
 */
export function writeOutputs(
  root: string,
  outputs: readonly Output[],
  options: WriteOptions,
): number[] {
  refuseProtected(outputs, options.protect);
  // Judged before anything is created, so a refused run leaves no trace, and again under the lock.
  refuseForeign(outputs, root);
  if (!hasLeftovers(root) && outputs.every((output) => changesOf(output) === 0))
    return outputs.map(() => 0);
  createRoot(root);
  const release = lockOrExplain(root, options.notice);
  try {
    pauseAt("locked");
    recover(root, options.notice);
    const changes = outputs.map(changesOf);
    if (changes.every((count) => count === 0)) return changes;
    refuseForeign(outputs, root);
    replaceAll(
      root,
      outputs.filter((_, index) => changes[index]! > 0).map(replacementOf),
      options.notice,
    );
    return changes;
  } finally {
    release();
  }
}

/**
 * Before a run reads its outputs (--check, --fail-on-breaking, orphans): undoes what a killed run left
 * in root, waiting for a live one to finish. Does nothing (and takes no lock) when root holds nothing of the kind.
 */
export function settle(root: string, notice: (message: string) => void): void {
  if (!hasLeftovers(root)) return;
  const release = lockOrExplain(root, notice);
  try {
    recover(root, notice);
  } finally {
    release();
  }
}

/** How many files an output changes: stale, missing and extra files of a folder, a file that differs, the files of a folder to delete. */
function changesOf(output: Output): number {
  switch (output.kind) {
    case "folder": {
      const { stale, missing, extra } = compareOutputs(
        output.path,
        output.plan.files,
      );
      return stale.length + missing.length + extra.length;
    }
    case "file":
      return holds(output.path, output.content) ? 0 : 1;
    case "removal":
      return exists(output.path)
        ? Math.max(1, listFiles(output.path).length)
        : 0;
  }
}

function replacementOf(output: Output): Replacement {
  switch (output.kind) {
    case "folder": {
      const { stale, missing } = compareOutputs(output.path, output.plan.files);
      const rewritten = new Set([...stale, ...missing]);
      const unchanged = new Set(
        [...output.plan.files.keys()].filter((file) => !rewritten.has(file)),
      );
      return {
        kind: "folder",
        target: output.path,
        files: output.plan.files,
        unchanged,
      };
    }
    case "file":
      return { kind: "file", target: output.path, content: output.content };
    case "removal":
      return { kind: "removal", target: output.path };
  }
}

function refuseForeign(outputs: readonly Output[], root: string): void {
  for (const output of outputs) {
    const foreign = foreignOf(output, root);
    if (foreign !== undefined)
      throw new OutputError(
        `${displayPath(foreign.path)} ${foreign.reason}; nothing written: move it away, or ${output.kind === "file" ? "map the output elsewhere" : "choose another output folder"}`,
      );
  }
}

function foreignOf(output: Output, root: string): Foreign | undefined {
  try {
    return output.kind === "file"
      ? foreignFile(output.path, output.content, root)
      : foreignInFolder(output.path, output.plan, root);
  } catch (error) {
    const reason = fsErrorReason(error);
    if (reason === undefined) throw error;
    const where = (error as NodeJS.ErrnoException).path ?? output.path;
    throw new OutputError(
      `cannot write ${displayPath(where)}: ${reason}; nothing written`,
    );
  }
}

/** An output may not be, or hold, the working directory, a spec or a template folder of the run. */
function refuseProtected(
  outputs: readonly Output[],
  protect: readonly Protected[],
): void {
  for (const output of outputs) {
    for (const guarded of protect) {
      const relative = path.relative(output.path, guarded.path);
      if (
        relative === "" ||
        (!relative.startsWith("..") && !path.isAbsolute(relative))
      )
        throw new OutputError(
          `${displayPath(output.path)} ${relative === "" ? "is" : "holds"} ${guarded.what}; nothing written: choose an output folder of its own`,
        );
    }
  }
}

function createRoot(root: string): void {
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    const reason = fsErrorReason(error);
    if (reason === undefined) throw error;
    throw new OutputError(
      `cannot create ${displayPath(root)}: ${reason}; nothing written`,
    );
  }
}

function lockOrExplain(
  root: string,
  notice: (message: string) => void,
): () => void {
  try {
    return acquireLock(root, notice);
  } catch (error) {
    const reason = fsErrorReason(error);
    if (reason === undefined) throw error;
    throw new OutputError(
      `cannot lock ${displayPath(path.join(root, LOCK_NAME))}: ${reason}; nothing written`,
    );
  }
}

function recover(root: string, notice: (message: string) => void): void {
  try {
    removeLockLeftovers(root);
    recoverAll(root, notice);
  } catch (error) {
    const reason = fsErrorReason(error);
    if (reason === undefined) throw error;
    throw new OutputError(
      `cannot undo what a killed run left in ${displayPath(root)}/: ${reason}; nothing written`,
    );
  }
}

/** Whether root holds a lock or a transaction, a run's own or one a killed run left. */
function hasLeftovers(root: string): boolean {
  try {
    return readdirSync(root).some((name) => name.startsWith(RUN_ENTRY_PREFIX));
  } catch {
    return false;
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

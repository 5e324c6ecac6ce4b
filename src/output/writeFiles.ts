// Writes a spec's mapped outputs, files scattered over the user's project, as one set: each replaced
// only when it is the generator's (absent, carrying the banner, or already what the run writes).
// Interim, on today's writer: every file is staged beside its destination before any is renamed into
// place, so a refused or failed run changes nothing; a kill between the renames can leave part of the
// set new (the journal of the issue-14 writer closes that gap).
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { carriesBanner } from "../banner.js";
import { displayPath } from "../project.js";
import { OutputError } from "./write.js";

export interface PlacedFile {
  /** Absolute destination. */
  path: string;
  content: string;
}

/** The files whose destination does not hold their content yet. */
export function changedFiles(files: readonly PlacedFile[]): PlacedFile[] {
  return files.filter((file) => readOrUndefined(file.path) !== file.content);
}

/**
 * Makes every destination hold its content; returns how many files changed. Throws an OutputError,
 * having changed nothing, when a destination is not the generator's or cannot be written.
 */
export function writeFiles(files: readonly PlacedFile[]): number {
  const changed = changedFiles(files);
  for (const file of changed) refuseForeign(file.path);
  const token = `${process.pid}-${Date.now().toString(36)}`;
  const staged: { from: string; to: string }[] = [];
  try {
    for (const file of changed) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      const temp = path.join(
        path.dirname(file.path),
        `.${path.basename(file.path)}.tmp-${token}`,
      );
      writeFileSync(temp, file.content, { flag: "wx" });
      staged.push({ from: temp, to: file.path });
    }
    for (const { from, to } of staged) renameSync(from, to);
  } catch (error) {
    for (const { from } of staged) rmSync(from, { force: true });
    const { code, path: where } = error as NodeJS.ErrnoException;
    if (code === undefined) throw error;
    throw new OutputError(
      `cannot write ${displayPath(where ?? changed[staged.length]?.path ?? ".")}: ${code}; nothing written`,
    );
  }
  return changed.length;
}

/** A destination the run may replace: absent, or a regular file that carries the banner. */
function refuseForeign(file: string): void {
  const stats = lstatOrUndefined(file);
  if (stats === undefined) return;
  const reason = stats.isSymbolicLink()
    ? "is a symbolic link"
    : !stats.isFile()
      ? "is not a regular file"
      : carriesBanner(readFileSync(file, "utf8"))
        ? undefined
        : 'was not written by this generator (it has no "generated from ...; do not edit" banner)';
  if (reason !== undefined)
    throw new OutputError(
      `${displayPath(file)} ${reason}; nothing written: move it away, or map the output elsewhere`,
    );
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

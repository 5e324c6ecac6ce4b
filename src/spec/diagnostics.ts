// Problems found in a spec, each pinned to FILE:LINE:COL, reported all at once.
import { printable } from "../project.js";

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** `FILE:LINE:COL: message`, on one line whatever the file's name or the message quotes. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${printable(d.file)}:${d.line}:${d.col}: ${printable(d.message)}`;
}

/** Problems of one file in reading order, the way a compiler lists them (stable for equal positions). */
export function byPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.col - b.col : 0,
  );
}

/** Thrown by a pipeline step when the spec cannot go further; carries every problem found. */
export class SpecError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "SpecError";
  }
}

/**
 * Did-you-mean stays cheap whatever the spec holds: words and candidates longer than this get no
 * suggestion (a name that long is pasted, not mistyped), and no search runs over more candidates than
 * MAX_CANDIDATES (an over-full flag vocabulary). Each search is then bounded, and a run's total work
 * is linear in the size of the spec.
 */
const MAX_SUGGESTED_LENGTH = 64;
const MAX_CANDIDATES = 100;

/** The closest candidate by edit distance, when it is close enough to be a likely typo. */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
): string | undefined {
  const pool = [...candidates];
  if (word.length > MAX_SUGGESTED_LENGTH || pool.length > MAX_CANDIDATES)
    return undefined;
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of pool) {
    if (candidate.length > MAX_SUGGESTED_LENGTH) continue;
    const distance = editDistance(
      word.toLowerCase(),
      candidate.toLowerCase(),
      bestDistance - 1,
    );
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? "" : ` (did you mean '${match}'?)`;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) turning a into b: `titel` is one edit from
 * `title`. Any distance above `limit` comes back as limit + 1; only the band of cells within `limit`
 * of the diagonal is computed, three rows at a time.
 */
export function editDistance(
  a: string,
  b: string,
  limit = Math.max(a.length, b.length),
): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const beyond = limit + 1;
  let before = new Array<number>(b.length + 1).fill(beyond);
  let previous = Array.from({ length: b.length + 1 }, (_, j) =>
    j <= limit ? j : beyond,
  );
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(beyond);
    if (i <= limit) row[0] = i;
    let rowBest = row[0]!;
    for (
      let j = Math.max(1, i - limit);
      j <= Math.min(b.length, i + limit);
      j++
    ) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cell = Math.min(cell, before[j - 2]! + 1);
      row[j] = Math.min(cell, beyond);
      rowBest = Math.min(rowBest, row[j]!);
    }
    if (rowBest > limit) return beyond;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, beyond);
}

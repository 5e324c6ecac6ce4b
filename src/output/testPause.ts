// A hook for the kill and fault tests only (test/cli/interrupted.test.ts): a run stops at a named point of a
// write until the test lets it go, or kills it there. Unset, as for every user, it does nothing.
import { existsSync, writeFileSync } from "node:fs";

/**
 * The points of a write: the lock taken; staging begun (one file written); staging done; one output
 * moved away and its replacement not yet in place; everything in place, the journal not yet removed.
 */
export type PausePoint =
  "locked" | "staging" | "staged" | "swapping" | "committed";

/**
 * With CODESET_TEST_PAUSE_AT=<point>[,<point>...] and CODESET_TEST_PAUSE_FILE=<file>, a run reaching one
 * of the points writes "<point> <pid>" to the file and waits until the test deletes it.
 */
export function pauseAt(point: PausePoint): void {
  const points = process.env.CODESET_TEST_PAUSE_AT;
  const file = process.env.CODESET_TEST_PAUSE_FILE;
  if (!points || !file || !points.split(",").includes(point)) return;
  writeFileSync(file, `${point} ${process.pid}\n`);
  while (existsSync(file))
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
}

// Where a run's time goes, phase by phase, printed when CODESET_TIMINGS=1 (as TypeScript's
// --extendedDiagnostics prints its phases): each phase ends at a mark and began at the mark before;
// the first, start-up, is everything before `gen` begins (Node, the bundle, the command line).
const phases = new Map<string, number>();
let lastMark: number | undefined;

/** Whether this process reports its phases: only when asked, so a normal run pays nothing for them. */
export function timingsEnabled(): boolean {
  return process.env.CODESET_TIMINGS === "1";
}

/** Ends the phase `name` now; a phase that occurs once per spec adds up over the specs of the run. */
export function endPhase(name: string): void {
  if (!timingsEnabled()) return;
  // The global `performance` loads perf_hooks on first use: a run without CODESET_TIMINGS never does.
  const now = performance.now();
  phases.set(name, (phases.get(name) ?? 0) + now - (lastMark ?? 0));
  lastMark = now;
}

/** How the line a run prints begins: what readTimings looks for. */
const LINE_START = "codeset: timings: ";

/**
 * `codeset: timings: start-up 70 ms, read 131 ms, ...`, the phases in the order they first ended, or
 * undefined when not enabled.
 */
export function timingsLine(): string | undefined {
  if (!timingsEnabled()) return undefined;
  return `${LINE_START}${[...phases]
    .map(([name, ms]) => `${name} ${Math.round(ms)} ms`)
    .join(", ")}`;
}

/** The phases a run's stderr reports, as [phase, ms] pairs in their order, or undefined when it has no timings line. */
export function readTimings(stderr: string): [string, number][] | undefined {
  const line = stderr
    .split("\n")
    .find((text) => text.startsWith(LINE_START))
    ?.slice(LINE_START.length);
  if (line === undefined) return undefined;
  return line.split(", ").map((part) => {
    const [, name, ms] = /^(.+) (\d+) ms$/.exec(part)!;
    return [name!, Number(ms)];
  });
}

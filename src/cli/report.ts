// Every line a gen run prints, in one place: what was written, what is stale, what is wrong.
import { displayPath } from "../project.js";
import { formatDiagnostic, type Diagnostic } from "../spec/diagnostics.js";
import { writeErr, writeOut } from "./terminal.js";

/** What a run prints; `gen` and `gen --check` print it plainly, `--watch` adds each run's time. */
export class Reporter {
  protected out(line: string): void {
    writeOut(`${line}\n`);
  }

  protected err(line: string): void {
    writeErr(`${line}\n`);
  }

  /** Spec or template problems: nothing was written. */
  problems(diagnostics: readonly Diagnostic[]): void {
    this.err(diagnostics.map(formatDiagnostic).join("\n"));
    this.err(
      `nothing written: fix the problem${diagnostics.length === 1 ? "" : "s"} above`,
    );
  }

  /** Where the run's time went, phase by phase (CODESET_TIMINGS=1). */
  timings(line: string): void {
    this.err(line);
  }

  /** An output folder that cannot be written (foreign files, a held lock); nothing was changed. */
  outputProblem(specFile: string, message: string): void {
    this.err(`codeset: ${message}`);
  }

  breakingChanges(lines: readonly string[]): void {
    if (lines.length > 0) this.err(lines.join("\n"));
  }

  breakingChangesRefused(specFile: string): void {
    this.err(
      "nothing written: --fail-on-breaking refuses the breaking changes above",
    );
  }

  /** `spec/x.yaml -> generated/x: 2 files changed` (or the mapped files, comma-separated), the line a run prints per spec. */
  written(specFile: string, targets: readonly string[], changed: number): void {
    const outcome =
      changed === 0
        ? "up to date"
        : `${changed} file${changed === 1 ? "" : "s"} changed`;
    this.out(
      `${displayPath(specFile)} -> ${shownTargets(targets)}: ${outcome}`,
    );
  }

  orphanRemoved(dir: string): void {
    this.out(`${displayPath(dir)}: removed (no spec produces it any more)`);
  }

  /** An orphaned folder kept because `foreign`, a file in it, is not the generator's. */
  orphanKept(dir: string, foreign: string): void {
    this.err(
      `warning: ${displayPath(dir)}/ matches no spec, but ${displayPath(foreign)} in it was not written by the generator; kept (delete the folder if it is not needed)`,
    );
  }

  /** What a run did besides writing: a stale lock removed, a killed run's write undone. */
  notice(message: string): void {
    this.err(message);
  }

  stale(report: readonly string[], fixCommand: string): void {
    this.err(report.join("\n"));
    this.err(`out of date: run \`${fixCommand}\` and commit the result`);
  }
}

/** --watch runs one spec at a time and keeps going: each outcome is one line on stdout, with how long the run took. */
export class WatchReporter extends Reporter {
  // The global `performance` loads perf_hooks on first use: only --watch pays for it.
  private started = performance.now();

  /** Starts the clock of the next run. */
  startRun(): void {
    this.started = performance.now();
  }

  private took(): string {
    return `(${Math.round(performance.now() - this.started)} ms)`;
  }

  override problems(diagnostics: readonly Diagnostic[]): void {
    this.err(diagnostics.map(formatDiagnostic).join("\n"));
  }

  /** After problems or an output problem: the run of specFile changed nothing. */
  failed(specFile: string): void {
    this.out(
      `${displayPath(specFile)}: failed; kept the last good outputs ${this.took()}`,
    );
  }

  override outputProblem(specFile: string, message: string): void {
    this.err(message);
    this.failed(specFile);
  }

  override breakingChangesRefused(specFile: string): void {
    this.out(
      `${displayPath(specFile)}: breaking changes refused (--fail-on-breaking); kept the last outputs ${this.took()}`,
    );
  }

  override written(
    specFile: string,
    targets: readonly string[],
    changed: number,
  ): void {
    const outcome =
      changed === 0
        ? "up to date"
        : `${changed} file${changed === 1 ? "" : "s"} changed`;
    this.out(
      `${displayPath(specFile)} -> ${shownTargets(targets)}: ${outcome} ${this.took()}`,
    );
  }

  deleted(specFile: string): void {
    this.out(
      `${displayPath(specFile)}: deleted; its outputs stay until \`npm run gen\``,
    );
  }

  watching(paths: readonly string[]): void {
    this.out(`watching ${paths.join(", ")} (Ctrl-C stops)`);
  }

  stopped(): void {
    this.out("stopped watching");
  }
}

function shownTargets(targets: readonly string[]): string {
  return targets.map((target) => displayPath(target)).join(", ");
}

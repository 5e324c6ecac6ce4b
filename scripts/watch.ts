// --watch: regenerates a spec when it is saved, and every spec when a template is; one line per spec and run.
import { existsSync, readdirSync, watch as watchFolder, type FSWatcher } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { breakingReport } from "./breakingChanges.js";
import { formatDiagnostic, SpecError } from "./diagnostics.js";
import { describeWrite, jobsOf, type GenOptions } from "./genCommand.js";
import { displayPath, renderJobs, SPEC_DIR, type Job } from "./generate.js";
import { BUILT_IN_TEMPLATES, forgetTemplates } from "./renderOutputs.js";
import { NothingToDoError } from "./usage.js";
import { writeOutputs } from "./writeOutputs.js";

/** Editors save in bursts (write, rename, chmod); one run follows the last event of a burst. */
const DEBOUNCE_MS = 100;

/** Watches until SIGINT or SIGTERM, then resolves with exit status 0. */
export function watch(options: GenOptions): Promise<number> {
  return new Promise((resolve) => new SpecWatcher(options, resolve).start());
}

class SpecWatcher {
  private readonly folders = new Map<string, FSWatcher>();
  /** Absolute paths of the specs saved since the last run. */
  private readonly savedSpecs = new Set<string>();
  private templatesChanged = false;
  private timer: NodeJS.Timeout | undefined;
  /** Per spec (absolute path), its template folders as of its last good render, so they are watched too. */
  private readonly specTemplates = new Map<string, string[]>();
  private readonly stop = () => this.close();

  constructor(
    private readonly options: GenOptions,
    private readonly done: (status: number) => void,
  ) {}

  start(): void {
    process.once("SIGINT", this.stop);
    process.once("SIGTERM", this.stop);
    this.run(undefined);
    const specs = this.options.specFile ?? `${SPEC_DIR}/*.yaml`;
    const templates = [BUILT_IN_TEMPLATES, ...this.options.templateDirs].map((dir) => `${displayPath(dir)}/`);
    process.stdout.write(`watching ${[displayPath(specs), ...templates].join(", ")} (Ctrl-C stops)\n`);
  }

  /** Regenerates the given specs (all of them when undefined), each on its own: one bad spec keeps the others going. */
  private run(only: ReadonlySet<string> | undefined): void {
    let jobs: Job[];
    try {
      jobs = jobsOf(this.options);
    } catch (error) {
      if (!(error instanceof NothingToDoError)) throw error;
      process.stderr.write(`${error.message}\n`);
      jobs = [];
    }
    const known = new Set(jobs.map((job) => path.resolve(job.specFile)));
    for (const spec of only ?? []) {
      if (!known.has(spec)) process.stdout.write(`${displayPath(spec)}: deleted; its outputs stay until \`npm run gen\`\n`);
    }
    for (const job of jobs) {
      if (only === undefined || only.has(path.resolve(job.specFile))) this.runJob(job);
    }
    this.watchFolders();
  }

  private runJob(job: Job): void {
    const started = performance.now();
    const took = () => `(${Math.round(performance.now() - started)} ms)`;
    try {
      const [entry] = renderJobs([job], this.options.templateDirs);
      this.specTemplates.set(path.resolve(job.specFile), entry!.templateDirs);
      const breaking = breakingReport(displayPath(job.specFile), entry!.model, entry!.outDir, (file) => displayPath(file));
      if (breaking.lines.length > 0) process.stderr.write(`${breaking.lines.join("\n")}\n`);
      if (breaking.count > 0 && this.options.failOnBreaking) {
        process.stdout.write(`${displayPath(job.specFile)}: breaking changes refused (--fail-on-breaking); kept the last outputs ${took()}\n`);
        return;
      }
      const changed = writeOutputs(entry!.outDir, entry!.files);
      process.stdout.write(`${describeWrite(entry!, changed)} ${took()}\n`);
    } catch (error) {
      // Whatever goes wrong in one run (a half-typed spec, a broken template, a locked folder), the watch goes on.
      const message = error instanceof SpecError ? error.diagnostics.map(formatDiagnostic).join("\n") : String((error as Error)?.message ?? error);
      process.stderr.write(`${message}\n`);
      process.stdout.write(`${displayPath(job.specFile)}: failed; kept the last good outputs ${took()}\n`);
    }
  }

  /** The folder holding the specs: watching the folder, not the file, survives editors that save by rename. */
  private specFolder(): string {
    return path.resolve(this.options.specFile !== undefined ? path.dirname(this.options.specFile) : SPEC_DIR);
  }

  private isSpec(file: string): boolean {
    if (this.options.specFile !== undefined) return path.resolve(file) === path.resolve(this.options.specFile);
    return /\.ya?ml$/.test(file);
  }

  /** Opens a watcher on the spec folder and on every folder under every template root, closing ones no longer needed. */
  private watchFolders(): void {
    const roots = new Set([BUILT_IN_TEMPLATES, ...this.options.templateDirs, ...[...this.specTemplates.values()].flat()]);
    const wanted = new Map<string, "spec" | "template">([[this.specFolder(), "spec"]]);
    for (const root of roots) for (const dir of foldersUnder(root)) if (!wanted.has(dir)) wanted.set(dir, "template");
    for (const [dir, watcher] of this.folders) {
      if (!wanted.has(dir)) {
        watcher.close();
        this.folders.delete(dir);
      }
    }
    for (const [dir, kind] of wanted) {
      if (this.folders.has(dir) || !existsSync(dir)) continue;
      try {
        const watcher = watchFolder(dir, (_event, name) => this.changed(dir, kind, name === null ? null : String(name)));
        // A watched folder that is deleted ends its watcher; the next run's watchFolders reopens what exists.
        watcher.on("error", () => {
          watcher.close();
          this.folders.delete(dir);
        });
        this.folders.set(dir, watcher);
      } catch {
        // Gone between the listing and the watch: picked up again after the next run.
      }
    }
  }

  private changed(dir: string, kind: "spec" | "template", name: string | null): void {
    if (kind === "spec" && name !== null && this.isSpec(path.join(dir, name))) this.savedSpecs.add(path.join(dir, name));
    else if (kind === "spec" && name === null) this.templatesChanged = true; // unknown file: redo everything
    // A template, or a folder that may soon hold templates; editor swap and backup files are not templates.
    else if (kind === "template" && (name === null || name.endsWith(".hbs") || !name.includes("."))) this.templatesChanged = true;
    else return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    const everything = this.templatesChanged;
    const saved = new Set(this.savedSpecs);
    this.templatesChanged = false;
    this.savedSpecs.clear();
    if (everything) forgetTemplates();
    this.run(everything ? undefined : saved);
  }

  private close(): void {
    clearTimeout(this.timer);
    for (const watcher of this.folders.values()) watcher.close();
    this.folders.clear();
    process.off("SIGINT", this.stop);
    process.off("SIGTERM", this.stop);
    process.stdout.write("stopped watching\n");
    this.done(0);
  }
}

/** dir and every folder below it (absolute); none when dir is missing. */
function foldersUnder(dir: string): string[] {
  try {
    const below = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory());
    return [dir, ...below.map((entry) => path.join(entry.parentPath, entry.name))];
  } catch {
    return [];
  }
}

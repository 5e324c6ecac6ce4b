// --watch: regenerates a spec when it is saved, and every spec when a template is; one line per spec and run.
import {
  existsSync,
  readdirSync,
  watch as watchFolder,
  type FSWatcher,
} from "node:fs";
import path from "node:path";
import type { Job } from "../generate.js";
import { displayPath, SPEC_DIR } from "../project.js";
import { BUILT_IN_TEMPLATES } from "../render/templateFiles.js";
import { forgetTemplates } from "../render/templates.js";
import { jobsOf, runJobs, type GenOptions } from "./gen.js";
import { WatchReporter } from "./report.js";
import { NothingToDoError } from "./usage.js";

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
  private readonly report = new WatchReporter();

  constructor(
    private readonly options: GenOptions,
    private readonly done: (status: number) => void,
  ) {}

  start(): void {
    process.once("SIGINT", this.stop);
    process.once("SIGTERM", this.stop);
    this.run(undefined);
    const specs = this.options.specFile ?? `${SPEC_DIR}/*.yaml`;
    const templates = [BUILT_IN_TEMPLATES, ...this.options.templateDirs].map(
      (dir) => `${displayPath(dir)}/`,
    );
    this.report.watching([displayPath(specs), ...templates]);
  }

  /** Regenerates the given specs (all of them when undefined), each on its own: one bad spec keeps the others going. */
  private run(only: ReadonlySet<string> | undefined): void {
    let jobs: Job[];
    try {
      jobs = jobsOf(this.options);
    } catch (error) {
      if (!(error instanceof NothingToDoError)) throw error;
      this.report.notice(error.message);
      jobs = [];
    }
    const known = new Set(jobs.map((job) => path.resolve(job.specFile)));
    for (const spec of only ?? []) {
      if (!known.has(spec)) this.report.deleted(spec);
    }
    for (const job of jobs) {
      if (only === undefined || only.has(path.resolve(job.specFile)))
        this.runJob(job);
    }
    this.watchFolders();
  }

  /** One spec through gen's own policy; whatever goes wrong (a half-typed spec, a broken template, a locked folder), the watch goes on. */
  private runJob(job: Job): void {
    this.report.startRun();
    try {
      const { status, rendered } = runJobs([job], this.options, this.report, {
        judgeOrphans: false,
      });
      if (rendered !== undefined)
        this.specTemplates.set(
          path.resolve(job.specFile),
          rendered[0]!.templateDirs,
        );
      if (status !== 0 && rendered === undefined)
        this.report.failed(job.specFile);
    } catch (error) {
      this.report.notice(String((error as Error)?.message ?? error));
      this.report.failed(job.specFile);
    }
  }

  /** The folder holding the specs: watching the folder, not the file, survives editors that save by rename. */
  private specFolder(): string {
    return path.resolve(
      this.options.specFile !== undefined
        ? path.dirname(this.options.specFile)
        : SPEC_DIR,
    );
  }

  private isSpec(file: string): boolean {
    if (this.options.specFile !== undefined)
      return path.resolve(file) === path.resolve(this.options.specFile);
    return /\.ya?ml$/.test(file);
  }

  /** Opens a watcher on the spec folder and on every folder under every template root, closing ones no longer needed. */
  private watchFolders(): void {
    const roots = new Set([
      BUILT_IN_TEMPLATES,
      ...this.options.templateDirs,
      ...[...this.specTemplates.values()].flat(),
    ]);
    const wanted = new Map<string, "spec" | "template">([
      [this.specFolder(), "spec"],
    ]);
    // Only outputs/ and partials/ hold templates: a template folder of `/` must not mean watching the whole disk.
    for (const root of roots)
      for (const dir of [
        root,
        ...foldersUnder(path.join(root, "outputs")),
        ...foldersUnder(path.join(root, "partials")),
      ])
        if (!wanted.has(dir)) wanted.set(dir, "template");
    for (const [dir, watcher] of this.folders) {
      if (!wanted.has(dir)) {
        watcher.close();
        this.folders.delete(dir);
      }
    }
    for (const [dir, kind] of wanted) {
      if (this.folders.has(dir) || !existsSync(dir)) continue;
      try {
        const watcher = watchFolder(dir, (_event, name) =>
          this.changed(dir, kind, name === null ? null : String(name)),
        );
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

  private changed(
    dir: string,
    kind: "spec" | "template",
    name: string | null,
  ): void {
    if (kind === "spec" && name !== null && this.isSpec(path.join(dir, name)))
      this.savedSpecs.add(path.join(dir, name));
    else if (kind === "spec" && name === null)
      this.templatesChanged = true; // unknown file: redo everything
    // A template, or a folder that may soon hold templates; editor swap and backup files are not templates.
    else if (
      kind === "template" &&
      (name === null || name.endsWith(".hbs") || !name.includes("."))
    )
      this.templatesChanged = true;
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
    this.report.stopped();
    this.done(0);
  }
}

/** dir and every folder below it (absolute); none when dir is missing. */
function foldersUnder(dir: string): string[] {
  try {
    const below = readdirSync(dir, {
      recursive: true,
      withFileTypes: true,
    }).filter((entry) => entry.isDirectory());
    return [
      dir,
      ...below.map((entry) => path.join(entry.parentPath, entry.name)),
    ];
  } catch {
    return [];
  }
}

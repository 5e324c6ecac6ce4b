// Remembers what the last successful run of each job read and wrote, so a run with the same inputs
// can verify its outputs by their stamps and stop there, without loading YAML or Handlebars or rendering.
import { readFileSync } from "node:fs";
import path from "node:path";
import { cacheDir, digest, generator, stamp, writeCacheFile } from "./cacheDir.js";
import type { Job, Rendered } from "./generate.js";
import { BUILT_IN_TEMPLATES, sourceName } from "./projectPaths.js";
import { listFiles } from "./writeOutputs.js";

interface Record {
  /** Digest of everything the outputs were made from: generator, spec bytes, template stamps. */
  inputs: string;
  templateDirs: string[];
  outDir: string;
  /** Output path -> its stamp once written (size, inode, change times). */
  files: { [file: string]: string };
}


function templates(dirs: readonly string[]): string {
  const parts: (string | Buffer)[] = [];
  for (const dir of dirs) {
    for (const file of listFiles(dir).filter((name) => name.endsWith(".hbs"))) parts.push(dir, file, stamp(path.join(dir, file)));
  }
  return digest(...parts);
}

function inputsOf(spec: string, templateDirs: readonly string[]): string {
  return digest(generator(), sourceName(spec), readFileSync(spec), templates(templateDirs));
}

/** One record per job: the spec and output folder as given, the --templates folders, the working directory. */
function recordFile(dir: string, job: Job, templateDirs: readonly string[], cwd: string): string {
  const identity = digest(cwd, path.resolve(cwd, job.specFile), job.outDir === undefined ? "" : path.resolve(cwd, job.outDir), ...templateDirs);
  return path.join(dir, `run-${identity.slice(0, 32)}.json`);
}

function sameOutputs(record: Record): boolean {
  const present = listFiles(record.outDir);
  if (present.length !== Object.keys(record.files).length) return false;
  return present.every((file) => record.files[file] !== undefined && stamp(path.join(record.outDir, file)) === record.files[file]);
}

/** A job known to be up to date, and the folder it writes. */
export interface UpToDateJob {
  specFile: string;
  outDir: string;
}

/**
 * The jobs with their output folders when every job's inputs are those of its last recorded run and
 * its folder still holds exactly what that run wrote; otherwise undefined (then render as usual).
 * `templateDirs` are the --templates folders of this run.
 */
export function recordedUpToDate(jobs: readonly Job[], templateDirs: readonly string[] = [], cwd = process.cwd()): UpToDateJob[] | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const upToDate: UpToDateJob[] = [];
  for (const job of jobs) {
    let record: Record;
    try {
      record = JSON.parse(readFileSync(recordFile(dir, job, templateDirs, cwd), "utf8")) as Record;
      if (record.inputs !== inputsOf(path.resolve(cwd, job.specFile), record.templateDirs) || !sameOutputs(record)) return undefined;
    } catch {
      return undefined;
    }
    upToDate.push({ specFile: job.specFile, outDir: record.outDir });
  }
  return upToDate;
}

/** Records jobs (rendered in the same order) whose output folders now hold exactly their rendered files. */
export function rememberUpToDate(jobs: readonly Job[], rendered: readonly Rendered[], templateDirs: readonly string[] = [], cwd = process.cwd()): void {
  const dir = cacheDir();
  if (!dir) return;
  jobs.forEach((job, index) => {
    const { outDir, files, templateDirs: applied } = rendered[index]!;
    const read = [BUILT_IN_TEMPLATES, ...applied];
    const record: Record = {
      inputs: inputsOf(path.resolve(cwd, job.specFile), read),
      templateDirs: read,
      outDir,
      files: Object.fromEntries([...files.keys()].map((file) => [file, stamp(path.join(outDir, file))])),
    };
    writeCacheFile(recordFile(dir, job, templateDirs, cwd), JSON.stringify(record));
  });
}

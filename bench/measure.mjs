// Runs a command as a child process and reports its wall time and, where the OS lets us, its peak RSS.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const GNU_TIME = "/usr/bin/time";
const hasGnuTime =
  existsSync(GNU_TIME) &&
  spawnSync(GNU_TIME, ["-f", "%M", "true"]).status === 0;

/** How peak RSS is measured on this machine, for the report. */
export const rssMethod = hasGnuTime
  ? "/usr/bin/time -f %M"
  : "process.resourceUsage().maxRSS via --require";

const RSS_REPORTER = path.join(import.meta.dirname, "reportMaxRss.cjs");

/**
 * Runs `command args` in cwd; returns { ms, rssMiB? }. Throws when it exits non-zero (unless allowed),
 * so a broken generator cannot produce fast-looking numbers.
 */
export function run(
  command,
  args,
  { cwd, env: extraEnv = {}, expectStatus = 0, measureRss = false } = {},
) {
  let file = command;
  let argv = args;
  let rssFile;
  const env = { ...process.env, ...extraEnv };
  if (measureRss && hasGnuTime) {
    rssFile = path.join(os.tmpdir(), `codeset-bench-rss-${process.pid}`);
    file = GNU_TIME;
    argv = ["-o", rssFile, "-f", "%M", command, ...args];
  } else if (measureRss) {
    rssFile = path.join(os.tmpdir(), `codeset-bench-rss-${process.pid}`);
    env.CODESET_BENCH_RSS_FILE = rssFile;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require ${RSS_REPORTER}`;
  }
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    cwd,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== expectStatus) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status} (expected ${expectStatus}):\n${result.stderr}${result.stdout}`,
    );
  }
  let rssMiB;
  if (rssFile) {
    rssMiB =
      Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) / 1024;
    rmSync(rssFile, { force: true });
  }
  return { ms, rssMiB, stdout: result.stdout, stderr: result.stderr };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Helpers for the docs-site tests: build a site from a folder of generated code sets, read its HTML as text.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "../helpers.js";

export const BUILD_DOCS = path.join(ROOT, "lib", "docs", "buildDocs.js");
export const CHROMIUM = "/usr/bin/chromium";
/** What Debian's Chromium needs to run headless on a CI machine or in a container, and to stay off the network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

/** True when `command --version` runs. */
export function toolRuns(command: string): boolean {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Whether to skip a suite for want of a tool. Locally a missing tool skips with a message naming the
 * install command; under CI (which installs it in .ci/run) nothing is skipped, so a missing tool fails loudly.
 */
export function skipWithout(
  tool: string,
  available: boolean,
  install: string,
): boolean {
  if (available) return false;
  if (process.env["CI"]) return false;
  console.warn(
    `SKIPPED: ${tool} is not installed; install it with: ${install}`,
  );
  return true;
}

export interface SiteBuild {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The built site's folder. */
  site: string;
}

/** Runs the docs build (the script behind `npm run docs`) on `generatedDir`, staging and building inside `outDir`. */
export function buildSite(generatedDir: string, outDir: string): SiteBuild {
  const site = path.join(outDir, "site");
  const args = [
    BUILD_DOCS,
    "--generated",
    generatedDir,
    "--src",
    path.join(outDir, "site-src"),
    "--site",
    site,
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    site,
  };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  para: "¶",
  nbsp: "\u00a0",
};

/** The text an HTML fragment shows: tags dropped, entities decoded, white space runs made one space. */
export function htmlText(fragment: string): string {
  return normalizeSpace(
    fragment
      .replace(/<[^>]*>/g, "")
      .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, entity: string) => {
        if (entity[0] === "#")
          return String.fromCodePoint(
            entity[1] === "x" || entity[1] === "X"
              ? parseInt(entity.slice(2), 16)
              : Number(entity.slice(1)),
          );
        return ENTITIES[entity] ?? match;
      }),
  );
}

/** Text compared the way a reader sees it: CR/CRLF and every run of white space are one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

#!/usr/bin/env node
// `npm run docs`: gathers the generated doc pages into mkdocs' docs folder, then builds the site with --strict.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { collectPages } from "./collectPages.js";
import { runMkdocs } from "./runMkdocs.js";
import { stageSite } from "./stageSite.js";

const USAGE = `Usage: node lib/docs/buildDocs.js [options]

Builds a static mkdocs-material site from every generated/*/docs/*.md plus an index page.

Options:
  --generated DIR   folder of generated code sets (default: generated)
  --config FILE     mkdocs config (default: mkdocs.yml)
  --src DIR         where the pages are gathered (default: the config's docs_dir)
  --site DIR        where the site is built (default: the config's site_dir)
  -h, --help        show this help`;

export function main(argv: readonly string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        generated: { type: "string", default: "generated" },
        config: { type: "string", default: "mkdocs.yml" },
        src: { type: "string" },
        site: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`docs: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const started = performance.now();
    const { docsDir, siteDir } = configuredFolders(values.config);
    const srcDir = values.src ?? docsDir;
    const site = values.site ?? siteDir;
    const pages = collectPages(values.generated);
    stageSite(srcDir, pages);
    runMkdocs({
      config: values.config,
      configDocsDir: docsDir,
      srcDir,
      siteDir: site,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `${path.relative(process.cwd(), site) || "."}/: ${pages.length} code set page${pages.length === 1 ? "" : "s"} + index built in ${seconds} s\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`docs: ${(error as Error).message}\n`);
    return 1;
  }
}

/** docs_dir and site_dir of the mkdocs config, resolved against its folder (mkdocs' defaults: docs, site). */
function configuredFolders(config: string): {
  docsDir: string;
  siteDir: string;
} {
  const parsed: unknown = parse(readFileSync(config, "utf8"));
  const settings =
    typeof parsed === "object" && parsed !== null
      ? (parsed as Record<string, unknown>)
      : {};
  const folder = (key: string, fallback: string) =>
    path.resolve(
      path.dirname(config),
      typeof settings[key] === "string" ? settings[key] : fallback,
    );
  return {
    docsDir: folder("docs_dir", "docs"),
    siteDir: folder("site_dir", "site"),
  };
}

process.exitCode = main(process.argv.slice(2));

// Lays out mkdocs' docs folder: every code set's page, plus an index page linking them all.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { markdownCell } from "../render/helpers/markdown.js";
import type { CodeSetPage } from "./collectPages.js";
import { SITE_STYLESHEET, SITE_STYLESHEET_FILE } from "./siteStylesheet.js";

/** Marks a folder as ours to empty: the staging folder is rebuilt from scratch on every run. */
const STAGED_MARKER = ".staged-by-npm-run-docs";

/** Replaces the contents of `srcDir` with the pages, a generated index.md and the site's stylesheet. */
export function stageSite(srcDir: string, pages: readonly CodeSetPage[]): void {
  clearStagingFolder(srcDir);
  for (const page of pages)
    copyFileSync(page.source, path.join(srcDir, page.fileName));
  writeFileSync(path.join(srcDir, "index.md"), indexPage(pages));
  writeFileSync(path.join(srcDir, SITE_STYLESHEET_FILE), SITE_STYLESHEET);
}

/**
 * The site's home page: one list item per code set, its page linked, then its title, size and package, which
 * wrap between words on a phone where a table's columns would squeeze them. Titled "Code sets", not the
 * site's name, so that the navigation does not show the site's name twice.
 */
export function indexPage(pages: readonly CodeSetPage[]): string {
  const items = pages.map((page) => {
    const facts = [
      `[${markdownCell(page.name)}](${page.fileName})`,
      page.title === undefined || page.title === page.name
        ? ""
        : markdownCell(page.title),
      page.codeCount === undefined
        ? ""
        : `${page.codeCount} code${page.codeCount === 1 ? "" : "s"}`,
      page.packageName === undefined
        ? ""
        : `package \`${page.packageName}${page.packageVersion === undefined ? "" : `@${page.packageVersion}`}\``,
    ];
    return `- ${facts.filter((fact) => fact !== "").join(" · ")}`;
  });
  return `# Code sets\n\nEvery code set generated from \`spec/\`, one page each.\n\n${items.join("\n")}\n`;
}

function clearStagingFolder(srcDir: string): void {
  if (existsSync(srcDir)) {
    const entries = readdirSync(srcDir);
    if (entries.length > 0 && !entries.includes(STAGED_MARKER)) {
      throw new Error(
        `${srcDir} exists and was not made by \`npm run docs\`; refusing to empty it (pick another --src)`,
      );
    }
    rmSync(srcDir, { recursive: true, force: true });
  }
  mkdirSync(srcDir, { recursive: true });
  // mkdocs skips dot files, so the marker never reaches the site.
  writeFileSync(path.join(srcDir, STAGED_MARKER), "");
}

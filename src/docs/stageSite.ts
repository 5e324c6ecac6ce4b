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
import { markdownTable } from "../render/layout.js";
import type { CodeSetPage } from "./collectPages.js";

/** Marks a folder as ours to empty: the staging folder is rebuilt from scratch on every run. */
const STAGED_MARKER = ".staged-by-npm-run-docs";

/** Replaces the contents of `srcDir` with the pages and a generated index.md. */
export function stageSite(srcDir: string, pages: readonly CodeSetPage[]): void {
  clearStagingFolder(srcDir);
  for (const page of pages)
    copyFileSync(page.source, path.join(srcDir, page.fileName));
  writeFileSync(path.join(srcDir, "index.md"), indexPage(pages));
}

/** The site's home page: one table row per code set, linking to its page. */
export function indexPage(pages: readonly CodeSetPage[]): string {
  const rows = pages.map((page) => {
    const set = `[${markdownCell(page.name)}](${page.fileName})`;
    const title =
      page.title === undefined || page.title === page.name
        ? ""
        : markdownCell(page.title);
    const pkg =
      page.packageName === undefined
        ? ""
        : `\`${page.packageName}${page.packageVersion === undefined ? "" : `@${page.packageVersion}`}\``;
    const count = page.codeCount === undefined ? "" : String(page.codeCount);
    return `| ${set} | ${title} | ${count} | ${pkg} |`;
  });
  const table = markdownTable(
    ["Code set", "Title", "Codes:right", "Package"],
    rows.join("\n"),
  );
  return `# Status codes\n\nEvery code set generated from \`spec/\`, one page each.\n\n${table}\n`;
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

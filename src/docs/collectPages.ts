// Finds the doc page of every generated code set, with what the site's index says about it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface CodeSetPage {
  /** The page's file name, `<Name>.md`; also its name in the site. */
  fileName: string;
  /** The code set's name (the enum's), e.g. WebSocketStatusCodes. */
  name: string;
  /** The spec's human title, when its JSON Schema carries one. */
  title: string | undefined;
  /** How many codes the set defines, when its JSON Schema says. */
  codeCount: number | undefined;
  packageName: string | undefined;
  packageVersion: string | undefined;
  /** Absolute path of the generated page. */
  source: string;
}

/** Every generated/<package>/docs/*.md below `generatedDir`, sorted by page name; two sets may not share a page name. */
export function collectPages(generatedDir: string): CodeSetPage[] {
  if (!existsSync(generatedDir))
    throw new Error(
      `${generatedDir}: no such folder; run \`npm run gen\` first`,
    );
  const pages: CodeSetPage[] = [];
  for (const entry of readdirSync(generatedDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const outDir = path.join(generatedDir, entry.name);
    const docsDir = path.join(outDir, "docs");
    if (!existsSync(docsDir)) continue;
    const packageJson = readJson(path.join(outDir, "package.json"));
    for (const fileName of readdirSync(docsDir).filter((file) =>
      file.endsWith(".md"),
    )) {
      const name = fileName.slice(0, -".md".length);
      const schema = readJson(path.join(outDir, `${name}.schema.json`));
      pages.push({
        fileName,
        name,
        title: stringField(schema, "description"),
        codeCount: Array.isArray(schema?.["oneOf"])
          ? schema["oneOf"].length
          : undefined,
        packageName: stringField(packageJson, "name"),
        packageVersion: stringField(packageJson, "version"),
        source: path.join(docsDir, fileName),
      });
    }
  }
  // Compared without case: the pages become folders of the site, and some file systems ignore case.
  const key = (page: CodeSetPage) => page.fileName.toLowerCase();
  pages.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (let i = 1; i < pages.length; i++) {
    if (key(pages[i]!) === key(pages[i - 1]!)) {
      throw new Error(
        `two code sets would share the page ${pages[i]!.fileName}: ${pages[i - 1]!.source} and ${pages[i]!.source}`,
      );
    }
  }
  if (pages.length === 0)
    throw new Error(
      `${generatedDir}: no generated doc pages (*/docs/*.md); run \`npm run gen\` first`,
    );
  return pages;
}

function readJson(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  const value: unknown = JSON.parse(readFileSync(file, "utf8"));
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function stringField(
  object: Record<string, unknown> | undefined,
  key: string,
): string | undefined {
  const value = object?.[key];
  return typeof value === "string" ? value : undefined;
}

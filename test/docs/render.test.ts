// `npm run docs`: the generated pages build into a mkdocs-material site under --strict, and the HTML shows every code.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildSite,
  htmlText,
  normalizeSpace,
  skipWithout,
  toolRuns,
  type SiteBuild,
} from "./site.js";
import { DEFAULT_SPEC, ROOT, runCli, scratchDir } from "../helpers.js";

interface SpecData {
  name: string;
  title?: string;
  codes: {
    name: string;
    code: number;
    summary?: string;
    description: string;
    flags?: string[];
  }[];
  flags?: Record<string, string>;
  ranges?: {
    from: number;
    to: number;
    description: string;
    flags?: string[];
  }[];
}

const skip = skipWithout(
  "mkdocs",
  toolRuns("mkdocs"),
  "apt-get update && apt-get install -y mkdocs mkdocs-material",
);
const FIXTURES = path.join(ROOT, "test", "fixtures");

/** The page's content: what mkdocs-material puts inside <article>. */
function articleOf(html: string): string {
  const match = /<article[^>]*>([\s\S]*)<\/article>/.exec(html);
  if (!match) throw new Error("no <article> in the page");
  return match[1]!;
}

/** The HTML from the heading with this id up to the next h2/h3 heading. */
function sectionAfter(article: string, tag: string, id: string): string {
  const start = article.indexOf(`<${tag} id="${id}">`);
  if (start === -1) throw new Error(`no <${tag} id="${id}">`);
  const rest = article.slice(start);
  const next = rest.slice(1).search(/<h[23][ >]/);
  return next === -1 ? rest : rest.slice(0, next + 1);
}

const ddTexts = (html: string) =>
  [...html.matchAll(/<dd>([\s\S]*?)<\/dd>/g)].map((m) => htmlText(m[1]!));

describe.skipIf(skip)(
  "npm run docs on the repository's generated code sets",
  () => {
    const spec = parse(readFileSync(DEFAULT_SPEC, "utf8")) as SpecData;
    let build: SiteBuild;
    let article: string;

    beforeAll(() => {
      build = buildSite(path.join(ROOT, "generated"), scratchDir("docs-site"));
      if (build.status === 0)
        article = articleOf(
          readFileSync(path.join(build.site, spec.name, "index.html"), "utf8"),
        );
    });

    it("builds with mkdocs --strict and says where the site is", () => {
      expect(build.stderr).toBe("");
      expect(build.status).toBe(0);
      expect(build.stdout).toMatch(
        /site\/: \d+ code set pages? \+ index built/,
      );
      expect(existsSync(path.join(build.site, "index.html"))).toBe(true);
      expect(existsSync(path.join(build.site, "sitemap.xml"))).toBe(true);
    });

    it("gives every code a heading whose id is its lowercased name (the slug older links use) holding its anchor code-<Name>, then its number, summary and flags right above its description", () => {
      for (const code of spec.codes) {
        const section = sectionAfter(article, "h3", code.name.toLowerCase());
        const heading = /<h3[^>]*>([\s\S]*?)<\/h3>/.exec(section)![1]!;
        expect(heading, code.name).toContain(`<a id="code-${code.name}"></a>`);
        expect(htmlText(heading), code.name).toBe(`${code.name}¶`);
        // One paragraph right under the heading: the facts line, a line break, the description.
        const paragraph = /<\/h3>\s*<p>([\s\S]*?)<\/p>/.exec(section)?.[1];
        expect(paragraph, code.name).toBeDefined();
        const [facts, description, ...rest] = paragraph!.split(/<br \/>/);
        expect(rest, code.name).toEqual([]);
        expect(htmlText(description!), code.name).toBe(
          normalizeSpace(code.description),
        );
        expect(code.summary, code.name).toBeDefined();
        expect(
          htmlText(facts!).startsWith(`${code.code} · ${code.summary} · `),
          code.name,
        ).toBe(true);
        for (const flag of code.flags ?? [])
          expect(facts, `${code.name} links its flag ${flag}`).toContain(
            `<a href="#flag-${flag}"><code>${flag}</code></a>`,
          );
      }
    });

    it("lists the flag legend: each flag an item holding its anchor flag-<name>, its name and its meaning", () => {
      const legend = sectionAfter(article, "h2", "flags");
      for (const [flag, meaning] of Object.entries(spec.flags ?? {})) {
        const item = new RegExp(
          `<li><a id="flag-${flag}"></a><code>${flag}</code>: ([\\s\\S]*?)</li>`,
        ).exec(legend);
        expect(item, flag).not.toBeNull();
        expect(htmlText(item![1]!)).toBe(normalizeSpace(meaning));
      }
    });

    it("shows the ranges table, one row per range, in spec order", () => {
      const section = sectionAfter(article, "h2", "ranges");
      const rows = [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
        [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
          htmlText(cell[1]!),
        ),
      );
      expect(rows[0]).toEqual(["From", "To", "Flags", "Description"]);
      expect(rows.slice(1)).toEqual(
        (spec.ranges ?? []).map((range) => [
          String(range.from),
          String(range.to),
          range.flags?.length ? range.flags.join(", ") : "none",
          normalizeSpace(range.description),
        ]),
      );
    });

    it("leaves no in-page link dangling", () => {
      const ids = new Set(
        [...article.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]),
      );
      const targets = [...article.matchAll(/ href="#([^"]*)"/g)].map(
        (m) => m[1],
      );
      expect(targets.length).toBeGreaterThan(spec.codes.length);
      expect(targets.filter((target) => !ids.has(target))).toEqual([]);
    });

    it("writes an index page, titled apart from the site, with an item per code set: its link, title, size and package", () => {
      const page = readFileSync(path.join(build.site, "index.html"), "utf8");
      const index = articleOf(page);
      expect(htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(index)![1]!)).toBe(
        "Code sets¶",
      );
      const items = [...index.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(
        (m) => m[1]!,
      );
      expect(items).toHaveLength(1);
      expect(items[0]).toContain(`<a href="${spec.name}/">${spec.name}</a>`);
      const pkg = parse(
        readFileSync(
          path.join(
            ROOT,
            "generated",
            "websocket-status-codes",
            "package.json",
          ),
          "utf8",
        ),
      ) as { name: string; version: string };
      expect(htmlText(items[0]!)).toBe(
        `${spec.name} · ${spec.title} · ${spec.codes.length} codes · package ${pkg.name}@${pkg.version}`,
      );
      // The navigation names the site once: its title, then the index under its own title, then the pages.
      const navLabels = [
        ...page.matchAll(
          /<a href="[^"]*" class="md-nav__link[^"]*">\s*([^<]*?)\s*<\/a>/g,
        ),
      ].map((m) => m[1]);
      const navTitles = [
        ...page.matchAll(
          /<label class="md-nav__title"[^>]*>([\s\S]*?)<\/label>/g,
        ),
      ].map((m) => htmlText(m[1]!));
      expect([...navTitles, ...navLabels]).toEqual([
        "Status codes",
        "Code sets",
        spec.name,
      ]);
    });
  },
);

describe.skipIf(skip)("npm run docs on other code sets", () => {
  it("builds the seed's layout and a second code set into one site, and the seed layout's definitions are <dd>s under each heading", () => {
    const dir = scratchDir("docs-two-sets");
    for (const fixture of ["seed.yaml", "graphql-ws.yaml"]) {
      const spec = parse(
        readFileSync(path.join(FIXTURES, fixture), "utf8"),
      ) as SpecData & { package: { name: string } };
      expect(
        runCli([
          "gen",
          "--spec",
          path.join(FIXTURES, fixture),
          "--out",
          path.join(dir, "generated", spec.package.name),
        ]).status,
      ).toBe(0);
    }
    const build = buildSite(path.join(dir, "generated"), dir);
    expect(build.stderr).toBe("");
    expect(build.stdout).toContain("2 code set pages");
    const seed = parse(
      readFileSync(path.join(FIXTURES, "seed.yaml"), "utf8"),
    ) as SpecData;
    const article = articleOf(
      readFileSync(path.join(build.site, seed.name, "index.html"), "utf8"),
    );
    for (const code of seed.codes) {
      const section = sectionAfter(article, "h3", code.name.toLowerCase());
      // Python-Markdown's def_list takes `: text` after a heading as a definition with no term: <dl><dd>text</dd></dl>.
      expect(
        section.replace(/<h3[\s\S]*?<\/h3>\s*/, "").trim(),
        code.name,
      ).toMatch(/^<dl>\s*<dd>[^<]*<\/dd>\s*<\/dl>$/);
      expect(ddTexts(section), code.name).toEqual([
        normalizeSpace(code.description),
      ]);
    }
    const index = readFileSync(path.join(build.site, "index.html"), "utf8");
    expect(index).toContain('href="GraphQLWsCloseCodes/"');
    expect(index).toContain('href="WebSocketStatusCodes/"');
  });

  it("fails, with mkdocs' warning, when a page has anything --strict rejects (here a link to a missing page)", () => {
    const dir = scratchDir("docs-strict");
    const docs = path.join(dir, "generated", "broken", "docs");
    mkdirSync(docs, { recursive: true });
    writeFileSync(
      path.join(docs, "Broken.md"),
      "# Broken\n\nSee [a page that does not exist](Missing.md).\n",
    );
    const build = buildSite(path.join(dir, "generated"), dir);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("mkdocs build --strict failed");
    expect(build.stderr).toContain("Missing.md");
  });

  it("refuses to empty a staging folder it did not make, and says when there is nothing to build", () => {
    const dir = scratchDir("docs-refuse");
    mkdirSync(path.join(dir, "site-src"));
    writeFileSync(path.join(dir, "site-src", "notes.md"), "mine\n");
    expect(buildSite(path.join(ROOT, "generated"), dir)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("refusing to empty it"),
    });
    expect(readFileSync(path.join(dir, "site-src", "notes.md"), "utf8")).toBe(
      "mine\n",
    );
    mkdirSync(path.join(dir, "empty"));
    expect(
      buildSite(path.join(dir, "empty"), path.join(dir, "out")),
    ).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("no generated doc pages"),
    });
  });
});

// One page, three renderers: the doc page of the default spec, of the fixtures and of every hostile text reads
// alike in Python-Markdown (a real `mkdocs build --strict` with mkdocs-material), in markdown-it with
// markdown-it-deflist and in GitHub's cmark-gfm: each code its own heading followed by its facts and
// description, every in-page link leading to an element with that id, the diagram intact, no markup as text.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { runMkdocs } from "../../src/docs/runMkdocs.js";
import { stageSite } from "../../src/docs/stageSite.js";
import { DEFAULT_SPEC, ROOT, renderSpec, scratchDir } from "../helpers.js";
import {
  articleOf,
  attributeOf,
  CMARK_GFM_GITHUB,
  collapseSpace,
  elementsIn,
  isElement,
  parseHtml,
  renderCmarkGfm,
  renderMarkdownIt,
  sectionAfter,
  textOf,
  type Element,
} from "./renderers.js";
import { skipWithout, toolRuns } from "./site.js";

interface PageSpec {
  name: string;
  docs?: { values?: boolean };
  flags?: Record<string, string>;
  ranges?: {
    from: number;
    to: number;
    description: string;
    flags?: string[];
  }[];
  codes: {
    name: string;
    code: number;
    summary?: string;
    description: string;
    flags?: string[];
    reference?: string;
    deprecated?: true | string;
  }[];
}

interface Page {
  /** Names the page in the test list and in the mkdocs site. */
  id: string;
  spec: PageSpec;
  markdown: string;
  /** Hostile pages hold markup-like text on purpose: only their text slots are compared. */
  hostile: boolean;
}

const HOSTILE = path.join(ROOT, "test", "corpora", "hostile");
const FIXTURES = path.join(ROOT, "test", "fixtures");

function pageOf(specFile: string, id: string, hostile: boolean): Page {
  const spec = parse(readFileSync(specFile, "utf8")) as PageSpec;
  const markdown = renderSpec(specFile).get(`docs/${spec.name}.md`);
  if (markdown === undefined) throw new Error(`${specFile}: no doc page`);
  return { id, spec, markdown, hostile };
}

const pages: Page[] = [
  pageOf(DEFAULT_SPEC, "default", false),
  ...["graphql-ws", "app-close-codes"].map((name) =>
    pageOf(path.join(FIXTURES, `${name}.yaml`), name, false),
  ),
  ...readdirSync(HOSTILE)
    .filter((file) => file.endsWith(".yaml"))
    .sort()
    .map((file) =>
      pageOf(
        path.join(HOSTILE, file),
        `hostile-${file.slice(0, -".yaml".length)}`,
        true,
      ),
    ),
];

/** What a reader sees under a code's heading: its facts line, its deprecation and its description. */
function expectedCodeText(
  spec: PageSpec,
  code: PageSpec["codes"][number],
): string {
  const facts = [
    spec.docs?.values === false ? "" : String(code.code),
    code.summary ?? "",
    code.flags?.length ? `flags: ${code.flags.join(", ")}` : "",
    code.reference ? "reference" : "",
  ].filter((part) => part !== "");
  const deprecation =
    code.deprecated === undefined
      ? ""
      : `Deprecated.${code.deprecated === true ? "" : ` ${code.deprecated}`}`;
  return collapseSpace(
    [facts.join(" · "), deprecation, code.description]
      .filter((part) => part !== "")
      .join(" "),
  );
}

/** Elements a code's section may hold: paragraphs, the anchor, flag and reference links, bold, code, line breaks. */
const SECTION_ELEMENTS = new Set(["p", "a", "strong", "code", "br"]);

/** Markup that a renderer would show as text if it did not take it: attribute lists, HTML tags, entities. */
const LEAKED_MARKUP = /\{\s*[#:.]|<\/?[a-z!]|&[a-z#0-9]+;/i;

function textNodes(root: { childNodes: Element["childNodes"] }): string[] {
  const texts: string[] = [];
  const visit = (node: Element["childNodes"][number]) => {
    if (node.nodeName === "#text")
      texts.push((node as { value: string }).value);
    else if (isElement(node)) node.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return texts;
}

function closest(element: Element, tagName: string): Element | undefined {
  let node: Element["parentNode"] = element;
  while (node && isElement(node as Element)) {
    if ((node as Element).tagName === tagName) return node as Element;
    node = (node as Element).parentNode;
  }
  return undefined;
}

/** The SVG of the page's Markdown source, parsed on its own: what every renderer that keeps HTML must pass on. */
function sourceSvg(markdown: string): Element | undefined {
  const source = /<svg[\s\S]*?<\/svg>/.exec(markdown)?.[0];
  return source === undefined
    ? undefined
    : elementsIn(parseHtml(source)).find(
        (element) => element.tagName === "svg",
      );
}

/** An element and its descendants as (tag, attributes) lines, to compare an SVG across renderers. */
function shapeOf(element: Element): string[] {
  return [element, ...elementsIn(element)].map(
    (el) =>
      `${el.tagName} ${el.attrs
        .map((attr) => `${attr.name}=${attr.value}`)
        .join(
          " ",
        )} ${el.childNodes.some((child) => child.nodeName === "#text") ? collapseSpace(textOf(el)) : ""}`,
  );
}

const skip =
  skipWithout(
    "mkdocs",
    toolRuns("mkdocs"),
    "apt-get update && apt-get install -y mkdocs mkdocs-material",
  ) ||
  skipWithout(
    "cmark-gfm",
    toolRuns("cmark-gfm"),
    "apt-get update && apt-get install -y cmark-gfm",
  );

type RendererName = "mkdocs" | "markdown-it" | "cmark-gfm";
const RENDERERS: RendererName[] = ["mkdocs", "markdown-it", "cmark-gfm"];

describe.skipIf(skip)(
  "the doc page in Python-Markdown (mkdocs), markdown-it and cmark-gfm",
  () => {
    const html = new Map<string, string>();
    const key = (renderer: RendererName, page: Page) =>
      `${renderer} ${page.id}`;

    beforeAll(() => {
      const dir = scratchDir("renderers");
      const sources = path.join(dir, "pages");
      mkdirSync(sources);
      const staged = pages.map((page) => {
        const source = path.join(sources, `${page.id}.md`);
        writeFileSync(source, page.markdown);
        return {
          fileName: `${page.id}.md`,
          name: page.id,
          title: undefined,
          codeCount: undefined,
          packageName: undefined,
          packageVersion: undefined,
          source,
        };
      });
      const srcDir = path.join(dir, "site-src");
      const siteDir = path.join(dir, "site");
      stageSite(srcDir, staged);
      runMkdocs({
        config: path.join(ROOT, "mkdocs.yml"),
        configDocsDir: path.join(ROOT, "site-src"),
        srcDir,
        siteDir,
      });
      for (const page of pages) {
        html.set(
          key("mkdocs", page),
          articleOf(
            readFileSync(path.join(siteDir, page.id, "index.html"), "utf8"),
          ),
        );
        html.set(key("markdown-it", page), renderMarkdownIt(page.markdown));
        html.set(
          key("cmark-gfm", page),
          renderCmarkGfm(page.markdown, CMARK_GFM_GITHUB),
        );
      }
    }, 120_000);

    const cases = pages.flatMap((page) =>
      RENDERERS.map((renderer) => ({
        label: `${page.id} in ${renderer}`,
        page,
        renderer,
      })),
    );

    describe.each(cases)("$label", ({ page, renderer }) => {
      const root = () => parseHtml(html.get(key(renderer, page))!);
      const byId = () =>
        new Map(
          elementsIn(root()).flatMap((element) => {
            const id = attributeOf(element, "id");
            return id === undefined ? [] : [[id, element] as const];
          }),
        );

      test("each code is its own heading, with its anchor, followed by its number, summary, flags and description", () => {
        const ids = byId();
        for (const code of page.spec.codes) {
          const anchor = ids.get(`code-${code.name}`);
          expect(anchor?.tagName, code.name).toBe("a");
          const heading = anchor!.parentNode as Element;
          expect(heading.tagName, code.name).toBe("h3");
          expect(collapseSpace(textOf(heading)), code.name).toBe(code.name);
          const section = sectionAfter(heading);
          expect(section[0]?.tagName, code.name).toBe("p");
          expect(collapseSpace(section.map(textOf).join(" ")), code.name).toBe(
            expectedCodeText(page.spec, code),
          );
          const inside = section.flatMap((block) => [
            block,
            ...elementsIn(block),
          ]);
          expect(
            inside
              .map((element) => element.tagName)
              .filter((tag) => !SECTION_ELEMENTS.has(tag)),
            code.name,
          ).toEqual([]);
        }
      });

      test("every in-page link and every SVG fill leads to an element with that id, and no id is given twice", () => {
        const elements = elementsIn(root());
        const ids = elements.flatMap(
          (element) => attributeOf(element, "id") ?? [],
        );
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
        const targets = elements.flatMap((element) => {
          const href = attributeOf(element, "href");
          const fill = /^url\(#(.+)\)$/.exec(
            attributeOf(element, "fill") ?? "",
          )?.[1];
          return [
            ...(href?.startsWith("#") ? [href.slice(1)] : []),
            ...(fill === undefined ? [] : [fill]),
          ];
        });
        const flagged = page.spec.codes.some((code) => code.flags?.length);
        if (flagged)
          expect(targets.some((target) => target.startsWith("flag-"))).toBe(
            true,
          );
        expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
      });

      test("the flag legend is a list: each flag an item with its anchor, its name and its meaning", () => {
        const ids = byId();
        for (const [flag, meaning] of Object.entries(page.spec.flags ?? {})) {
          const anchor = ids.get(`flag-${flag}`);
          expect(anchor?.tagName, flag).toBe("a");
          const item = closest(anchor!, "li");
          expect(item, flag).toBeDefined();
          expect(collapseSpace(textOf(item!)), flag).toBe(
            collapseSpace(`${flag}: ${meaning}`),
          );
        }
      });

      test("the ranges: the diagram as the page's source holds it, with its text equivalent, then one table row per range", () => {
        const ranges = page.spec.ranges ?? [];
        const elements = elementsIn(root());
        const svg = elements.find((element) => element.tagName === "svg");
        if (ranges.length === 0) return expect(svg).toBeUndefined();
        expect(svg && shapeOf(svg)).toEqual(shapeOf(sourceSvg(page.markdown)!));
        expect(attributeOf(svg!, "role")).toBe("img");
        const label = attributeOf(svg!, "aria-label") ?? "";
        for (const range of ranges)
          expect(label).toContain(`${range.from}–${range.to}: `);
        const rows = elements
          .filter((element) => element.tagName === "tr")
          .map((row) =>
            row.childNodes
              .filter(isElement)
              .map((cell) => collapseSpace(textOf(cell))),
          );
        expect(rows).toEqual([
          ["From", "To", "Flags", "Description"],
          ...ranges.map((range) => [
            String(range.from),
            String(range.to),
            range.flags?.length ? range.flags.join(", ") : "none",
            collapseSpace(range.description),
          ]),
        ]);
      });

      test.skipIf(page.hostile)(
        "shows no markup as text: no attribute list, HTML tag, entity or definition marker",
        () => {
          const texts = textNodes(root()).filter((text) => text.trim() !== "");
          expect(texts.length).toBeGreaterThan(page.spec.codes.length);
          expect(texts.filter((text) => LEAKED_MARKUP.test(text))).toEqual([]);
          // A definition list that a renderer does not know shows its `: ` markers at the start of a paragraph.
          const paragraphs = elementsIn(root()).filter(
            (element) => element.tagName === "p",
          );
          expect(
            paragraphs
              .map((p) => textOf(p).trimStart())
              .filter((text) => text.startsWith(":")),
          ).toEqual([]);
        },
      );
    });

    describe.each(pages)(
      "$id in cmark-gfm with its default options (raw HTML omitted, no extensions)",
      (page) => {
        const root = () => parseHtml(renderCmarkGfm(page.markdown, []));

        test("still shows each code as a heading with its facts and description, and no diagram or markup as text", () => {
          const elements = elementsIn(root());
          const headings = elements.filter(
            (element) => element.tagName === "h3",
          );
          for (const code of page.spec.codes) {
            const heading = headings.find(
              (element) => collapseSpace(textOf(element)) === code.name,
            );
            expect(heading, code.name).toBeDefined();
            expect(
              collapseSpace(sectionAfter(heading!).map(textOf).join(" ")),
              code.name,
            ).toBe(expectedCodeText(page.spec, code));
          }
          expect(
            elements.filter((element) => element.tagName === "svg"),
          ).toEqual([]);
          if (!page.hostile)
            expect(
              textNodes(root()).filter((text) => LEAKED_MARKUP.test(text)),
            ).toEqual([]);
        });
      },
    );
  },
);

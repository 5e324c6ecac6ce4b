// The built docs site in a real browser (Debian's headless Chromium via playwright-core): every code is a heading
// with its anchor and its description a definition, and hostile spec text renders as text, injecting nothing.
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSite,
  CHROMIUM,
  CHROMIUM_ARGS,
  normalizeSpace,
  skipWithout,
  toolRuns,
} from "./site.js";
import {
  DEFAULT_SPEC,
  PROJECT_SCRATCH,
  ROOT,
  runCli,
  scratchDir,
} from "../helpers.js";

/** Spec text that must reach the page as text: markup of every kind the page's Markdown or HTML could act on. */
/** A reference URL that the spec accepts but Markdown could misread: a backtick, underscores, stars, parentheses. */
const ODD_REFERENCE = "https://example.com/`tick`/snake_case_(x)*y*?q=a|b";

const HOSTILE_CODES: {
  name: string;
  description: string;
  deprecated?: string;
  reference?: string;
}[] = [
  { name: "ScriptTag", description: `<script>alert("script")</script> after` },
  {
    name: "ImageOnError",
    description: `<img src=x onerror="alert('img')"> and <svg onload=alert(1)>`,
  },
  {
    name: "CommentClose",
    description: "Ends a comment */ and opens one /* and <!-- html comment -->",
  },
  {
    name: "Backticks",
    description:
      "Backticks `code`, ``double``, a lone ` and a fence:\n```js\nalert(1)\n```",
  },
  { name: "Pipes", description: "| a | table | row |\n| --- | --- |" },
  {
    name: "JavascriptLink",
    description:
      "[click](javascript:alert(1)) <javascript:alert(2)> <https://example.com> ![img](x.png) [ref]: javascript:alert(3)",
  },
  {
    name: "LineStarts",
    description:
      'First line\n: not a definition\n# not a heading\n- not a list\n1. not ordered\n> not a quote\n---\n!!! warning "not an admonition"\n[TOC]',
  },
  {
    name: "CarriageReturns",
    description: "Line one\r\nLine two\r\n\r\nParagraph two\rafter a lone CR",
  },
  {
    name: "Emoji",
    description: "Emoji 🎉👍🏽 ZWJ 👩‍💻 CJK 漢字 and combining e\u0301",
  },
  {
    name: "RightToLeft",
    description:
      "RTL שלום עולם and مرحبا بالعالم with an override \u202egnirts\u202c",
  },
  {
    name: "Templates",
    description:
      "${injection} {{handlebars}} {{{triple}}} <%= erb %> {% jinja %}",
  },
  {
    name: "AttrList",
    description:
      '*em*{: onclick="alert(1)" } `c`{ #evil }\n{: onmouseover=alert(2) }',
  },
  {
    name: "Entities_And_Escapes",
    description:
      "&amp; &lt;b&gt; &#x3C;i&#x3E; \\ backslash \\* star <b>bold</b> __under__ ~~strike~~ snake_case _lead trail_ a__b",
  },
  {
    name: "Quotes",
    description: `"double" 'single' “curly” and a trailing backslash \\`,
    deprecated: "<script>alert('deprecated')</script> use `Nothing` | instead",
    reference: ODD_REFERENCE,
  },
];
const HOSTILE_FLAG_MEANING =
  "<img src=x onerror=alert('flag')> *not bold* [x](javascript:alert(4))";
const HOSTILE_RANGE_DESCRIPTION =
  "| cell | <script>alert('range')</script> [x](javascript:alert(5))";

/** A spec holding the hostile texts, written with the yaml library so that YAML itself keeps them intact. */
function hostileSpec(): string {
  return stringify({
    name: "HostileCodes",
    title: "Hostile <b>codes</b>",
    package: { name: "hostile-codes", version: "1.0.0" },
    flags: { odd: HOSTILE_FLAG_MEANING },
    ranges: [
      {
        from: 0,
        to: 999,
        description: HOSTILE_RANGE_DESCRIPTION,
        flags: ["odd"],
      },
    ],
    codes: HOSTILE_CODES.map((code, i) => ({
      ...code,
      code: 1000 + i,
      flags: i % 2 === 0 ? ["odd"] : [],
    })),
  });
}

/** A static file server for several sites on 127.0.0.1: /<prefix>/path -> file under that site's folder. */
async function serveSites(
  sites: Record<string, string>,
): Promise<{ server: http.Server; origin: string }> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".json": "application/json",
  };
  const server = http.createServer((request, response) => {
    const [, prefix = "", ...rest] = decodeURIComponent(
      new URL(request.url ?? "/", "http://127.0.0.1").pathname,
    ).split("/");
    const root = sites[prefix];
    let file = root === undefined ? "" : path.join(root, ...rest);
    if (file !== "" && existsSync(file) && statSync(file).isDirectory())
      file = path.join(file, "index.html");
    if (
      root === undefined ||
      !file.startsWith(root + path.sep) ||
      !existsSync(file)
    ) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": types[path.extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    server,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

interface RenderedCode {
  headingTag: string;
  headingText: string;
  /** The id of the explicit anchor inside the heading. */
  anchorId: string | undefined;
  /** The label of its entry in the page's table of contents. */
  tocLabel: string | undefined;
  /** What the reader sees under the heading, line by line (facts, deprecation, description), blank lines left out. */
  lines: string[];
  /** The tags of the elements under the heading, paragraphs aside. */
  elements: string[];
}

/** What the browser shows for each code (by its heading's id): its heading, and the blocks up to the next heading; one round trip. */
function readCodes(
  page: Page,
  anchors: readonly string[],
): Promise<(RenderedCode | null)[]> {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const heading = document.getElementById(id);
        if (!heading) return null;
        const section: HTMLElement[] = [];
        for (
          let next = heading.nextElementSibling;
          next && !/^H[1-6]$/.test(next.tagName);
          next = next.nextElementSibling
        )
          section.push(next as HTMLElement);
        return {
          headingTag: heading.tagName,
          headingText: [...heading.childNodes]
            .filter(
              (node) =>
                !(
                  node instanceof HTMLElement &&
                  node.classList.contains("headerlink")
                ),
            )
            .map((node) => node.textContent)
            .join(""),
          anchorId: heading.querySelector("a[id]")?.id,
          tocLabel: document
            .querySelector(`.md-nav--secondary a[href="#${id}"]`)
            ?.textContent?.trim(),
          lines: section
            .flatMap((block) => block.innerText.split("\n"))
            .filter((line) => line.trim() !== ""),
          elements: section
            .flatMap((block) => [...block.querySelectorAll("*")])
            .map((el) => el.tagName),
        };
      }),
    [...anchors],
  );
}

/** Elements a code's section holds: the flag and reference links, bold, code and the line breaks of the template. */
const SECTION_ELEMENTS = new Set(["A", "STRONG", "CODE", "BR"]);

/** Where the browser test leaves its screenshots for a person to look at (git-ignored). */
const SCREENSHOTS = path.join(PROJECT_SCRATCH, "screenshots");
/** A desktop and a phone. */
const VIEWPORT_WIDTHS = [1280, 390];

interface Layout {
  scheme: string | null;
  /** How far the page is wider than the window. */
  overflow: number;
  /** Code spans and index items that a line break cut inside a word: the text, with | where it broke. */
  brokenWords: string[];
  items: number;
  reference: string | undefined;
  /** For each code, the space between the bottom of its facts line and the top of its description. */
  factsGaps: number[];
  lineHeight: number;
  textColor: string;
  /** The colour of the first link of the text (not a heading's permalink), and the page's background. */
  linkColor: string;
  background: string;
  diagram:
    | {
        visible: boolean;
        left: number;
        right: number;
        fontPixels: number;
        color: string;
        background: string;
      }
    | undefined;
}

/** Runs in the page: what the layout checks read. */
function readLayout(): Layout {
  const article = document.querySelector("article")!;
  const lineTops = (element: Element) => {
    const tops: { char: string; top: number }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) tops.push({ char: text[i]!, top: rect.top });
      }
    }
    return tops;
  };
  const brokenWords = [
    ...article.querySelectorAll("code"),
    ...article.querySelectorAll("li"),
  ].flatMap((element) => {
    const tops = lineTops(element);
    const breaks = tops.flatMap((at, i) =>
      i > 0 &&
      at.top > tops[i - 1]!.top + 2 &&
      !/[\s-]/.test(tops[i - 1]!.char) &&
      !/\s/.test(at.char)
        ? [i]
        : [],
    );
    return breaks.map(
      (i) =>
        `${tops
          .slice(0, i)
          .map((t) => t.char)
          .join("")}|${tops
          .slice(i)
          .map((t) => t.char)
          .join("")}`,
    );
  });
  const factsGaps = [...article.querySelectorAll("h3 > a[id^='code-']")].map(
    (anchor) => {
      const paragraph = anchor.parentElement!.nextElementSibling!;
      const br = paragraph.querySelector("br")!;
      const before = document.createRange();
      before.setStartBefore(paragraph.firstChild!);
      before.setEndBefore(br);
      const after = document.createRange();
      after.setStartAfter(br);
      after.setEndAfter(paragraph.lastChild!);
      return (
        after.getClientRects()[0]!.top -
        [...before.getClientRects()].at(-1)!.bottom
      );
    },
  );
  const svg = article.querySelector("svg[role=img]") as SVGSVGElement | null;
  const opaqueBackground = (element: Element | null): string => {
    for (let at = element; at; at = at.parentElement) {
      const color = getComputedStyle(at).backgroundColor;
      if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
    }
    return "rgb(255, 255, 255)";
  };
  const box = svg?.getBoundingClientRect();
  const style = svg ? getComputedStyle(svg) : undefined;
  return {
    scheme: document.body.getAttribute("data-md-color-scheme"),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    brokenWords,
    items: article.querySelectorAll("li").length,
    reference: (article.querySelector("h1 + p a") as HTMLAnchorElement | null)
      ?.href,
    factsGaps,
    lineHeight: parseFloat(
      getComputedStyle(article.querySelector("h3 + p") ?? article).lineHeight,
    ),
    textColor: getComputedStyle(article).color,
    linkColor: getComputedStyle(
      article.querySelector("p a[href], li a[href]") ?? article,
    ).color,
    background: opaqueBackground(article),
    diagram:
      svg && box && style
        ? {
            visible:
              box.width > 0 &&
              box.height > 0 &&
              style.visibility === "visible" &&
              style.display !== "none",
            left: box.left,
            right: box.right,
            fontPixels: (13 * box.width) / svg.viewBox.baseVal.width,
            color: style.color,
            background: opaqueBackground(svg),
          }
        : undefined,
  };
}

/** WCAG's contrast ratio of a CSS colour (rgb or rgba, its alpha laid over the background) against an opaque background. */
function contrastRatio(foreground: string, background: string): number {
  const channels = (color: string) =>
    (color.match(/[\d.]+/g) ?? []).map(Number);
  const [br = 0, bg = 0, bb = 0] = channels(background);
  const [fr = 0, fg = 0, fb = 0, alpha = 1] = channels(foreground);
  const blend = (f: number, b: number) => f * alpha + b * (1 - alpha);
  const luminance = (r: number, g: number, b: number) => {
    const linear = (c: number) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const front = luminance(blend(fr, br), blend(fg, bg), blend(fb, bb));
  const back = luminance(br, bg, bb);
  return (Math.max(front, back) + 0.05) / (Math.min(front, back) + 0.05);
}

const skip =
  skipWithout(
    "chromium",
    existsSync(CHROMIUM),
    "apt-get update && apt-get install -y chromium",
  ) ||
  skipWithout(
    "mkdocs",
    toolRuns("mkdocs"),
    "apt-get update && apt-get install -y mkdocs mkdocs-material",
  );

describe.skipIf(skip)("the docs site in headless Chromium", () => {
  const outDir = skip ? "" : scratchDir("browser");
  const profile = mkdtempSync(path.join(os.tmpdir(), "codeset-chromium-"));
  const defaultSpec = parse(readFileSync(DEFAULT_SPEC, "utf8")) as {
    name: string;
    reference: string;
    codes: { name: string; code: number; description: string }[];
  };
  let context: BrowserContext;
  let server: http.Server;
  let origin: string;
  const dialogs: string[] = [];
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const specFile = path.join(outDir, "hostile.yaml");
    writeFileSync(specFile, hostileSpec());
    const generated = runCli([
      "gen",
      "--spec",
      specFile,
      "--out",
      path.join(outDir, "hostile", "generated", "hostile-codes"),
    ]);
    if (generated.status !== 0)
      throw new Error(`gen failed:\n${generated.stderr}`);
    const sites: Record<string, string> = {};
    for (const [name, generatedDir] of [
      ["default", path.join(ROOT, "generated")],
      ["hostile", path.join(outDir, "hostile", "generated")],
    ] as const) {
      const build = buildSite(generatedDir, path.join(outDir, name));
      if (build.status !== 0)
        throw new Error(`docs build of ${name} failed:\n${build.stderr}`);
      sites[name] = build.site;
    }
    ({ server, origin } = await serveSites(sites));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
    // The site must load nothing from elsewhere (no web fonts, no CDN); anything that tries is recorded and refused.
    await context.route("**/*", (route) => {
      if (route.request().url().startsWith(`${origin}/`))
        return route.continue();
      outsideRequests.push(route.request().url());
      return route.abort();
    });
    context.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(url, { waitUntil: "load" });
    return page;
  }

  it("shows every code of the WebSocket page as a heading with its anchors, its facts line right above its description", async () => {
    const lastAnchor = defaultSpec.codes.at(-1)!.name.toLowerCase();
    const page = await open(
      `${origin}/default/${defaultSpec.name}/#${lastAnchor}`,
    );
    const renderedCodes = await readCodes(
      page,
      defaultSpec.codes.map((code) => code.name.toLowerCase()),
    );
    for (const [i, code] of defaultSpec.codes.entries()) {
      const rendered = renderedCodes[i];
      expect(rendered, code.name).toMatchObject({
        headingTag: "H3",
        headingText: code.name,
        anchorId: `code-${code.name}`,
        tocLabel: code.name,
      });
      const [facts, ...description] = rendered!.lines;
      expect(facts, code.name).toMatch(new RegExp(`^${code.code} · `));
      expect(normalizeSpace(description.join(" ")), code.name).toBe(
        normalizeSpace(code.description),
      );
    }
    // The anchor in the address is where the browser went: the last code's heading, far down the page, is at the top.
    const top = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top,
      lastAnchor,
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    expect(top).toBeLessThan(200);
    await page.screenshot({
      path: path.join(outDir, `${defaultSpec.name}.png`),
      fullPage: true,
    });
    await page.close();
  });

  it("renders hostile descriptions, flag meanings, range descriptions and deprecation notes as text, injecting no element", async () => {
    const page = await open(`${origin}/hostile/HostileCodes/`);
    const renderedCodes = await readCodes(
      page,
      HOSTILE_CODES.map((code) => code.name.toLowerCase()),
    );
    for (const [i, code] of HOSTILE_CODES.entries()) {
      const rendered = renderedCodes[i];
      expect(rendered, code.name).toMatchObject({
        headingTag: "H3",
        headingText: code.name,
        anchorId: `code-${code.name}`,
        tocLabel: code.name,
      });
      // The facts line, the deprecation note where there is one, then the description.
      const [, ...rest] = rendered!.lines;
      const description = code.deprecated ? rest.slice(1) : rest;
      if (code.deprecated)
        expect(normalizeSpace(rest[0] ?? ""), code.name).toBe(
          normalizeSpace(`Deprecated. ${code.deprecated}`),
        );
      expect(normalizeSpace(description.join(" ")), code.name).toBe(
        normalizeSpace(code.description),
      );
      expect(
        rendered!.elements.filter((tag) => !SECTION_ELEMENTS.has(tag)),
        code.name,
      ).toEqual([]);
    }
    const legend = await page.evaluate(() => {
      const item = document.getElementById("flag-odd")?.closest("li");
      return {
        text: item?.innerText,
        elements: [...(item?.querySelectorAll("*") ?? [])].map(
          (el) => el.tagName,
        ),
      };
    });
    expect(legend).toEqual({
      text: `odd: ${HOSTILE_FLAG_MEANING}`,
      elements: ["A", "CODE"],
    });
    const rangeCells = await page.evaluate(() =>
      [...document.querySelectorAll("article table tbody td")].map((td) => ({
        text: (td as HTMLElement).innerText,
        elements: [...td.querySelectorAll("*")].map((el) => el.tagName),
      })),
    );
    expect(rangeCells.at(-1)).toEqual({
      text: HOSTILE_RANGE_DESCRIPTION,
      elements: [],
    });
    // Across the whole article: no active element (but the diagram), no event-handler attribute, and every link is
    // one the template makes.
    const article = await page.evaluate(() => {
      const root = document.querySelector("article")!;
      const diagram = root.querySelector(":scope > div > svg[role=img]");
      return {
        diagram: diagram
          ?.getAttribute("aria-label")
          ?.startsWith("The numbers 0 to 65535 of HostileCodes."),
        active: [
          ...root.querySelectorAll(
            "script, img, svg, iframe, object, embed, form, input, style, link, meta",
          ),
        ]
          .filter((el) => el !== diagram)
          .map((el) => el.outerHTML),
        handlers: [...root.querySelectorAll("*")].flatMap((el) =>
          el
            .getAttributeNames()
            .filter((name) => name.startsWith("on"))
            .map((name) => `${el.tagName} ${name}`),
        ),
        // The anchors (<a id>, no href), headings' permalinks, flag links, and the reference.
        anchors: [...root.querySelectorAll("a:not([href])")].map((a) => a.id),
        links: [...root.querySelectorAll("a[href]")]
          .map((a) => a.getAttribute("href")!)
          .filter((href) => !/^#[a-z_]+$/.test(href) && href !== "#flag-odd"),
        references: [...root.querySelectorAll("a")]
          .filter((a) => a.textContent === "reference")
          .map((a) => a.href),
        toc: root.querySelectorAll(".toc").length,
      };
    });
    expect(article).toEqual({
      diagram: true,
      anchors: [
        ...HOSTILE_CODES.map((code) => `code-${code.name}`),
        "flag-odd",
      ],
      active: [],
      handlers: [],
      links: [ODD_REFERENCE.replaceAll("`", "%60")],
      references: [new URL(ODD_REFERENCE).href],
      toc: 0,
    });
    expect(await page.title()).toContain("HostileCodes");
    await page.screenshot({
      path: path.join(outDir, "HostileCodes.png"),
      fullPage: true,
    });
    const index = await open(`${origin}/hostile/`);
    expect(
      await index.evaluate(() => {
        const item = document.querySelector("article li") as HTMLElement;
        return {
          text: item.innerText,
          elements: [...item.querySelectorAll("*")].map((el) => el.tagName),
        };
      }),
    ).toEqual({
      text: `HostileCodes · Hostile <b>codes</b> · ${HOSTILE_CODES.length} codes · package hostile-codes@1.0.0`,
      elements: ["A", "CODE"],
    });
    await index.close();
    await page.close();
  });

  it.each(VIEWPORT_WIDTHS)(
    "at %i px wide, in the light and dark schemes: the page fits, no word breaks inside, the facts sit on their description, the diagram shows in the text colour",
    async (width) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const scheme of ["light", "dark"] as const) {
        const page = await context.newPage();
        page.on("pageerror", (error) => pageErrors.push(error.message));
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        // mkdocs-material keeps the scheme it chose in localStorage; each load here follows the system setting.
        await page.addInitScript(() => localStorage.clear());
        for (const [name, url] of [
          [defaultSpec.name, `${origin}/default/${defaultSpec.name}/`],
          ["index", `${origin}/default/`],
        ] as const) {
          await page.goto(url, { waitUntil: "load" });
          // The theme fades colours in (CSS transitions) once it has picked the scheme: measure when they are done.
          await page.waitForFunction(
            () => document.getAnimations().length === 0,
          );
          const layout = await page.evaluate(readLayout);
          const label = `${name} at ${width} px, ${scheme}`;
          expect(layout.scheme, label).toBe(
            scheme === "light" ? "default" : "slate",
          );
          expect(layout.overflow, label).toBeLessThanOrEqual(0);
          expect(layout.brokenWords, label).toEqual([]);
          expect(
            contrastRatio(layout.linkColor, layout.background),
            `${label}: links`,
          ).toBeGreaterThanOrEqual(4.5);
          if (name === "index") {
            expect(layout.items, label).toBeGreaterThan(0);
          } else {
            expect(layout.reference, label).toBe(
              new URL(defaultSpec.reference).href,
            );
            expect(layout.factsGaps, label).toHaveLength(
              defaultSpec.codes.length,
            );
            for (const gap of layout.factsGaps)
              expect(gap, label).toBeLessThan(layout.lineHeight);
            const diagram = layout.diagram!;
            expect(diagram, label).toMatchObject({ visible: true });
            expect(diagram.left, label).toBeGreaterThanOrEqual(0);
            expect(diagram.right, label).toBeLessThanOrEqual(width);
            // Its 13-unit labels stay at least 9 px tall on a phone; bands and text are drawn in the text colour.
            expect(diagram.fontPixels, label).toBeGreaterThanOrEqual(9);
            expect(diagram.color, label).toBe(layout.textColor);
            expect(
              contrastRatio(diagram.color, diagram.background),
              label,
            ).toBeGreaterThanOrEqual(4.5);
          }
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${name}-${width}-${scheme}.png`),
            fullPage: true,
          });
        }
        await page.close();
      }
    },
  );

  it("fired no dialog, threw no page error and asked nothing of any host but the local server", () => {
    expect({ dialogs, pageErrors, outsideRequests }).toEqual({
      dialogs: [],
      pageErrors: [],
      outsideRequests: [],
    });
  });
});

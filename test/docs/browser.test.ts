// The built docs site in a real browser (Debian's headless Chromium via playwright-core): every code is a heading
// with its anchor and its description a definition, and hostile spec text renders as text, injecting nothing.
import {
  createReadStream,
  existsSync,
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
import { DEFAULT_SPEC, ROOT, runCli, scratchDir } from "../helpers.js";

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
  /** The label of its entry in the page.s table of contents. */
  tocLabel: string | undefined;
  followedBy: string;
  definitions: { text: string; elements: string[] }[];
}

/** What the browser shows for each code (by anchor): its heading, and the <dd>s of the <dl> right after it; one round trip. */
function readCodes(
  page: Page,
  anchors: readonly string[],
): Promise<(RenderedCode | null)[]> {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const heading = document.getElementById(id);
        if (!heading) return null;
        const list = heading.nextElementSibling;
        const definitions =
          list?.tagName === "DL"
            ? [...list.children].filter((child) => child.tagName === "DD")
            : [];
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
          tocLabel: document
            .querySelector(`.md-nav--secondary a[href="#${id}"]`)
            ?.textContent?.trim(),
          followedBy: list?.tagName ?? "",
          definitions: definitions.map((dd) => ({
            text: (dd as HTMLElement).innerText,
            elements: [...dd.querySelectorAll("*")].map((el) => el.tagName),
          })),
        };
      }),
    [...anchors],
  );
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
    codes: { name: string; description: string }[];
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

  it("shows every code of the WebSocket page as a heading with its anchor, its description a definition", async () => {
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
        tocLabel: code.name,
        followedBy: "DL",
      });
      expect(
        normalizeSpace(rendered!.definitions.at(-1)!.text),
        code.name,
      ).toBe(normalizeSpace(code.description));
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
        tocLabel: code.name,
        followedBy: "DL",
      });
      const description = rendered!.definitions.at(-1)!;
      expect(normalizeSpace(description.text), code.name).toBe(
        normalizeSpace(code.description),
      );
      expect(
        description.elements.filter((tag) => tag !== "P"),
        code.name,
      ).toEqual([]);
      if (code.deprecated) {
        const note = rendered!.definitions.find((dd) =>
          dd.text.startsWith("Deprecated."),
        );
        expect(normalizeSpace(note?.text ?? ""), code.name).toBe(
          normalizeSpace(`Deprecated. ${code.deprecated}`),
        );
        expect(note!.elements, code.name).toEqual(["STRONG"]);
      }
    }
    const legend = await page.evaluate(() => {
      const term = document.getElementById("flag-odd");
      const meaning = term?.nextElementSibling as HTMLElement | null;
      return {
        term: term?.textContent,
        meaning: meaning?.innerText,
        elements: [...(meaning?.querySelectorAll("*") ?? [])].map(
          (el) => el.tagName,
        ),
      };
    });
    expect(legend).toEqual({
      term: "odd",
      meaning: HOSTILE_FLAG_MEANING,
      elements: [],
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
    // Across the whole article: no active element, no event-handler attribute, and every link is one the template makes.
    const article = await page.evaluate(() => {
      const root = document.querySelector("article")!;
      return {
        active: [
          ...root.querySelectorAll(
            "script, img, svg, iframe, object, embed, form, input, style, link, meta",
          ),
        ].map((el) => el.outerHTML),
        handlers: [...root.querySelectorAll("*")].flatMap((el) =>
          el
            .getAttributeNames()
            .filter((name) => name.startsWith("on"))
            .map((name) => `${el.tagName} ${name}`),
        ),
        links: [...root.querySelectorAll("a")]
          .map((a) => a.getAttribute("href") ?? "")
          .filter((href) => !/^#[a-z_]+$/.test(href) && href !== "#flag-odd"),
        references: [...root.querySelectorAll("a")]
          .filter((a) => a.textContent === "reference")
          .map((a) => a.href),
        toc: root.querySelectorAll(".toc").length,
      };
    });
    expect(article).toEqual({
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
      await index.evaluate(
        () =>
          document.querySelector("article table tbody td:nth-child(2)")
            ?.innerHTML,
      ),
    ).toBe("Hostile &lt;b&gt;codes&lt;/b&gt;");
    await index.close();
    await page.close();
  });

  it("fired no dialog, threw no page error and asked nothing of any host but the local server", () => {
    expect({ dialogs, pageErrors, outsideRequests }).toEqual({
      dialogs: [],
      pageErrors: [],
      outsideRequests: [],
    });
  });
});

// The Markdown renderers a doc page lands in, each as its users run it, and a parsed view of the HTML they give.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import MarkdownIt, { type PluginSimple } from "markdown-it";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["childNode"];
export type Element = DefaultTreeAdapterMap["element"];

const require = createRequire(import.meta.url);
const deflist = require("markdown-it-deflist") as PluginSimple;
/** As VitePress runs it: raw HTML on (its default), plus definition lists, which is what the page was once written for. */
const markdownIt = new MarkdownIt({ html: true }).use(deflist);

/** The options GitHub renders Markdown with (before its own sanitizer, which keeps <a id> as `user-content-<id>`). */
export const CMARK_GFM_GITHUB = [
  "--unsafe",
  ...["table", "strikethrough", "autolink", "tagfilter", "tasklist"].flatMap(
    (extension) => ["-e", extension],
  ),
];

/** A YAML front matter block: site generators read it as metadata, and so do GitHub's and VitePress' front ends. */
export function withoutFrontMatter(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
}

export function renderMarkdownIt(markdown: string): string {
  return markdownIt.render(withoutFrontMatter(markdown));
}

/** cmark-gfm's HTML of a page, with the given options (none: its defaults, which omit raw HTML). */
export function renderCmarkGfm(
  markdown: string,
  options: readonly string[],
): string {
  const result = spawnSync("cmark-gfm", [...options], {
    input: withoutFrontMatter(markdown),
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`cmark-gfm failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** The page's content as mkdocs-material renders it: what it puts inside <article>. */
export function articleOf(html: string): string {
  const match = /<article[^>]*>([\s\S]*)<\/article>/.exec(html);
  if (!match) throw new Error("no <article> in the page");
  return match[1]!;
}

/** An HTML fragment parsed as a browser parses it (parse5: the HTML standard's algorithm). */
export function parseHtml(
  html: string,
): DefaultTreeAdapterMap["documentFragment"] {
  return parseFragment(html);
}

export function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** Every element below `root`, depth first, in document order. */
export function elementsIn(root: { childNodes: Node[] }): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (!isElement(node)) return;
    found.push(node);
    for (const child of node.childNodes) visit(child);
  };
  for (const child of root.childNodes) visit(child);
  return found;
}

export function attributeOf(
  element: Element,
  name: string,
): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text a node shows (comments left out), with mkdocs' ¶ permalinks left out too. */
export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as { value: string }).value;
  if (!isElement(node)) return "";
  if (attributeOf(node, "class")?.split(" ").includes("headerlink")) return "";
  return node.childNodes.map(textOf).join("");
}

/** The elements after `element` among its siblings, up to the next heading. */
export function sectionAfter(element: Element): Element[] {
  const siblings = element.parentNode!.childNodes.filter(isElement);
  const section: Element[] = [];
  for (const sibling of siblings.slice(siblings.indexOf(element) + 1)) {
    if (/^h[1-6]$/.test(sibling.tagName)) break;
    section.push(sibling);
  }
  return section;
}

/** Text compared the way a reader sees it: every run of white space (U+0085 too) is one space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u0085]+/gu, " ").trim();
}

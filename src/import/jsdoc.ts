// A symbol's JSDoc as the spec keeps it: the text as Markdown (its {@link}s as links or code), the first
// @see that is a URL as the reference, other @see texts in the description, @deprecated with its note.
import type * as TypeScript from "typescript";

export interface JsDoc {
  description: string;
  reference?: string;
  deprecated?: true | string;
}

export function jsdoc(
  checker: TypeScript.TypeChecker,
  symbol: TypeScript.Symbol,
): JsDoc {
  const paragraphs = [markdown(symbol.getDocumentationComment(checker))];
  const doc: JsDoc = { description: "" };
  for (const tag of symbol.getJsDocTags(checker)) {
    // Before TypeScript 4.3 a tag's text was a string.
    const text =
      typeof tag.text === "string" ? tag.text : markdown(tag.text ?? []);
    if (tag.name === "deprecated") {
      const note = text.replace(/\s+/g, " ").trim();
      doc.deprecated = note === "" ? true : note;
    } else if (tag.name === "see") {
      const url = seeUrl(text);
      if (url !== undefined && doc.reference === undefined) doc.reference = url;
      else if (text !== "") paragraphs.push(`See also: ${text}`);
    }
  }
  doc.description = paragraphs
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
  return doc;
}

/** The URL an @see names: written bare, as <url>, or as a link. */
function seeUrl(text: string): string | undefined {
  const target = text.replace(/^\[.*\]\((.*)\)$/, "$1");
  return /^<?(https?:\/\/[^\s<>"]+?)>?$/.exec(target)?.[1];
}

const isLinkEnd = (part: TypeScript.SymbolDisplayPart) =>
  part.kind === "link" && part.text === "}";

/** Display parts as Markdown: text as it is, each {@link ...} (parts from "{@link " to "}") as a link. */
function markdown(parts: readonly TypeScript.SymbolDisplayPart[]): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    if (parts[i]!.kind !== "link" || isLinkEnd(parts[i]!)) {
      out += parts[i]!.text;
      continue;
    }
    const start = i + 1;
    while (i + 1 < parts.length && !isLinkEnd(parts[i + 1]!)) i++;
    out += linkMarkdown(parts.slice(start, i + 1));
    i++;
  }
  return out.trim();
}

/** {@link https://x text} -> [text](https://x), {@link https://x} -> <https://x>, {@link Name} -> `Name`. */
function linkMarkdown(inside: readonly TypeScript.SymbolDisplayPart[]): string {
  let target = inside
    .filter((part) => part.kind === "linkName")
    .map((part) => part.text)
    .join("");
  let label = inside
    .filter((part) => part.kind !== "linkName")
    .map((part) => part.text)
    .join("")
    .trim()
    .replace(/^\|\s*/, "");
  // A URL comes as linkText, its label after the first space.
  if (target === "") {
    const [url, ...words] = label.split(/\s+/);
    target = url ?? "";
    label = words.join(" ").replace(/^\|\s*/, "");
  }
  if (/^https?:\/\//.test(target))
    return label === "" ? `<${target}>` : `[${label}](${target})`;
  return label === "" ? `\`${target}\`` : `${label} (\`${target}\`)`;
}

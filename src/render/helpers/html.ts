// HTML and SVG markup inside Markdown: text and attribute values that stay text in every HTML parser.

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
};

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  // A blank line would end a Markdown HTML block in the middle of the tag.
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Text content of an element: what would open a tag or an entity is written as an entity. */
export function htmlText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => TEXT_ESCAPES[ch]!);
}

/** A double-quoted attribute value; also what would end the quotes, and line ends. */
export function htmlAttribute(text: string): string {
  return text.replace(/[&<>"\r\n]/g, (ch) => ATTRIBUTE_ESCAPES[ch]!);
}

/** An empty anchor, `<a id="..."></a>`: the target of in-page links that every renderer keeps. */
export function htmlAnchor(id: string): string {
  return `<a id="${htmlAttribute(id)}"></a>`;
}

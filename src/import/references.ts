// IANA's Reference cells ("[RFC9110, Section 15.2.1]", "[RFC6455][RFC Errata 3227]") as links people can open.

export interface Reference {
  /** As the registry writes it, without brackets. */
  text: string;
  url?: string;
}

/** Each bracketed reference of a cell (text outside brackets counts as one too), with its URL where one is known. */
export function parseReferences(cell: string): Reference[] {
  const items = [...cell.matchAll(/\[([^\]]*)\]|([^[\]]+)/g)]
    .map((match) => (match[1] ?? match[2]!).trim())
    .filter((text) => text !== "");
  return items.map((text) => ({ text, url: referenceUrl(text) }));
}

/** RFCs and their errata at rfc-editor.org, Internet-Drafts and IESG documents at the datatracker, URLs as they are. */
export function referenceUrl(text: string): string | undefined {
  if (/^https?:\/\/[^\s<>"]+$/.test(text)) return text;
  const rfc = /^RFC\s*(\d+)(?:\s*,\s*(Section|Appendix)\s+([\w.]+))?$/i.exec(
    text,
  );
  if (rfc) {
    const page = `https://www.rfc-editor.org/rfc/rfc${Number(rfc[1])}.html`;
    if (rfc[3] === undefined) return page;
    const anchor = rfc[2]!.toLowerCase() === "section" ? "section" : "appendix";
    return `${page}#${anchor}-${rfc[3].replace(/\.$/, "")}`;
  }
  const errata = /^RFC\s*Errata\s*(?:ID\s*)?(\d+)$/i.exec(text);
  if (errata) return `https://www.rfc-editor.org/errata/eid${errata[1]}`;
  if (/^(draft|status-change|conflict-review)-[a-z0-9-]+$/i.test(text))
    return `https://datatracker.ietf.org/doc/${text.toLowerCase()}/`;
  return undefined;
}

/** Markdown naming the references that `used` (the one the spec's `reference` key holds) leaves out; "" when none. */
export function otherReferences(
  references: readonly Reference[],
  used: Reference | undefined,
): string {
  const others = references.filter((reference) => reference !== used);
  if (others.length === 0) return "";
  const shown = others.map((reference) =>
    reference.url === undefined
      ? reference.text
      : `[${reference.text}](${/[()\s]/.test(reference.url) ? `<${reference.url}>` : reference.url})`,
  );
  return `${used === undefined ? "See" : "See also"} ${shown.join(", ")}.`;
}

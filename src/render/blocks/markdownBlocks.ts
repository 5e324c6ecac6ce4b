// The per-code blocks of the Markdown outputs (the README's table of codes, the doc page's sections), one
// typed function each: a 10,000-code spec makes them most of each page, and a Handlebars loop of helper
// calls and subexpressions would build each line from many small strings.
import {
  flagPageId,
  type CodeModel,
  type Model,
} from "../../model/buildModel.js";
import { htmlAnchor } from "../helpers/html.js";
import {
  markdownCell,
  markdownCellUrl,
  markdownDefinition,
  markdownText,
  markdownUrl,
  markdownWithLead,
} from "../helpers/markdown.js";
import { markdownTableOfCells } from "../layout.js";
import { joinedInChunks } from "../joinedInChunks.js";

/** The README's table of codes: number, name (a link to its reference), flags and description (and deprecation). */
export function markdownCodeTable(codes: readonly CodeModel[]): string {
  return markdownTableOfCells(
    ["Code:right", "Name", "Flags", "Description"],
    codes.map((code) => [
      String(code.code),
      code.reference
        ? `[\`${code.name}\`](${markdownCellUrl(code.reference)})`
        : `\`${code.name}\``,
      code.flags.length > 0
        ? code.flags.map((flag) => `\`${flag}\``).join(", ")
        : "none",
      `${markdownCell(code.description)}${deprecationCell(code)}`.trim(),
    ]),
  );
}

function deprecationCell(code: CodeModel): string {
  if (!code.deprecated) return "";
  return code.deprecatedNote
    ? ` **Deprecated**: ${markdownCell(code.deprecatedNote)}`
    : " **Deprecated**.";
}

/**
 * The doc page's sections, one a code, separated by newlines. Seed layout: `### **Name**` and a definition.
 * Portable layout: a blank line, a heading with the code's anchor, then one paragraph of its facts (number,
 * summary, flags, reference, deprecation) and its description.
 */
export function markdownCodeSections(model: Model): string {
  const { seedLayout, values } = model.docs;
  return joinedInChunks(model.codes, "\n", (code) =>
    seedLayout
      ? `### **${markdownText(code.name)}**\n${markdownDefinition(code.description)}`
      : `\n### ${htmlAnchor(code.pageId)}**${markdownText(code.name)}**\n\n${markdownWithLead(codeFacts(code, values), code.description)}`,
  );
}

/** A code's facts, each a line of Markdown: its number and the rest joined by ` · `, then its deprecation. */
function codeFacts(code: CodeModel, values: boolean): string[] {
  const facts: string[] = [];
  if (values) facts.push(`**${code.code}**`);
  if (code.summary) facts.push(markdownCell(code.summary));
  if (code.flags.length > 0)
    facts.push(`flags: ${markdownFlagLinks(code.flags)}`);
  if (code.reference)
    facts.push(`[reference](<${markdownUrl(code.reference)}>)`);
  const lines = [facts.filter((fact) => fact !== "").join(" · ")];
  if (code.deprecated)
    lines.push(
      code.deprecatedNote
        ? `**Deprecated.** ${markdownCell(code.deprecatedNote)}`
        : "**Deprecated.**",
    );
  return lines;
}

/** Links to the flags' entries in the doc page's legend. */
export function markdownFlagLinks(flags: readonly string[]): string {
  return flags.map((flag) => `[\`${flag}\`](#${flagPageId(flag)})`).join(", ");
}

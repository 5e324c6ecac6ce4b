// The spec format described for people and editors, from the key tables of keys.ts: the JSON Schema
// editors read (spec/spec.schema.json) and the key tables of spec/README.md. Nothing here is written
// by hand twice: `npm run gen` writes both, and `npm test` fails while they differ (updateFormatFiles.ts).
import { markdownTable } from "../render/layout.js";
import { CODE, DEFAULT_BOUNDS, MAPPINGS, RANGE, SPEC } from "./keys.js";
import { FLAG_NAME, URL_PATTERN } from "./names.js";
import type { KeySpec, KeyTable, MappingType } from "./table.js";
import type { JsonSchema } from "./valueTypes.js";

/** spec/spec.schema.json: every key with its type, required keys, defaults and meaning. */
export function specSchema(): JsonSchema {
  const { description, ...spec } = SPEC.definition;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $comment:
      "The format of spec/*.yaml, made from the key tables of src/spec/keys.ts by `npm run gen`; do not edit. Editors use it for completion and errors while typing (see the first line of each spec); the generator enforces the same rules and more, such as unique codes and names. Every key is documented in spec/README.md.",
    title: "Code set spec",
    description,
    ...spec,
    $defs: {
      text: {
        description:
          "Text with at least one character that is not white space.",
        type: "string",
        pattern: "\\S",
      },
      url: {
        description:
          "An http(s) URL without white space, quotes or angle brackets.",
        type: "string",
        pattern: URL_PATTERN.source,
      },
      flagList: {
        description:
          "Names of flags declared under the top-level `flags`, each at most once.",
        type: "array",
        uniqueItems: true,
        items: { type: "string", pattern: FLAG_NAME.source },
      },
      range: RANGE.definition,
      code: CODE.definition,
    },
    // Without `bounds`, every number must lie in the default bounds.
    if: { type: "object", properties: { bounds: false } },
    then: {
      type: "object",
      properties: {
        codes: {
          type: "array",
          items: {
            type: "object",
            properties: { code: withinDefaultBounds() },
          },
        },
        ranges: {
          type: "array",
          items: {
            type: "object",
            properties: {
              from: withinDefaultBounds(),
              to: withinDefaultBounds(),
            },
          },
        },
      },
    },
  };
}

function withinDefaultBounds(): JsonSchema {
  return {
    type: "integer",
    minimum: DEFAULT_BOUNDS.min,
    maximum: DEFAULT_BOUNDS.max,
  };
}

/** The Markdown table of one mapping's keys: key, required, type, default, meaning. */
export function keyTable(mapping: MappingType<KeyTable>): string {
  const rows = Object.entries(mapping.keys).map(([key, spec]) =>
    [
      `\`${key}\``,
      spec.required ? "yes" : "no",
      cell(spec.type.shown),
      cell(spec.shownDefault ?? ""),
      cell(spec.doc),
    ].join(" | "),
  );
  return markdownTable(
    ["Key", "Required", "Type", "Default", "Meaning"],
    rows.map((row) => `| ${row} |`).join("\n"),
  );
}

/** The docs are Markdown already (code spans, emphasis); only what would end the cell or open HTML is escaped. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("<", "&lt;");
}

const TABLE_START = /<!-- keys: (\w+) -->\n/g;
const TABLE_END = "<!-- /keys -->";

/** spec/README.md with each `<!-- keys: mapping -->` ... `<!-- /keys -->` block holding that mapping's table. */
export function withKeyTables(readme: string): string {
  return readme.replace(
    new RegExp(`${TABLE_START.source}[\\s\\S]*?${TABLE_END}`, "g"),
    (_block, name: string) => {
      const mapping = (MAPPINGS as Record<string, MappingType<KeyTable>>)[name];
      if (mapping === undefined)
        throw new Error(
          `spec/README.md names no mapping '${name}'; known: ${Object.keys(MAPPINGS).join(", ")}`,
        );
      return `<!-- keys: ${name} -->\n${keyTable(mapping)}\n${TABLE_END}`;
    },
  );
}

/** The first sentence of a key's doc, for the short key list of a starter spec's header. */
function firstSentence(doc: string): string {
  // A sentence ends at `.` or `;` before a capital letter or the end ("e.g. x" goes on).
  return /^.*?(?=[.;](?:\s+[A-Z(]|$))/.exec(doc)?.[0] ?? doc;
}

/**
 * The header lines (without `# `) listing every top-level key and each code's keys, wrapped to fit
 * 80 columns: what `codeset init` and `codeset import` put at the top of a spec they write.
 */
export function keyListLines(): string[] {
  const keys: [string, KeySpec<unknown>][] = Object.entries(SPEC.keys);
  const width = Math.max(...keys.map(([key]) => key.length)) + 2;
  const lines = keys.flatMap(([key, spec]) =>
    wrap(
      `${spec.required ? "" : "optional: "}${firstSentence(spec.doc)}`,
      78 - 2 - width,
    ).map((line, i) => `  ${(i === 0 ? key : "").padEnd(width)}${line}`),
  );
  const codeKeys: [string, KeySpec<unknown>][] = Object.entries(CODE.keys);
  const required = codeKeys
    .filter(([, spec]) => spec.required)
    .map(([key]) => key);
  const optional = codeKeys
    .filter(([, spec]) => !spec.required)
    .map(([key]) => key);
  return [
    ...lines,
    ...wrap(
      `each code: ${required.join(", ")}; optional ${optional.join(", ")}`,
      76,
    ).map((line) => `  ${line}`),
  ];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

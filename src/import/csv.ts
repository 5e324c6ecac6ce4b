// An IANA registry exported as CSV (WebSocket close codes: Status Code,Meaning,Contact,Reference; HTTP status
// codes: Value,Description,Reference): one code per numeric row, a range per "104-199" or Unassigned row.
import path from "node:path";
import { parseCsv, type CsvField, type CsvRecord } from "./csvRecords.js";
import {
  isShortLabel,
  sourceError,
  START,
  type ImportedCode,
  type ImportedRange,
  type ImportedSet,
} from "./imported.js";
import { nameFromFile, NameMaker } from "./names.js";
import { otherReferences, parseReferences } from "./references.js";

/** Header names each column may have, lower case; IANA's registries differ in the first two. */
const COLUMNS = {
  code: ["status code", "value", "code", "number"],
  meaning: ["meaning", "description"],
  reference: ["reference"],
} as const;

const DEPRECATED_NOTE = /\s*\((obsoleted|deprecated)\)\s*$/i;

interface Columns {
  code: number;
  meaning: number;
  reference: number | undefined;
}

export function readCsv(file: string, text: string): ImportedSet {
  const [header, ...rows] = parseCsv(file, text);
  if (header === undefined)
    throw sourceError(file, START, "the file is empty; it needs a header row");
  const columns = findColumns(file, header);
  const set: ImportedSet = {
    file,
    origin: `the registry ${path.basename(file)}`,
    name: nameFromFile(file),
    codes: [],
    ranges: [],
    at: START,
  };
  const names = new NameMaker();
  for (const row of rows) {
    if (row.fields.length !== header.fields.length)
      throw sourceError(
        file,
        row.at,
        `this row has ${row.fields.length} field${row.fields.length === 1 ? "" : "s"}; the header has ${header.fields.length} (${header.fields.map((field) => field.text).join(",")})`,
      );
    readRow(file, row, columns, header, names, set);
  }
  if (set.codes.length === 0)
    throw sourceError(file, START, "no row holds a code (a single number)");
  return set;
}

function findColumns(file: string, header: CsvRecord): Columns {
  const names = header.fields.map((field) => field.text.trim().toLowerCase());
  const find = (accepted: readonly string[]) => {
    const index = names.findIndex((name) => accepted.includes(name));
    return index < 0 ? undefined : index;
  };
  const code = find(COLUMNS.code);
  const meaning = find(COLUMNS.meaning);
  if (code === undefined || meaning === undefined)
    throw sourceError(
      file,
      header.at,
      `the header needs a code column (${COLUMNS.code.join(", ")}) and a meaning column (${COLUMNS.meaning.join(", ")}), like IANA's "Status Code,Meaning,Contact,Reference" or "Value,Description,Reference"`,
    );
  return { code, meaning, reference: find(COLUMNS.reference) };
}

function readRow(
  file: string,
  row: CsvRecord,
  columns: Columns,
  header: CsvRecord,
  names: NameMaker,
  set: ImportedSet,
): void {
  const valueField = row.fields[columns.code]!;
  const value = valueField.text.trim();
  const meaning = oneLine(row.fields[columns.meaning]!.text);
  const references = parseReferences(
    columns.reference === undefined ? "" : row.fields[columns.reference]!.text,
  );
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(value);
  const single = /^\d+$/.test(value) ? Number(value) : undefined;
  if (range === null && single === undefined)
    throw sourceError(
      file,
      valueField.at,
      `${JSON.stringify(value)} is not a code or a range; ${header.fields[columns.code]!.text.trim()} must be a number (1000) or a range (1016-2999)`,
    );
  if (range !== null || /^unassigned$/i.test(meaning)) {
    const from = range ? Number(range[1]) : single!;
    const to = range ? Number(range[2]) : single!;
    set.ranges.push({
      from,
      to,
      description: paragraphs(
        meaning || "Unassigned",
        otherReferences(references, undefined),
      ),
      at: valueField.at,
    } satisfies ImportedRange);
    return;
  }
  set.codes.push(
    readCode(
      file,
      { code: single!, at: valueField.at },
      row.fields[columns.meaning]!,
      names,
      references,
    ),
  );
}

function readCode(
  file: string,
  { code, at }: { code: number; at: ImportedCode["at"] },
  meaningField: CsvField,
  names: NameMaker,
  references: ReturnType<typeof parseReferences>,
): ImportedCode {
  const meaning = oneLine(meaningField.text);
  if (meaning === "")
    throw sourceError(
      file,
      meaningField.at,
      `code ${code} has no meaning; its name is made from the meaning`,
    );
  const deprecated = DEPRECATED_NOTE.test(meaning);
  const label = meaning.replace(DEPRECATED_NOTE, "");
  const made = names.make(label, code);
  if (made === undefined)
    throw sourceError(
      file,
      meaningField.at,
      `cannot make a name from the meaning ${JSON.stringify(meaning)}: it holds no letter or digit an identifier can use (A-Z, a-z, 0-9); edit the meaning`,
    );
  const used = references.find((reference) => reference.url !== undefined);
  const entry: ImportedCode = {
    name: made.name,
    code,
    description: paragraphs(meaning, otherReferences(references, used)),
    at,
  };
  if (isShortLabel(label)) entry.summary = label;
  if (used !== undefined) entry.reference = used.url!;
  if (deprecated) entry.deprecated = true;
  if (made.note !== undefined) entry.nameNote = made.note;
  return entry;
}

/** A cell's text on one line: registries wrap long meanings. */
function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

function paragraphs(...texts: string[]): string {
  return texts.filter((text) => text !== "").join("\n\n");
}

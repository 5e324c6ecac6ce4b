// The pieces of `codeset import` that work on text alone: the CSV reader over random records, names made
// from any text, and IANA's references as URLs.
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/import/csvRecords.js";
import { NameMaker, pascalCase } from "../../src/import/names.js";
import {
  otherReferences,
  parseReferences,
  referenceUrl,
} from "../../src/import/references.js";

/** A small seeded generator, so a failing case can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  "a",
  "Z",
  "7",
  " ",
  ",",
  '"',
  "\n",
  "\r\n",
  "é",
  "—",
  "🙂",
  ";",
  "-",
];

function randomText(next: () => number, maxLength: number): string {
  let text = "";
  const length = Math.floor(next() * (maxLength + 1));
  for (let i = 0; i < length; i++)
    text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

describe("parseCsv", () => {
  it("reads back every field of 2,000 random records, each at its position", () => {
    const next = random(21);
    for (let round = 0; round < 200; round++) {
      const records = Array.from({ length: 1 + Math.floor(next() * 10) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
          randomText(next, 6),
        ),
      ).filter((fields) => !(fields.length === 1 && fields[0] === ""));
      const lineEnd = next() < 0.5 ? "\n" : "\r\n";
      const text =
        records.map((fields) => fields.map(csvField).join(",")).join(lineEnd) +
        (next() < 0.5 ? lineEnd : "");
      const parsed = parseCsv("random.csv", text);
      // Line breaks inside a quoted field read as \n, whichever the file uses.
      expect(
        parsed.map((record) => record.fields.map((field) => field.text)),
      ).toEqual(
        records.map((fields) =>
          fields.map((field) => field.replace(/\r\n/g, "\n")),
        ),
      );
      const lineStarts = [
        0,
        ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length),
      ];
      parsed.forEach((record, r) =>
        record.fields.forEach((field, f) => {
          const offset = lineStarts[field.at.line - 1]! + field.at.col - 1;
          expect(text.startsWith(csvField(records[r]![f]!), offset)).toBe(true);
        }),
      );
    }
  });

  it.each([
    ['a,"b', "x.csv:1:3: this quoted field is never closed"],
    ['a,"b"c', "x.csv:1:6: text after a quoted field's closing quote"],
    ['a,b"c', "x.csv:1:4: a double quote inside an unquoted field"],
    [
      'ok\n"multi\nline"x',
      "x.csv:3:6: text after a quoted field's closing quote",
    ],
  ])("refuses %j at the character that breaks it", (text, message) => {
    expect(() => parseCsv("x.csv", text)).toThrow(message);
  });
});

describe("names made from text", () => {
  it.each([
    ["Normal Closure", "NormalClosure"],
    ["Protocol error", "ProtocolError"],
    ["Mandatory Ext.", "MandatoryExt"],
    ["TLS handshake", "TLSHandshake"],
    ["Request-URI Too Long", "RequestURITooLong"],
    ["I'm a teapot", "ImATeapot"],
    ["NOT_FOUND", "NotFound"],
    ["OK", "OK"],
    ["Café crème", "CafeCreme"],
    ["(Unused)", "Unused"],
    ["——", ""],
  ])("pascalCase(%j) is %j", (text, name) => {
    expect(pascalCase(text)).toBe(name);
  });

  it("makes a valid, unique (ignoring case) name from any text that holds a letter or digit", () => {
    const next = random(7);
    const maker = new NameMaker();
    const seen = new Set<string>();
    const texts = [
      "Reserved",
      "reserved",
      "RESERVED",
      "3rd party",
      "3rd Party",
    ];
    for (let i = 0; i < 3000; i++) texts.push(randomText(next, 5));
    texts.forEach((text, code) => {
      const made = maker.make(text, code);
      if (!/[A-Za-z0-9]/.test(text.normalize("NFKD"))) {
        expect(made, text).toBeUndefined();
        return;
      }
      expect(made!.name, text).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
      expect(seen.has(made!.name.toLowerCase()), made!.name).toBe(false);
      seen.add(made!.name.toLowerCase());
      // A name that is not its text in PascalCase says why.
      expect(made!.note !== undefined, text).toBe(
        made!.name !== pascalCase(text),
      );
    });
  });

  it("says which code holds a name it had to change", () => {
    const maker = new NameMaker();
    maker.take("Unused", 306);
    expect(maker.make("(Unused)", 418)).toEqual({
      name: "Unused418",
      note: 'name made up from "(Unused)": Unused is already 306\'s',
    });
    expect(maker.make("3xx", 300)).toEqual({
      name: "Code3xx",
      note: 'name made up from "3xx": an identifier cannot start with a digit',
    });
  });
});

describe("IANA references", () => {
  it.each([
    ["RFC6455", "https://www.rfc-editor.org/rfc/rfc6455.html"],
    [
      "RFC9110, Section 15.2.1",
      "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1",
    ],
    [
      "RFC 7231, Appendix B",
      "https://www.rfc-editor.org/rfc/rfc7231.html#appendix-B",
    ],
    ["RFC Errata 3227", "https://www.rfc-editor.org/errata/eid3227"],
    [
      "draft-ietf-httpbis-resumable-upload-05",
      "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload-05/",
    ],
    [
      "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
      "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
    ],
    ["Alexey_Melnikov", undefined],
  ])("%j -> %j", (text, url) => {
    expect(referenceUrl(text)).toBe(url);
  });

  it("splits a cell into its references and names those the link leaves out", () => {
    const references = parseReferences("[RFC6455][RFC Errata 3227] [Jane_Doe]");
    expect(references.map((reference) => reference.text)).toEqual([
      "RFC6455",
      "RFC Errata 3227",
      "Jane_Doe",
    ]);
    expect(otherReferences(references, references[0])).toBe(
      "See also [RFC Errata 3227](https://www.rfc-editor.org/errata/eid3227), Jane_Doe.",
    );
    expect(otherReferences(references.slice(0, 1), references[0])).toBe("");
  });
});

// RFC 4180 CSV as records of fields, each field with its position: quoted fields hold commas, quotes ("") and
// line breaks; a malformed record is an error at the character that breaks it.
import { sourceError, type SourcePosition } from "./imported.js";

export interface CsvField {
  text: string;
  at: SourcePosition;
}

export interface CsvRecord {
  fields: CsvField[];
  at: SourcePosition;
}

/** Every record of `text` (CRLF or LF line ends; blank lines skipped); throws a SourceError naming `file`. */
export function parseCsv(file: string, text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const here = (offset = i): SourcePosition => ({
    line,
    col: offset - lineStart + 1,
  });
  const newline = (offset: number): number =>
    text[offset] === "\r" && text[offset + 1] === "\n"
      ? 2
      : text[offset] === "\n" || text[offset] === "\r"
        ? 1
        : 0;
  const breakLine = (width: number) => {
    i += width;
    line++;
    lineStart = i;
  };

  while (i < text.length) {
    const blank = newline(i);
    if (blank > 0) {
      breakLine(blank);
      continue;
    }
    const fields: CsvField[] = [];
    const recordAt = here();
    for (;;) {
      const fieldAt = here();
      let value = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length)
            throw sourceError(
              file,
              fieldAt,
              "this quoted field is never closed; end it with a double quote",
            );
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          const width = newline(i);
          if (width > 0) {
            value += "\n";
            breakLine(width);
            continue;
          }
          value += text[i++];
        }
        if (i < text.length && text[i] !== "," && newline(i) === 0)
          throw sourceError(
            file,
            here(),
            'text after a quoted field\'s closing quote; write a quote inside a quoted field as two quotes ("")',
          );
      } else {
        while (i < text.length && text[i] !== "," && newline(i) === 0) {
          if (text[i] === '"')
            throw sourceError(
              file,
              here(),
              'a double quote inside an unquoted field; quote the whole field and write the quote as two ("")',
            );
          value += text[i++];
        }
      }
      fields.push({ text: value, at: fieldAt });
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    records.push({ fields, at: recordAt });
    const width = newline(i);
    if (width > 0) breakLine(width);
  }
  return records;
}

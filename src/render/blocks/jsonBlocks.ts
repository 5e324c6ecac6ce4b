// The per-code block of the JSON outputs: each code as a `oneOf` member of the JSON Schema and of the
// OpenAPI document, written by one typed function (a 10,000-code spec makes it most of both files).
import type { CodeModel } from "../../model/buildModel.js";
import { joinedInChunks } from "../joinedInChunks.js";

/** What a code's `oneOf` member holds besides `const`, `title`, `description` and `deprecated`. */
export interface CodeSchemaOptions {
  /** OpenAPI's `externalDocs` with the code's reference; JSON Schema has no such keyword. */
  externalDocs: boolean;
}

/**
 * Each code's `oneOf` member, laid out as prettier lays out JSON at nesting `level` (two spaces a level),
 * members separated by commas, one per line, without a newline after the last.
 */
export function jsonCodeSchemas(
  codes: readonly CodeModel[],
  level: number,
  options: CodeSchemaOptions,
): string {
  const indent = "  ".repeat(level);
  const inner = `${indent}  `;
  return joinedInChunks(codes, ",\n", (code) => {
    let member = `${indent}{\n${inner}"const": ${code.code},\n${inner}"title": ${JSON.stringify(code.name)},\n${inner}"description": ${JSON.stringify(code.description)}`;
    if (options.externalDocs && code.reference)
      member += `,\n${inner}"externalDocs": {\n${inner}  "url": ${JSON.stringify(code.reference)}\n${inner}}`;
    if (code.deprecated) member += `,\n${inner}"deprecated": true`;
    return `${member}\n${indent}}`;
  });
}

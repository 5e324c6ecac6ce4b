// An imported set as spec text: init's header (schema line, what each key means), a line naming the source,
// then the data, every string quoted by the YAML library as it needs; made-up names carry a comment.
import { Document, isMap, isSeq, type YAMLMap } from "yaml";
import { specHeader } from "../cli/specHeader.js";
import { kebabCase } from "../spec/names.js";
import { DEFAULT_BOUNDS } from "../spec/keys.js";
import type { ImportedCode, ImportedRange, ImportedSet } from "./imported.js";

/** The version of a package made from an imported spec: not yet released, as init's starter. */
const FIRST_VERSION = "0.1.0";

export function specText(
  set: ImportedSet,
  name: string,
  schema: string,
): string {
  const document = new Document(specData(set, name));
  const codes = document.get("codes", true);
  if (isSeq(codes))
    set.codes.forEach((code, index) => {
      const item = codes.items[index];
      if (code.nameNote !== undefined && isMap(item))
        (item as YAMLMap).commentBefore = ` ${code.nameNote}`;
    });
  const body = document.toString({ lineWidth: 0 });
  return `${specHeader(name, schema)}#\n# Imported from ${set.origin} by \`codeset import\`: check each name and description.\n${body}`;
}

function specData(set: ImportedSet, name: string): Record<string, unknown> {
  const data: Record<string, unknown> = { name };
  if (set.title !== undefined) data.title = set.title;
  if (set.reference !== undefined) data.reference = set.reference;
  if (set.description !== undefined) data.description = set.description;
  data.package = { name: kebabCase(name), version: FIRST_VERSION };
  const bounds = boundsFor(set);
  if (bounds !== undefined) data.bounds = bounds;
  if (set.ranges.length > 0) data.ranges = set.ranges.map(rangeData);
  data.codes = set.codes.map(codeData);
  return data;
}

/** Declared only when a number lies outside the default bounds (negative JSON-RPC codes, say). */
function boundsFor(set: ImportedSet): { min: number; max: number } | undefined {
  const numbers = [
    ...set.codes.map((code) => code.code),
    ...set.ranges.flatMap((range) => [range.from, range.to]),
  ];
  const min = Math.min(DEFAULT_BOUNDS.min, ...numbers);
  const max = Math.max(DEFAULT_BOUNDS.max, ...numbers);
  return min === DEFAULT_BOUNDS.min && max === DEFAULT_BOUNDS.max
    ? undefined
    : { min, max };
}

function rangeData(range: ImportedRange): Record<string, unknown> {
  return { from: range.from, to: range.to, description: range.description };
}

function codeData(code: ImportedCode): Record<string, unknown> {
  const data: Record<string, unknown> = { name: code.name, code: code.code };
  if (code.summary !== undefined) data.summary = code.summary;
  data.description = code.description;
  if (code.reference !== undefined) data.reference = code.reference;
  if (code.deprecated !== undefined) data.deprecated = code.deprecated;
  return data;
}

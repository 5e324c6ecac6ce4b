// Builds the one model every template reads: the spec plus everything derived from it, computed once.
import { stringify } from "yaml";
import type { EnumStyle, Spec } from "../spec/types.js";

export interface FlagModel {
  name: string;
  description: string;
  /** The flag's bit in a mask: 1 << index. */
  bit: number;
  /** The id of the flag's anchor on the doc page (see flagPageId). */
  pageId: string;
}

export interface RangeModel {
  from: number;
  to: number;
  description: string;
  flags: string[];
  mask: number;
}

export interface CodeModel {
  name: string;
  code: number;
  /** The spec's short label, or undefined. */
  summary: string | undefined;
  description: string;
  /** What the package's `.d.ts` shows on hover: the summary when the spec gives one, else the description. */
  hover: string;
  flags: string[];
  mask: number;
  reference: string | undefined;
  /** `false`, `true`, or the note saying what to use instead. */
  deprecated: boolean | string;
  /** The deprecation note, when `deprecated` is one. */
  deprecatedNote: string | undefined;
  /** The slug mkdocs (toc's default) and GitHub give the code's heading: the lowercased name. */
  anchor: string;
  /** The id of the code's own anchor on the doc page, the same in every renderer (see codePageId). */
  pageId: string;
  index: number;
}

/**
 * How the package's lookups index numbers. Dense: one typed array slot per number from `lo`, holding
 * a flag set id times 2, plus 1 for a code; `table` is the smallest typed array that holds them all.
 * Not dense (the codes and ranges span more than 65,536 numbers): a Map of codes and the ranges.
 */
export interface LookupModel {
  dense: boolean;
  lo: number;
  span: number;
  table: "Uint8Array" | "Uint16Array" | "Int32Array";
  /** The lowest code and the number of slots up to the highest, for describe()'s table of entries. */
  codeLo: number;
  codeSpan: number;
}

export const MAX_TABLE_SPAN = 65536;

export interface Model {
  /** The one-line "generated from ...; do not edit" text, without comment markers. */
  banner: string;
  source: string;
  name: string;
  title: string;
  reference: string | undefined;
  description: string | undefined;
  /** The page's YAML front matter, without the `---` fences, or undefined. */
  frontMatter: string | undefined;
  package: {
    name: string;
    version: string;
    description: string;
    keywords: string[];
    license: string | undefined;
  };
  docs: {
    values: boolean;
    /**
     * True when the page shows nothing but each code's name and description: the seed page's layout, kept
     * byte for byte. Otherwise the portable layout, which every Markdown renderer reads alike.
     */
    seedLayout: boolean;
  };
  bounds: { min: number; max: number };
  enumStyle: EnumStyle;
  /** The partials that declare the enum in TypeScript sources and in `.d.ts` files, per enumStyle. */
  enumPartial: string;
  dtsEnumPartial: string;
  /** A regular `enum` maps numbers back to names at run time; the `const` style does not. */
  enumReverseMapping: boolean;
  flags: FlagModel[];
  ranges: RangeModel[];
  codes: CodeModel[];
  lookup: LookupModel;
  codeNames: string[];
  codeNumbers: number[];
  codeDescriptions: string[];
  /** True when the page shows anything beyond the seed layout: numbers, flags or ranges. */
  hasFlags: boolean;
  hasRanges: boolean;
}

export function buildModel(spec: Spec): Model {
  const bits = new Map(
    spec.flags.map((flag, index) => [flag.name, 1 << index]),
  );
  const maskOf = (flags: string[]) =>
    flags.reduce((mask, flag) => mask | (bits.get(flag) ?? 0), 0);
  const codes = spec.codes.map((code, index): CodeModel => ({
    name: code.name,
    code: code.code,
    summary: code.summary,
    description: code.description,
    hover: code.summary ?? code.description,
    flags: code.flags,
    mask: maskOf(code.flags),
    reference: code.reference,
    deprecated: code.deprecated ?? false,
    deprecatedNote:
      typeof code.deprecated === "string" ? code.deprecated : undefined,
    anchor: code.name.toLowerCase(),
    pageId: codePageId(code.name),
    index,
  }));
  const ranges = spec.ranges.map((range) => ({
    ...range,
    mask: maskOf(range.flags),
  }));
  return {
    banner: `generated from ${spec.source} by \`npm run gen\`; do not edit`,
    source: spec.source,
    name: spec.name,
    title: spec.title ?? spec.name,
    reference: spec.reference,
    description: spec.description?.trim(),
    frontMatter: spec.frontMatter
      ? stringify(spec.frontMatter, { lineWidth: 0 }).trimEnd()
      : undefined,
    package: {
      name: spec.package.name,
      version: spec.package.version,
      description:
        spec.package.description ?? spec.title ?? `${spec.name} status codes`,
      keywords: spec.package.keywords,
      license: spec.package.license,
    },
    docs: { values: spec.docs.values, seedLayout: isSeedLayout(spec) },
    bounds: spec.bounds,
    enumStyle: spec.typescript.enumStyle,
    enumPartial: `enum-${spec.typescript.enumStyle}`,
    dtsEnumPartial: `dts-enum-${spec.typescript.enumStyle}`,
    enumReverseMapping: spec.typescript.enumStyle === "enum",
    flags: spec.flags.map((flag) => ({
      ...flag,
      bit: bits.get(flag.name)!,
      pageId: flagPageId(flag.name),
    })),
    ranges,
    codes,
    lookup: lookupOf(codes, ranges),
    codeNames: codes.map((code) => code.name),
    codeNumbers: codes.map((code) => code.code),
    codeDescriptions: codes.map((code) => code.description),
    hasFlags: spec.flags.length > 0,
    hasRanges: spec.ranges.length > 0,
  };
}

/**
 * The doc page's anchors are explicit HTML ids (`<a id="...">`), since plain markdown-it and cmark-gfm give
 * headings no id at all; they differ from the heading slugs (`normalclosure`) so that no id is given twice.
 */
export function codePageId(name: string): string {
  return `code-${name}`;
}

export function flagPageId(name: string): string {
  return `flag-${name}`;
}

/** The seed's layout holds exactly a name and a description per code; anything more needs the portable one. */
function isSeedLayout(spec: Spec): boolean {
  return (
    !spec.docs.values &&
    spec.flags.length === 0 &&
    spec.ranges.length === 0 &&
    spec.codes.every(
      (code) =>
        code.summary === undefined &&
        code.reference === undefined &&
        code.deprecated === undefined,
    )
  );
}

function lookupOf(
  codes: readonly CodeModel[],
  ranges: readonly RangeModel[],
): LookupModel {
  let codeLo = Infinity;
  let codeHi = -Infinity;
  for (const { code } of codes) {
    codeLo = Math.min(codeLo, code);
    codeHi = Math.max(codeHi, code);
  }
  let lo = codeLo;
  let hi = codeHi;
  for (const { from, to } of ranges) {
    lo = Math.min(lo, from);
    hi = Math.max(hi, to);
  }
  const sets = new Set([
    0,
    ...codes.map(({ mask }) => mask),
    ...ranges.map(({ mask }) => mask),
  ]).size;
  const largest = (sets - 1) * 2 + 1;
  const table =
    largest <= 0xff
      ? "Uint8Array"
      : largest <= 0xffff
        ? "Uint16Array"
        : "Int32Array";
  const dense = hi - lo + 1 <= MAX_TABLE_SPAN;
  return {
    dense,
    lo,
    span: dense ? hi - lo + 1 : 0,
    table,
    codeLo,
    codeSpan: dense ? codeHi - codeLo + 1 : 0,
  };
}

// Builds the one model every template reads: the spec plus everything derived from it, computed once.
import { stringify } from "./yaml.js";
import type { EnumStyle, Spec } from "./spec.js";

export interface FlagModel {
  name: string;
  description: string;
  /** The flag's bit in a mask: 1 << index. */
  bit: number;
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
  description: string;
  flags: string[];
  mask: number;
  reference: string | undefined;
  /** `false`, `true`, or the note saying what to use instead. */
  deprecated: boolean | string;
  /** The deprecation note, when `deprecated` is one. */
  deprecatedNote: string | undefined;
  /** The doc page's anchor for this code (mkdocs' default slug of the heading). */
  anchor: string;
  index: number;
}

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
  package: { name: string; version: string; description: string; keywords: string[]; license: string | undefined };
  docs: { values: boolean };
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
  codeNames: string[];
  codeNumbers: number[];
  codeDescriptions: string[];
  /** True when the page shows anything beyond the seed layout: numbers, flags or ranges. */
  hasFlags: boolean;
  hasRanges: boolean;
}

export function buildModel(spec: Spec): Model {
  const bits = new Map(spec.flags.map((flag, index) => [flag.name, 1 << index]));
  const maskOf = (flags: string[]) => flags.reduce((mask, flag) => mask | (bits.get(flag) ?? 0), 0);
  const codes = spec.codes.map((code, index): CodeModel => ({
    name: code.name,
    code: code.code,
    description: code.description,
    flags: code.flags,
    mask: maskOf(code.flags),
    reference: code.reference,
    deprecated: code.deprecated ?? false,
    deprecatedNote: typeof code.deprecated === "string" ? code.deprecated : undefined,
    anchor: code.name.toLowerCase(),
    index,
  }));
  return {
    banner: `generated from ${spec.source} by \`npm run gen\`; do not edit`,
    source: spec.source,
    name: spec.name,
    title: spec.title ?? spec.name,
    reference: spec.reference,
    description: spec.description?.trim(),
    frontMatter: spec.frontMatter ? stringify(spec.frontMatter, { lineWidth: 0 }).trimEnd() : undefined,
    package: {
      name: spec.package.name,
      version: spec.package.version,
      description: spec.package.description ?? spec.title ?? `${spec.name} status codes`,
      keywords: spec.package.keywords,
      license: spec.package.license,
    },
    docs: spec.docs,
    bounds: spec.bounds,
    enumStyle: spec.typescript.enumStyle,
    enumPartial: `enum-${spec.typescript.enumStyle}`,
    dtsEnumPartial: `dts-enum-${spec.typescript.enumStyle}`,
    enumReverseMapping: spec.typescript.enumStyle === "enum",
    flags: spec.flags.map((flag) => ({ ...flag, bit: bits.get(flag.name)! })),
    ranges: spec.ranges.map((range) => ({ ...range, mask: maskOf(range.flags) })),
    codes,
    codeNames: codes.map((code) => code.name),
    codeNumbers: codes.map((code) => code.code),
    codeDescriptions: codes.map((code) => code.description),
    hasFlags: spec.flags.length > 0,
    hasRanges: spec.ranges.length > 0,
  };
}

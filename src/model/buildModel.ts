// Builds the one model every template reads: the spec plus everything derived from it, computed once.
import { stringify } from "yaml";
import { bannerText } from "../banner.js";
import { oneLine } from "../render/helpers/text.js";
import type { EnumStyle, Spec, Target } from "../spec/types.js";
import {
  csharpModel,
  goModel,
  pythonModel,
  type CsharpModel,
  type GoModel,
  type PythonModel,
} from "./targets.js";

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

/** The names of the types a package exports besides its enum: each begins with the spec's name, so none can clash with it. */
export interface TypeNames {
  flag: string;
  name: string;
  entry: string;
  range: string;
}

export interface Model {
  /** The one-line "generated from <spec> by `<command>`; do not edit" text, without comment markers. */
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
    /** The license as an SPDX expression (OpenAPI's `identifier`): undefined for `UNLICENSED` and `SEE LICENSE IN ...`. */
    spdxLicense: string | undefined;
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
  /** The flag names in bit order. */
  flagNames: string[];
  ranges: RangeModel[];
  /** The flags of every value no code or range holds (the spec's `otherwise`). */
  otherwise: { flags: string[]; mask: number };
  codes: CodeModel[];
  typeNames: TypeNames;
  codeNames: string[];
  codeNumbers: number[];
  codeDescriptions: string[];
  /** Each code's description on one line, for OpenAPI's `x-enum-descriptions`, which tools print as line comments. */
  codeDescriptionsOneLine: string[];
  /** True when the page shows anything beyond the seed layout: numbers, flags or ranges. */
  hasFlags: boolean;
  hasRanges: boolean;
  /** The languages whose outputs are written (the spec's `targets`). */
  targets: Target[];
  /** What each other language's outputs read; undefined when the spec does not target it. */
  csharp: CsharpModel | undefined;
  python: PythonModel | undefined;
  go: GoModel | undefined;
}

/** `command` is what regenerates the outputs, as the spec's project runs it (the banner names it). */
export function buildModel(spec: Spec, command: string): Model {
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
    banner: bannerText(spec.source, command),
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
      spdxLicense: spdxExpression(spec.package.license),
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
    flagNames: spec.flags.map((flag) => flag.name),
    ranges,
    otherwise: {
      flags: spec.otherwise.flags,
      mask: maskOf(spec.otherwise.flags),
    },
    codes,
    typeNames: {
      flag: `${spec.name}Flag`,
      name: `${spec.name}Name`,
      entry: `${spec.name}Entry`,
      range: `${spec.name}Range`,
    },
    codeNames: codes.map((code) => code.name),
    codeNumbers: codes.map((code) => code.code),
    codeDescriptions: codes.map((code) => code.description),
    codeDescriptionsOneLine: codes.map((code) => oneLine(code.description)),
    hasFlags: spec.flags.length > 0,
    hasRanges: spec.ranges.length > 0,
    targets: spec.targets,
    csharp: spec.targets.includes("csharp") ? csharpModel(spec) : undefined,
    python: spec.targets.includes("python") ? pythonModel(spec) : undefined,
    go: spec.targets.includes("go") ? goModel(spec) : undefined,
  };
}

/** npm's license field is an SPDX expression unless it says there is none or points at a file. */
function spdxExpression(license: string | undefined): string | undefined {
  return license === undefined ||
    license === "UNLICENSED" ||
    license.startsWith("SEE LICENSE IN ")
    ? undefined
    : license;
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

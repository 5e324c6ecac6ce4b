// The validated spec: the shape validateSpec guarantees and buildModel consumes.

export type EnumStyle = "enum" | "const";

/** The languages a spec can generate for; `typescript` is the npm package, its JSON Schema and its doc page. */
export const TARGETS = ["typescript", "csharp", "python", "go"] as const;
export type Target = (typeof TARGETS)[number];

export interface CodeSpec {
  name: string;
  code: number;
  /** A short label (at most MAX_SUMMARY_LENGTH characters, one line), e.g. "Normal Closure". */
  summary?: string;
  description: string;
  flags: string[];
  reference?: string;
  /** true, or what to use instead. */
  deprecated?: true | string;
}

export interface RangeSpec {
  from: number;
  to: number;
  description: string;
  flags: string[];
}

export interface FlagSpec {
  name: string;
  description: string;
}

export interface OutputMapping {
  /** A template's output path as the spec wrote it: `src/[name].ts`, or with the name filled in. */
  template: string;
  /** A file path from the project root (posix, relative). */
  destination: string;
  /** The template path's place in the spec, for a template that renders no such output. */
  where: { file: string; line: number; col: number };
}

export interface Spec {
  /** Spec path relative to its project root (posix), for banners: never absolute. */
  source: string;
  name: string;
  title?: string;
  reference?: string;
  description?: string;
  frontMatter?: Record<string, unknown>;
  package: {
    name: string;
    version: string;
    description?: string;
    keywords: string[];
    license?: string;
  };
  docs: { values: boolean };
  bounds: { min: number; max: number };
  flags: FlagSpec[];
  ranges: RangeSpec[];
  /** The flags of every value no code or range holds: other numbers, fractions, NaN, ±Infinity, non-numbers. */
  otherwise: { flags: string[] };
  codes: CodeSpec[];
  typescript: { enumStyle: EnumStyle };
  /** The outputs to write, by language; default `["typescript"]`. */
  targets: Target[];
  csharp: { namespace: string };
  go: { package: string };
  /** The spec's `outputs`: each template path, where it goes (from the project root), and where the spec says so. */
  outputs?: OutputMapping[];
  /** Absolute directory of template overrides, from the spec's `templates` key. */
  templates?: string;
}

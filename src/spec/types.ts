// The validated spec: the shape validateSpec guarantees and buildModel consumes.

export type EnumStyle = "enum" | "const";

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
  codes: CodeSpec[];
  typescript: { enumStyle: EnumStyle };
  /** Absolute directory of template overrides, from the spec's `templates` key. */
  templates?: string;
}

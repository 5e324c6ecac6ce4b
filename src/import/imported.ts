// What every reader returns: a code set read from a source file, each entry with where it stands in that file.
import path from "node:path";
import { formatDiagnostic, type Diagnostic } from "../spec/diagnostics.js";
import { MAX_SUMMARY_LENGTH } from "../spec/valueTypes.js";

/** 1-based, like every message. */
export interface SourcePosition {
  line: number;
  col: number;
}

export interface ImportedCode {
  name: string;
  code: number;
  /** A short label (IANA's Meaning, http-status-codes' phrase). */
  summary?: string;
  description: string;
  reference?: string;
  deprecated?: true | string;
  /** Why the name is not the source's own (made from a meaning, made unique): a comment above the entry. */
  nameNote?: string;
  at: SourcePosition;
}

export interface ImportedRange {
  from: number;
  to: number;
  description: string;
  at: SourcePosition;
}

export interface ImportedSet {
  /** The source as the user named it, for messages. */
  file: string;
  /** What was read, for the spec's header: "enum CloseCode in common.d.ts". */
  origin: string;
  /** The source's own name for the set (an enum's name, a file's); the spec name unless --name gives one. */
  name: string;
  title?: string;
  description?: string;
  reference?: string;
  codes: ImportedCode[];
  ranges: ImportedRange[];
  /** Where the set itself is declared (an enum's name), for problems of the whole set. */
  at: SourcePosition;
}

/** Problems of a source file, each at FILE:LINE:COL; nothing is written. */
export class SourceError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "SourceError";
  }
}

/** One problem at a position of `file`. */
export function sourceError(
  file: string,
  at: SourcePosition,
  message: string,
): SourceError {
  return new SourceError([{ file, ...at, message }]);
}

export const START: SourcePosition = { line: 1, col: 1 };

/** The description of an entry its source leaves undocumented: it says so, and the user edits it. */
export function undocumented(name: string, file: string): string {
  return `Not documented in ${path.basename(file)}; describe ${name} here.`;
}

/** Whether a text can be a code's summary (one line, short), as the spec's summary rule allows. */
export function isShortLabel(text: string): boolean {
  return (
    !/[\r\n\u2028\u2029\u0085]/.test(text) &&
    [...text].length <= MAX_SUMMARY_LENGTH
  );
}

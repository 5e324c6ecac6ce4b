// generated from test/fixtures/graphql-ws.yaml by `npm run gen -- --spec test/fixtures/graphql-ws.yaml`; do not edit
/* eslint-disable */

import type { Code, CodeName, Flag } from "./index.js";

export * from "./index.js";

export interface Entry {
  readonly name: CodeName;
  readonly code: Code;
  /** A short label, where the spec gives one. */
  readonly summary: string | undefined;
  readonly description: string;
  readonly flags: readonly Flag[];
  readonly reference: string | undefined;
  /** `false`, `true`, or a note saying what to use instead. */
  readonly deprecated: boolean | string;
}

export interface CodeRange {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly flags: readonly Flag[];
}

/** Every code, in spec order. */
export declare const entries: readonly Entry[];
/** The spec's ranges, ascending; a number no code defines takes its range's flags. */
export declare const ranges: readonly CodeRange[];
/** The entry of a defined code, or undefined for anything else. Never throws. */
export declare function describe(code: number): Entry | undefined;

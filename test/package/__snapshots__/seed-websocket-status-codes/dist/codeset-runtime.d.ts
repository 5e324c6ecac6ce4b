// generated from test/fixtures/seed.yaml by `npm run gen -- --spec test/fixtures/seed.yaml`; do not edit
/* eslint-disable */

/** The type of a code of the set, from the type of its enum object. */
export type CodeOf<Enum> = Extract<Enum[keyof Enum], number>;
/** The name of a code of the set. */
export type NameOf<Enum> = Extract<keyof Enum, string>;
/** The name of a flag of the set, from the type of its `flags` object. */
export type FlagOf<Flags> = Extract<keyof Flags, string>;
/** A code of the set, as `describe()` and `entries` give it; frozen. */
export interface Entry<Enum, Flags> {
  readonly name: NameOf<Enum>;
  readonly code: CodeOf<Enum>;
  /** A short label, where the spec gives one. */
  readonly summary: string | undefined;
  readonly description: string;
  /** The code's own flags, in the order of `flags`. */
  readonly flags: readonly FlagOf<Flags>[];
  readonly reference: string | undefined;
  /** `false`, `true`, or a note saying what to use instead. */
  readonly deprecated: boolean | string;
}
/** A range of the spec: every number from `from` to `to` that no code defines has its flags; frozen. */
export interface CodeRange<Flags> {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly flags: readonly FlagOf<Flags>[];
}
/** The API of a generated package, whose `Enum` is the type of its enum object and `Flags` of its `flags`. */
export interface CodeSet<Enum, Flags> {
  /** Every code, in spec order. */
  readonly entries: readonly Entry<Enum, Flags>[];
  /** The spec's ranges, ascending; a number no code defines takes its range's flags. */
  readonly ranges: readonly CodeRange<Flags>[];
  /** Whether `value` is one of the defined codes. Accepts any value; never throws. */
  isKnown(value: unknown): value is CodeOf<Enum>;
  /**
   * The flags of `value`: a code's own, else those of the range holding it, else the spec's
   * `otherwise` flags, which every other value has (other numbers, fractions, NaN, ±Infinity, and
   * anything that is not a number). Frozen; never throws.
   */
  flagsOf(value: unknown): readonly FlagOf<Flags>[];
  /** Whether `flag` is among `flagsOf(value)`. Accepts any values; never throws. */
  hasFlag(value: unknown, flag: FlagOf<Flags>): boolean;
  /** The entry of a defined code, or undefined for any other value. Never throws. */
  describe(value: unknown): Entry<Enum, Flags> | undefined;
  /** The name of a defined code, or undefined for any other value. Never throws. */
  nameOf(value: unknown): NameOf<Enum> | undefined;
  /** The code of one of the spec's names, or undefined for any other value. Never throws. */
  codeOf(name: unknown): CodeOf<Enum> | undefined;
}
/** A code: its number, its name, and its own flags as bits in the order of `LookupData.flags`. */
export type CodeRow = readonly [code: number, name: string, mask: number];
/** A range: its first and its last number, and its flags as bits. */
export type RangeRow = readonly [from: number, to: number, mask: number];
/** The numbers of a set, without its texts: what the lookups read. */
export interface LookupData {
  /** The flag names; bit `1 << i` of a mask stands for `flags[i]`. */
  readonly flags: readonly string[];
  /** The flags of every value no code or range holds, as bits. */
  readonly otherwise: number;
  /** Ascending, not overlapping. */
  readonly ranges: readonly RangeRow[];
  /** In spec order. */
  readonly codes: readonly CodeRow[];
}
/** A code's texts, in spec order. */
export interface EntryText {
  readonly code: number;
  readonly summary?: string;
  readonly description: string;
  readonly reference?: string;
  readonly deprecated?: true | string;
}
/** A range's text; `ranges` lists them in the order of `LookupData.ranges`. */
export interface RangeText {
  readonly from: number;
  readonly to: number;
  readonly description: string;
}
type InfoTable = Uint8Array | Uint16Array | Int32Array;
/**
 * The tables the helpers read. A value's info is the id of its flag set times 2, plus 1 when a code
 * defines it; id 0 is the `otherwise` set, so 0 is the info of every value the tables do not hold.
 */
export interface Lookup<Enum, Flags> {
  readonly data: LookupData;
  /** Flag set id -> its frozen flag names, and its mask. */
  readonly sets: readonly (readonly FlagOf<Flags>[])[];
  readonly masks: readonly number[];
  /** Flag name -> its bit (inherited properties are never numbers). */
  readonly bits: Readonly<Record<string, number>>;
  /** The info of every number from `lo`, when the codes and ranges span at most 65,536 numbers. */
  readonly table: InfoTable | undefined;
  readonly lo: number;
  /** Otherwise: the info of each code, and of each range in the order of `data.ranges`. */
  readonly codeInfo: ReadonlyMap<unknown, number>;
  readonly rangeInfo: readonly number[];
  readonly nameByCode: ReadonlyMap<unknown, NameOf<Enum>>;
  readonly codeByName: ReadonlyMap<unknown, CodeOf<Enum>>;
}
/** Builds the tables of a set from its numbers. */
export declare function makeLookup<Enum, Flags>(
  data: LookupData,
): Lookup<Enum, Flags>;
/** Binds `isKnown` to a set's tables. */
export declare function makeIsKnown<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["isKnown"];
/** Binds `flagsOf` to a set's tables. */
export declare function makeFlagsOf<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["flagsOf"];
/** Binds `hasFlag` to a set's tables. */
export declare function makeHasFlag<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["hasFlag"];
/** Binds `describe` to a set's tables and its entries. */
export declare function makeDescribe<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
  entries: readonly Entry<Enum, Flags>[],
): CodeSet<Enum, Flags>["describe"];
/** Binds `nameOf` to a set's tables. */
export declare function makeNameOf<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["nameOf"];
/** Binds `codeOf` to a set's tables. */
export declare function makeCodeOf<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["codeOf"];
/** The entries: each code's texts with its name and its own flags, frozen. */
export declare function makeEntries<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
  texts: readonly EntryText[],
): CodeSet<Enum, Flags>["entries"];
/** The ranges: each range's text with its flags, frozen. */
export declare function makeRanges<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
  texts: readonly RangeText[],
): CodeSet<Enum, Flags>["ranges"];
/** `value`, frozen: the module's enum object and flags, which it cannot freeze itself without naming `Object`. */
export declare function frozen<T>(value: T): Readonly<T>;
export {};

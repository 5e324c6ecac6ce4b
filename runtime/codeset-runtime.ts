// The lookups of every package codeset-gen generates, written once. The generated module holds the
// data (the enum, the tables, the texts) and binds each helper to the data it reads; this file holds
// the logic, its types and its docs. It is copied into every package unchanged: compiled into dist/,
// and as this source into src/. Nothing here runs at import but functions the module calls.

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

/** A dense table up to this many numbers (128 KiB at most as Uint16Array); a Map and the ranges beyond. */
const MAX_TABLE_SPAN = 65536;

/** Builds the tables of a set from its numbers. */
export function makeLookup<Enum, Flags>(data: LookupData): Lookup<Enum, Flags> {
  const flagNames = data.flags as readonly FlagOf<Flags>[];
  const ids = new Map<number, number>();
  const sets: (readonly FlagOf<Flags>[])[] = [];
  const masks: number[] = [];
  const idOf = (mask: number): number => {
    let id = ids.get(mask);
    if (id === undefined) {
      id = masks.push(mask) - 1;
      sets.push(Object.freeze(flagNames.filter((_, bit) => (mask >> bit) & 1)));
      ids.set(mask, id);
    }
    return id;
  };
  idOf(data.otherwise);
  const codeInfo = new Map<unknown, number>();
  for (const [code, , mask] of data.codes)
    codeInfo.set(code, idOf(mask) * 2 + 1);
  const rangeInfo = data.ranges.map(([, , mask]) => idOf(mask) * 2);

  const bits: Record<string, number> = {};
  flagNames.forEach((flag, bit) => (bits[flag] = 1 << bit));

  let lo = Infinity;
  let hi = -Infinity;
  for (const [code] of data.codes)
    [lo, hi] = [Math.min(lo, code), Math.max(hi, code)];
  for (const [from, to] of data.ranges)
    [lo, hi] = [Math.min(lo, from), Math.max(hi, to)];
  let table: InfoTable | undefined;
  if (hi - lo < MAX_TABLE_SPAN) {
    const largest = masks.length * 2 - 1;
    const span = hi - lo + 1;
    table =
      largest <= 0xff
        ? new Uint8Array(span)
        : largest <= 0xffff
          ? new Uint16Array(span)
          : new Int32Array(span);
    data.ranges.forEach(([from, to], i) =>
      table!.fill(rangeInfo[i]!, from - lo, to - lo + 1),
    );
    for (const [code, info] of codeInfo) table[(code as number) - lo] = info;
  }
  return {
    data,
    sets,
    masks,
    bits,
    table,
    lo,
    codeInfo,
    rangeInfo,
    nameByCode: new Map(
      data.codes.map(([code, name]) => [code, name as NameOf<Enum>]),
    ),
    codeByName: new Map(
      data.codes.map(([code, name]) => [name, code as CodeOf<Enum>]),
    ),
  };
}

/** The info of any value, for sets too wide for a table: a code's, else its range's, else 0. */
function wideInfoOf<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
  value: unknown,
): number {
  const info = lookup.codeInfo.get(value);
  if (info !== undefined) return info;
  if (typeof value !== "number" || !Number.isInteger(value)) return 0;
  const { ranges } = lookup.data;
  for (let i = 0; i < ranges.length; i++) {
    const [from, to] = ranges[i]!;
    if (value >= from && value <= to) return lookup.rangeInfo[i]!;
  }
  return 0;
}

// Each helper below reads the table itself, with no shared function between: V8 runs that faster.
// `table[i]` is undefined for a negative, fractional or too large index and for NaN, read as 0;
// `+ 0` turns -0 into 0.

/** Binds `isKnown` to a set's tables. */
export function makeIsKnown<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["isKnown"] {
  const { table, lo } = lookup;
  if (table === undefined)
    return (value): value is CodeOf<Enum> => lookup.codeInfo.has(value);
  return (value): value is CodeOf<Enum> =>
    typeof value === "number" && ((table[value - lo + 0] ?? 0) & 1) === 1;
}

/** Binds `flagsOf` to a set's tables. */
export function makeFlagsOf<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["flagsOf"] {
  const { table, lo, sets } = lookup;
  if (table === undefined)
    return (value) => sets[wideInfoOf(lookup, value) >> 1]!;
  // Most numbers are in no code or range: their set is returned without reading `sets`.
  const otherwise = sets[0]!;
  return (value) => {
    if (typeof value !== "number") return otherwise;
    const info = table[value - lo + 0];
    return info === 0 || info === undefined ? otherwise : sets[info >> 1]!;
  };
}

/** Binds `hasFlag` to a set's tables. */
export function makeHasFlag<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["hasFlag"] {
  const { table, lo, masks, bits } = lookup;
  if (table === undefined)
    return (value, flag) => {
      const bit = typeof flag === "string" ? bits[flag] : undefined;
      if (typeof bit !== "number") return false;
      return (masks[wideInfoOf(lookup, value) >> 1]! & bit) !== 0;
    };
  return (value, flag) => {
    const bit = typeof flag === "string" ? bits[flag] : undefined;
    if (typeof bit !== "number") return false;
    const info = typeof value === "number" ? (table[value - lo + 0] ?? 0) : 0;
    return (masks[info >> 1]! & bit) !== 0;
  };
}

/** Binds `describe` to a set's tables and its entries. */
export function makeDescribe<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
  entries: readonly Entry<Enum, Flags>[],
): CodeSet<Enum, Flags>["describe"] {
  const { table, lo } = lookup;
  if (table === undefined) {
    const byCode = new Map<unknown, Entry<Enum, Flags>>(
      entries.map((entry) => [entry.code, entry]),
    );
    return (value) => byCode.get(value);
  }
  // One slot per number from the lowest code to the highest, read once the table says it is a code.
  // Filled with undefined first, so V8 keeps it a packed array rather than a slow dictionary.
  let codeLo = Infinity;
  let codeHi = -Infinity;
  for (const { code } of entries)
    [codeLo, codeHi] = [Math.min(codeLo, code), Math.max(codeHi, code)];
  const entryAt = new Array<Entry<Enum, Flags> | undefined>(
    Math.max(codeHi - codeLo + 1, 0),
  ).fill(undefined);
  for (const entry of entries) entryAt[entry.code - codeLo] = entry;
  return (value) =>
    typeof value === "number" && ((table[value - lo + 0] ?? 0) & 1) === 1
      ? entryAt[value - codeLo + 0]
      : undefined;
}

/** Binds `nameOf` to a set's tables. */
export function makeNameOf<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["nameOf"] {
  const { nameByCode } = lookup;
  return (value) => nameByCode.get(value);
}

/** Binds `codeOf` to a set's tables. */
export function makeCodeOf<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
): CodeSet<Enum, Flags>["codeOf"] {
  const { codeByName } = lookup;
  return (name) => codeByName.get(name);
}

/** The entries: each code's texts with its name and its own flags, frozen. */
export function makeEntries<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
  texts: readonly EntryText[],
): CodeSet<Enum, Flags>["entries"] {
  const flagsOf = makeFlagsOf(lookup);
  return Object.freeze(
    texts.map((text) =>
      Object.freeze({
        name: lookup.nameByCode.get(text.code)!,
        code: text.code as CodeOf<Enum>,
        summary: text.summary,
        description: text.description,
        flags: flagsOf(text.code),
        reference: text.reference,
        deprecated: text.deprecated ?? false,
      }),
    ),
  );
}

/** The ranges: each range's text with its flags, frozen. */
export function makeRanges<Enum, Flags>(
  lookup: Lookup<Enum, Flags>,
  texts: readonly RangeText[],
): CodeSet<Enum, Flags>["ranges"] {
  return Object.freeze(
    texts.map(({ from, to, description }, i) => {
      const flags = lookup.sets[(lookup.rangeInfo[i] ?? 0) >> 1]!;
      return Object.freeze({ from, to, description, flags });
    }),
  );
}

/** `value`, frozen: the module's enum object and flags, which it cannot freeze itself without naming `Object`. */
export function frozen<T>(value: T): Readonly<T> {
  return Object.freeze(value);
}

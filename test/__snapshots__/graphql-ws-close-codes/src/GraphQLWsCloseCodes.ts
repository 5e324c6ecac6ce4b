// generated from test/fixtures/graphql-ws.yaml by `npm run gen`; do not edit

/**
 * graphql-ws close codes
 *
 * @see https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
 */
export enum GraphQLWsCloseCodes {
  /** Internal server error. */
  InternalServerError = 4500,
  /** Internal client error. */
  InternalClientError = 4005,
  /** Bad request: the message was malformed. */
  BadRequest = 4400,
  /** The server sent a bad response. */
  BadResponse = 4004,
  /** Tried subscribing before the connect ack. */
  Unauthorized = 4401,
  /** Forbidden. */
  Forbidden = 4403,
  /** Subprotocol not acceptable. */
  SubprotocolNotAcceptable = 4406,
  /** Connection initialisation timeout. */
  ConnectionInitialisationTimeout = 4408,
  /** Connection acknowledgement timeout. */
  ConnectionAcknowledgementTimeout = 4504,
  /** Subscriber for that id already exists. */
  SubscriberAlreadyExists = 4409,
  /** Too many initialisation requests. */
  TooManyInitialisationRequests = 4429,
}

/** What each flag means, as declared in the spec. */
export const flags = {
  fatal: "The client must not reconnect after this code.",
  retryable: "The client may reconnect with backoff.",
} as const;

export type Flag = keyof typeof flags;

/** One of the defined codes. */
export type Code = GraphQLWsCloseCodes;

/** The name of one of the defined codes. */
export type CodeName = keyof typeof GraphQLWsCloseCodes;

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

// `mask` holds the code's flags as bits, in the order of `flags`.
const ENTRY_DATA = [
  {
    name: "InternalServerError",
    code: 4500,
    summary: undefined,
    description: "Internal server error.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "InternalClientError",
    code: 4005,
    summary: undefined,
    description: "Internal client error.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "BadRequest",
    code: 4400,
    summary: undefined,
    description: "Bad request: the message was malformed.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "BadResponse",
    code: 4004,
    summary: undefined,
    description: "The server sent a bad response.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Unauthorized",
    code: 4401,
    summary: undefined,
    description: "Tried subscribing before the connect ack.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Forbidden",
    code: 4403,
    summary: undefined,
    description: "Forbidden.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "SubprotocolNotAcceptable",
    code: 4406,
    summary: undefined,
    description: "Subprotocol not acceptable.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ConnectionInitialisationTimeout",
    code: 4408,
    summary: undefined,
    description: "Connection initialisation timeout.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ConnectionAcknowledgementTimeout",
    code: 4504,
    summary: undefined,
    description: "Connection acknowledgement timeout.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "SubscriberAlreadyExists",
    code: 4409,
    summary: undefined,
    description: "Subscriber for that id already exists.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TooManyInitialisationRequests",
    code: 4429,
    summary: undefined,
    description: "Too many initialisation requests.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
] as const;

// Typed rather than `as const`, so that a spec without ranges still compiles.
type RangeRecord = Omit<CodeRange, "flags"> & { readonly mask: number };

const RANGE_DATA: readonly RangeRecord[] = [
  {
    from: 4000,
    to: 4399,
    description: "Application codes outside graphql-ws.",
    mask: 2,
  },
  {
    from: 4400,
    to: 4499,
    description: "graphql-ws protocol codes; unknown ones are fatal.",
    mask: 1,
  },
];

const FLAG_NAMES = Object.keys(flags) as Flag[];
const NO_FLAGS: readonly Flag[] = Object.freeze([]);

// Each distinct mask has an id: FLAG_SETS[id] is its frozen flag list, shared by every code and
// range that has it, and SET_MASKS[id] the mask itself.
const FLAG_SETS: (readonly Flag[])[] = [NO_FLAGS];
const SET_MASKS: number[] = [0];
const setIds = new Map<number, number>([[0, 0]]);

function setIdOf(mask: number): number {
  let id = setIds.get(mask);
  if (id === undefined) {
    id = SET_MASKS.push(mask) - 1;
    FLAG_SETS.push(
      Object.freeze(FLAG_NAMES.filter((_, bit) => (mask >> bit) & 1)),
    );
    setIds.set(mask, id);
  }
  return id;
}

/** Every code, in spec order. */
export const entries: readonly Entry[] = Object.freeze(
  ENTRY_DATA.map(({ mask, ...entry }) =>
    Object.freeze({ ...entry, flags: FLAG_SETS[setIdOf(mask)]! }),
  ),
);

/** The spec's ranges, ascending; a number no code defines takes its range's flags. */
export const ranges: readonly CodeRange[] = Object.freeze(
  RANGE_DATA.map(({ mask, ...range }) =>
    Object.freeze({ ...range, flags: FLAG_SETS[setIdOf(mask)]! }),
  ),
);

/** The least and the greatest of numbers. */
function spanOf(numbers: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of numbers) {
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return [lo, hi];
}

// Lookups read dense tables indexed by number, as fast as a few comparisons: ENTRY_AT from CODE_LO
// (each code's entry), SET_AT from LO (each number's flag set id). A spec spread over more than
// 65536 numbers has no tables and looks numbers up in a Map and the ranges instead.
const [CODE_LO, CODE_HI] = spanOf(ENTRY_DATA.map(({ code }) => code));
const [LO, HI] = spanOf([
  CODE_LO,
  CODE_HI,
  ...RANGE_DATA.flatMap(({ from, to }) => [from, to]),
]);
const DENSE = HI - LO < 65536;
const CODE_SPAN = DENSE ? CODE_HI - CODE_LO + 1 : 0;
const SPAN = DENSE ? HI - LO + 1 : 0;
const ENTRY_AT = new Array<Entry | undefined>(CODE_SPAN).fill(undefined);
const SET_AT = new (FLAG_SETS.length > 255 ? Uint16Array : Uint8Array)(SPAN);
for (const { from, to, mask } of DENSE ? RANGE_DATA : []) {
  SET_AT.fill(setIdOf(mask), from - LO, to - LO + 1);
}
ENTRY_DATA.forEach(({ code, mask }, index) => {
  if (!DENSE) return;
  ENTRY_AT[code - CODE_LO] = entries[index];
  SET_AT[code - LO] = setIdOf(mask);
});
const SET_MASK = Int32Array.from(SET_MASKS);
const entryByCode = new Map<unknown, Entry>(
  DENSE ? [] : entries.map((e) => [e.code, e]),
);

/** n - lo when n is an integer from lo to lo + span - 1, else -1. */
function slotOf(n: unknown, lo: number, span: number): number {
  if (typeof n !== "number") return -1;
  const slot = n - lo;
  return slot >= 0 && slot < span && (slot | 0) === slot ? slot : -1;
}

/**
 * The flag set id of a number. A typed array reads undefined at any index that is not an integer
 * within it, which spares the range checks of slotOf; `+ 0` turns -0 into 0, which the array holds.
 */
function setIdAt(code: unknown): number {
  if (typeof code === "number") {
    const id = SET_AT[code - LO + 0];
    if (id !== undefined) return id;
  }
  return DENSE ? 0 : sparseSetIdAt(code);
}

function sparseSetIdAt(code: unknown): number {
  const entry = entryByCode.get(code);
  if (entry !== undefined) return FLAG_SETS.indexOf(entry.flags);
  if (typeof code !== "number" || !Number.isInteger(code)) return 0;
  const range = ranges.find(({ from, to }) => code >= from && code <= to);
  return range === undefined ? 0 : FLAG_SETS.indexOf(range.flags);
}

function bitOf(flag: unknown): number {
  switch (flag) {
    case "fatal":
      return 1;
    case "retryable":
      return 2;
    default:
      return 0;
  }
}

/** The entry of a defined code, or undefined for anything else. Never throws. */
export function describe(code: number): Entry | undefined {
  const slot = slotOf(code, CODE_LO, CODE_SPAN);
  if (slot >= 0) return ENTRY_AT[slot];
  return DENSE ? undefined : entryByCode.get(code);
}

/** Whether code is one of the defined codes. */
export function isKnown(code: unknown): code is Code {
  const slot = slotOf(code, CODE_LO, CODE_SPAN);
  if (slot >= 0) return ENTRY_AT[slot] !== undefined;
  return !DENSE && entryByCode.has(code);
}

/** The code's own flags when it is defined, else its range's, else none. */
export function flagsOf(code: number): readonly Flag[] {
  return FLAG_SETS[setIdAt(code)]!;
}

/** Whether flag is among flagsOf(code). */
export function hasFlag(code: number, flag: Flag): boolean {
  return (SET_MASK[setIdAt(code)]! & bitOf(flag)) !== 0;
}

/** The name of a defined code, or undefined. */
export function nameOf(code: number): CodeName | undefined {
  return describe(code)?.name;
}

const codeByName = new Map<string, Code>(
  ENTRY_DATA.map(({ name, code }) => [name, code]),
);

/** The code of a name, or undefined; only the spec's own names count. */
export function codeOf(name: string): Code | undefined {
  return codeByName.get(name);
}

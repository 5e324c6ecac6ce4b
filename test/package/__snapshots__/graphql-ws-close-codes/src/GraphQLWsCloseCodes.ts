// generated from test/fixtures/graphql-ws.yaml by `npm run gen -- --spec test/fixtures/graphql-ws.yaml`; do not edit
/* eslint-disable */

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

// Each distinct mask gets an id: FLAG_SETS[id] is its frozen list of flag names, shared by every
// code and range that has it, and SET_MASKS[id] the mask itself; id 0 is no flags.
const FLAG_SETS: (readonly Flag[])[] = [];
const SET_MASKS: number[] = [];
const setIds = new Map<number, number>();

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
setIdOf(0);

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

// The same lookups as the package's dist/: a number's info is its flag set id times 2, plus 1 when
// a code defines it. INFO holds it for every number from LO, and reads undefined at anything else
// (a negative, fractional or too large index, NaN). `+ 0` turns -0 into 0.
const LO = 4000;
const INFO = new Uint8Array(505);
for (const { from, to, mask } of RANGE_DATA) {
  INFO.fill(setIdOf(mask) * 2, from - LO, to - LO + 1);
}
for (const { code, mask } of ENTRY_DATA) {
  INFO[code - LO] = setIdOf(mask) * 2 + 1;
}

function infoOf(code: unknown): number {
  return typeof code === "number" ? (INFO[code - LO + 0] ?? 0) : 0;
}

// One slot per number from the lowest code to the highest: most numbers fail the range check
// alone, and a fractional slot reads undefined.
const CODE_LO = 4004;
const ENTRY_AT = new Array<Entry | undefined>(501).fill(undefined);
for (const entry of entries) ENTRY_AT[entry.code - CODE_LO] = entry;

/** The entry of a defined code, or undefined for anything else. Never throws. */
export function describe(code: number): Entry | undefined {
  if (typeof code !== "number") return undefined;
  const slot = code - CODE_LO;
  return slot >= 0 && slot < ENTRY_AT.length ? ENTRY_AT[slot] : undefined;
}

/** Whether code is one of the defined codes. */
export function isKnown(code: unknown): code is Code {
  return (infoOf(code) & 1) === 1;
}

/** The code's own flags when it is defined, else its range's, else none. */
export function flagsOf(code: number): readonly Flag[] {
  return FLAG_SETS[infoOf(code) >> 1]!;
}

/** Whether flag is among flagsOf(code). */
export function hasFlag(code: number, flag: Flag): boolean {
  return (SET_MASKS[infoOf(code) >> 1]! & bitOf(flag)) !== 0;
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

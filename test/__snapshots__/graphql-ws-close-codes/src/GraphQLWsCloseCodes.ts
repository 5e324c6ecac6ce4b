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

const FLAG_NAMES = Object.keys(flags) as Flag[];
const NO_FLAGS: readonly Flag[] = Object.freeze([]);
const flagSets = new Map<number, readonly Flag[]>([[0, NO_FLAGS]]);

/** The flags of a mask, one shared frozen array per distinct mask. */
function flagsIn(mask: number): readonly Flag[] {
  let set = flagSets.get(mask);
  if (set === undefined) {
    set = Object.freeze(FLAG_NAMES.filter((_, bit) => (mask >> bit) & 1));
    flagSets.set(mask, set);
  }
  return set;
}

// `mask` holds the code's flags as bits, in the order of `flags`.
const ENTRY_DATA = [
  {
    name: "InternalServerError",
    code: 4500,
    description: "Internal server error.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "InternalClientError",
    code: 4005,
    description: "Internal client error.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "BadRequest",
    code: 4400,
    description: "Bad request: the message was malformed.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "BadResponse",
    code: 4004,
    description: "The server sent a bad response.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Unauthorized",
    code: 4401,
    description: "Tried subscribing before the connect ack.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Forbidden",
    code: 4403,
    description: "Forbidden.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "SubprotocolNotAcceptable",
    code: 4406,
    description: "Subprotocol not acceptable.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ConnectionInitialisationTimeout",
    code: 4408,
    description: "Connection initialisation timeout.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ConnectionAcknowledgementTimeout",
    code: 4504,
    description: "Connection acknowledgement timeout.",
    mask: 2,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "SubscriberAlreadyExists",
    code: 4409,
    description: "Subscriber for that id already exists.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TooManyInitialisationRequests",
    code: 4429,
    description: "Too many initialisation requests.",
    mask: 1,
    reference: undefined,
    deprecated: false,
  },
] as const;

const RANGE_DATA = [
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
] as const;

/** Every code, in spec order. */
export const entries: readonly Entry[] = Object.freeze(
  ENTRY_DATA.map(({ mask, ...entry }) =>
    Object.freeze({ ...entry, flags: flagsIn(mask) }),
  ),
);

/** The spec's ranges, ascending; a number no code defines takes its range's flags. */
export const ranges: readonly CodeRange[] = Object.freeze(
  RANGE_DATA.map(({ mask, ...range }) =>
    Object.freeze({ ...range, flags: flagsIn(mask) }),
  ),
);

const CODE_MASKS = Int32Array.from(ENTRY_DATA, (entry) => entry.mask);
const RANGE_MASKS = Int32Array.from(RANGE_DATA, (range) => range.mask);

/** The position of code in entries, or -1. A switch stays O(1) where an object keyed by numbers would not. */
function indexOf(code: unknown): number {
  switch (code) {
    case 4500:
      return 0;
    case 4005:
      return 1;
    case 4400:
      return 2;
    case 4004:
      return 3;
    case 4401:
      return 4;
    case 4403:
      return 5;
    case 4406:
      return 6;
    case 4408:
      return 7;
    case 4504:
      return 8;
    case 4409:
      return 9;
    case 4429:
      return 10;
    default:
      return -1;
  }
}

/** The position of the range holding code in ranges, or -1. */
function rangeIndexOf(code: unknown): number {
  if (typeof code !== "number" || !Number.isInteger(code)) return -1;
  if (code >= 4000 && code <= 4399) return 0;
  if (code >= 4400 && code <= 4499) return 1;
  return -1;
}

function maskOf(code: unknown): number {
  const index = indexOf(code);
  if (index >= 0) return CODE_MASKS[index]!;
  const range = rangeIndexOf(code);
  return range < 0 ? 0 : RANGE_MASKS[range]!;
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
  const index = indexOf(code);
  return index < 0 ? undefined : entries[index];
}

/** Whether code is one of the defined codes. */
export function isKnown(code: unknown): code is Code {
  return indexOf(code) >= 0;
}

/** The code's own flags when it is defined, else its range's, else none. */
export function flagsOf(code: number): readonly Flag[] {
  const index = indexOf(code);
  if (index >= 0) return entries[index]!.flags;
  const range = rangeIndexOf(code);
  return range < 0 ? NO_FLAGS : ranges[range]!.flags;
}

/** Whether flag is among flagsOf(code). */
export function hasFlag(code: number, flag: Flag): boolean {
  return (maskOf(code) & bitOf(flag)) !== 0;
}

/** The name of a defined code, or undefined. */
export function nameOf(code: number): CodeName | undefined {
  const index = indexOf(code);
  return index < 0 ? undefined : entries[index]!.name;
}

/** The code of a name, or undefined; only the spec's own names count. */
export function codeOf(name: string): Code | undefined {
  switch (name) {
    case "InternalServerError":
      return 4500;
    case "InternalClientError":
      return 4005;
    case "BadRequest":
      return 4400;
    case "BadResponse":
      return 4004;
    case "Unauthorized":
      return 4401;
    case "Forbidden":
      return 4403;
    case "SubprotocolNotAcceptable":
      return 4406;
    case "ConnectionInitialisationTimeout":
      return 4408;
    case "ConnectionAcknowledgementTimeout":
      return 4504;
    case "SubscriberAlreadyExists":
      return 4409;
    case "TooManyInitialisationRequests":
      return 4429;
    default:
      return undefined;
  }
}

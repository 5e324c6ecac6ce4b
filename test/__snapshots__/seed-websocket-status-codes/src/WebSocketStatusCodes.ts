// generated from test/fixtures/seed.yaml by `npm run gen`; do not edit

/**
 * WebSocketStatusCodes
 *
 * @see http://tools.ietf.org/html/rfc6455#section-7.4.1
 */
export enum WebSocketStatusCodes {
  /** Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled. */
  NormalClosure = 1000,
  /** Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page. */
  GoingAway = 1001,
  /** Indicates that an endpoint is terminating the connection due to a protocol error. */
  ProtocolError = 1002,
  /** Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message). */
  WrongDataType = 1003,
  /** Reserved. The specific meaning might be defined in the future. */
  Reserved = 1004,
  /** A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present. */
  NoStatusCode = 1005,
  /** A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame. */
  ClosedAbnormally = 1006,
  /** Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message). */
  DataError = 1007,
  /** Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy. */
  PolicyError = 1008,
  /** Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process. */
  TooBigMessage = 1009,
  /** Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead. */
  ExtensionExpected = 1010,
  /** Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request. */
  WrongRequest = 1011,
  /** A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified). */
  TLSHandshakeError = 1015,
}

/** What each flag means, as declared in the spec. */
export const flags = {} as const;

export type Flag = keyof typeof flags;

/** One of the defined codes. */
export type Code = WebSocketStatusCodes;

/** The name of one of the defined codes. */
export type CodeName = keyof typeof WebSocketStatusCodes;

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
    name: "NormalClosure",
    code: 1000,
    summary: undefined,
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "GoingAway",
    code: 1001,
    summary: undefined,
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ProtocolError",
    code: 1002,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "WrongDataType",
    code: 1003,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Reserved",
    code: 1004,
    summary: undefined,
    description:
      "Reserved. The specific meaning might be defined in the future.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "NoStatusCode",
    code: 1005,
    summary: undefined,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ClosedAbnormally",
    code: 1006,
    summary: undefined,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "DataError",
    code: 1007,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "PolicyError",
    code: 1008,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TooBigMessage",
    code: 1009,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ExtensionExpected",
    code: 1010,
    summary: undefined,
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "WrongRequest",
    code: 1011,
    summary: undefined,
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TLSHandshakeError",
    code: 1015,
    summary: undefined,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
] as const;

// Typed rather than `as const`, so that a spec without ranges still compiles.
type RangeRecord = Omit<CodeRange, "flags"> & { readonly mask: number };

const RANGE_DATA: readonly RangeRecord[] = [];

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

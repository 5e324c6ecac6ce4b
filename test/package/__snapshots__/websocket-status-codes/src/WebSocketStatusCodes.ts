// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
/* eslint-disable */

/**
 * WebSocket close status codes
 *
 * Status codes an endpoint sends in a WebSocket Close frame to say why it closes
 * the connection (RFC 6455 section 7.4, and the IANA registry).
 *
 * @see http://tools.ietf.org/html/rfc6455#section-7.4.1
 */
export enum WebSocketStatusCodes {
  /**
   * Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  NormalClosure = 1000,
  /**
   * Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  GoingAway = 1001,
  /**
   * Indicates that an endpoint is terminating the connection due to a protocol error.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  ProtocolError = 1002,
  /**
   * Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  WrongDataType = 1003,
  /**
   * Reserved. The specific meaning might be defined in the future.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  Reserved = 1004,
  /**
   * A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  NoStatusCode = 1005,
  /**
   * A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  ClosedAbnormally = 1006,
  /**
   * Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  DataError = 1007,
  /**
   * Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  PolicyError = 1008,
  /**
   * Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  TooBigMessage = 1009,
  /**
   * Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  ExtensionExpected = 1010,
  /**
   * Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  WrongRequest = 1011,
  /**
   * Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s.
   *
   * @see https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
   */
  ServiceRestart = 1012,
  /**
   * Indicates that the service is experiencing overload. A client should only connect to a different IP (when there are multiple for the target) or reconnect to the same IP upon user action.
   *
   * @see https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
   */
  TryAgainLater = 1013,
  /**
   * Indicates that the server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to the 502 HTTP status code.
   *
   * @see https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html
   */
  BadGateway = 1014,
  /**
   * A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  TLSHandshakeError = 1015,
}

/** What each flag means, as declared in the spec. */
export const flags = {
  reserved: "MUST NOT be set as a status code in a Close frame by an endpoint.",
  browserRejected:
    "A browser's WebSocket.close(code) throws an InvalidAccessError for this code; browsers accept only 1000 and 3000-4999.",
} as const;

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
    summary: "Normal Closure",
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
    mask: 0,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "GoingAway",
    code: 1001,
    summary: "Going Away",
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ProtocolError",
    code: 1002,
    summary: "Protocol error",
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "WrongDataType",
    code: 1003,
    summary: "Unsupported Data",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "Reserved",
    code: 1004,
    summary: "Reserved",
    description:
      "Reserved. The specific meaning might be defined in the future.",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "NoStatusCode",
    code: 1005,
    summary: "No Status Rcvd",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ClosedAbnormally",
    code: 1006,
    summary: "Abnormal Closure",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "DataError",
    code: 1007,
    summary: "Invalid frame payload data",
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "PolicyError",
    code: 1008,
    summary: "Policy Violation",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "TooBigMessage",
    code: 1009,
    summary: "Message Too Big",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ExtensionExpected",
    code: 1010,
    summary: "Mandatory Ext.",
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "WrongRequest",
    code: 1011,
    summary: "Internal Error",
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ServiceRestart",
    code: 1012,
    summary: "Service Restart",
    description:
      "Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s.",
    mask: 2,
    reference:
      "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
    deprecated: false,
  },
  {
    name: "TryAgainLater",
    code: 1013,
    summary: "Try Again Later",
    description:
      "Indicates that the service is experiencing overload. A client should only connect to a different IP (when there are multiple for the target) or reconnect to the same IP upon user action.",
    mask: 2,
    reference:
      "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
    deprecated: false,
  },
  {
    name: "BadGateway",
    code: 1014,
    summary: "Bad Gateway",
    description:
      "Indicates that the server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to the 502 HTTP status code.",
    mask: 2,
    reference:
      "https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html",
    deprecated: false,
  },
  {
    name: "TLSHandshakeError",
    code: 1015,
    summary: "TLS handshake",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
] as const;

// Typed rather than `as const`, so that a spec without ranges still compiles.
type RangeRecord = Omit<CodeRange, "flags"> & { readonly mask: number };

const RANGE_DATA: readonly RangeRecord[] = [
  {
    from: 0,
    to: 999,
    description: "Not used.",
    mask: 3,
  },
  {
    from: 1000,
    to: 2999,
    description:
      "Reserved for definition by this protocol, its future revisions, and extensions specified in a permanent and readily available public specification.",
    mask: 3,
  },
  {
    from: 3000,
    to: 3999,
    description:
      "Reserved for use by libraries, frameworks, and applications, registered with IANA. Their meaning is not defined by the protocol.",
    mask: 0,
  },
  {
    from: 4000,
    to: 4999,
    description:
      "Reserved for private use; cannot be registered. Their meaning is agreed between applications.",
    mask: 0,
  },
  {
    from: 5000,
    to: 65535,
    description: "Defined by no specification.",
    mask: 3,
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
    case "reserved":
      return 1;
    case "browserRejected":
      return 2;
    default:
      return 0;
  }
}

// The same lookups as the package's dist/: a number's info is its flag set id times 2, plus 1 when
// a code defines it. INFO holds it for every number from LO, and reads undefined at anything else
// (a negative, fractional or too large index, NaN). `+ 0` turns -0 into 0.
const LO = 0;
const INFO = new Uint8Array(65536);
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
const CODE_LO = 1000;
const ENTRY_AT = new Array<Entry | undefined>(16).fill(undefined);
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

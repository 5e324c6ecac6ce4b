// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit

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
    name: "NormalClosure",
    code: 1000,
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
    mask: 0,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "GoingAway",
    code: 1001,
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ProtocolError",
    code: 1002,
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "WrongDataType",
    code: 1003,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "Reserved",
    code: 1004,
    description:
      "Reserved. The specific meaning might be defined in the future.",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "NoStatusCode",
    code: 1005,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ClosedAbnormally",
    code: 1006,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "DataError",
    code: 1007,
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "PolicyError",
    code: 1008,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "TooBigMessage",
    code: 1009,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ExtensionExpected",
    code: 1010,
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "WrongRequest",
    code: 1011,
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
    mask: 2,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ServiceRestart",
    code: 1012,
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
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).",
    mask: 3,
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
] as const;

const RANGE_DATA = [
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
    case 1000:
      return 0;
    case 1001:
      return 1;
    case 1002:
      return 2;
    case 1003:
      return 3;
    case 1004:
      return 4;
    case 1005:
      return 5;
    case 1006:
      return 6;
    case 1007:
      return 7;
    case 1008:
      return 8;
    case 1009:
      return 9;
    case 1010:
      return 10;
    case 1011:
      return 11;
    case 1012:
      return 12;
    case 1013:
      return 13;
    case 1014:
      return 14;
    case 1015:
      return 15;
    default:
      return -1;
  }
}

/** The position of the range holding code in ranges, or -1. */
function rangeIndexOf(code: unknown): number {
  if (typeof code !== "number" || !Number.isInteger(code)) return -1;
  if (code >= 0 && code <= 999) return 0;
  if (code >= 1000 && code <= 2999) return 1;
  if (code >= 3000 && code <= 3999) return 2;
  if (code >= 4000 && code <= 4999) return 3;
  if (code >= 5000 && code <= 65535) return 4;
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
    case "reserved":
      return 1;
    case "browserRejected":
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
    case "NormalClosure":
      return 1000;
    case "GoingAway":
      return 1001;
    case "ProtocolError":
      return 1002;
    case "WrongDataType":
      return 1003;
    case "Reserved":
      return 1004;
    case "NoStatusCode":
      return 1005;
    case "ClosedAbnormally":
      return 1006;
    case "DataError":
      return 1007;
    case "PolicyError":
      return 1008;
    case "TooBigMessage":
      return 1009;
    case "ExtensionExpected":
      return 1010;
    case "WrongRequest":
      return 1011;
    case "ServiceRestart":
      return 1012;
    case "TryAgainLater":
      return 1013;
    case "BadGateway":
      return 1014;
    case "TLSHandshakeError":
      return 1015;
    default:
      return undefined;
  }
}

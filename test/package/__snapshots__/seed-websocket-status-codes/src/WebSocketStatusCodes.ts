// generated from test/fixtures/seed.yaml by `npm run gen -- --spec test/fixtures/seed.yaml`; do not edit
/* eslint-disable */

import * as codeset from "./codeset-runtime.js";

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
export const flags = /* @__PURE__ */ codeset.frozen({});

type codes = typeof WebSocketStatusCodes;
type api = codeset.CodeSet<codes, typeof flags>;

/** A flag of WebSocketStatusCodes: a key of `flags`. */
export type WebSocketStatusCodesFlag = keyof typeof flags;
/** The name of a code of WebSocketStatusCodes. */
export type WebSocketStatusCodesName = keyof typeof WebSocketStatusCodes;
/** A code of WebSocketStatusCodes with its texts and flags, as `describe()` returns it. */
export type WebSocketStatusCodesEntry = codeset.Entry<codes, typeof flags>;
/** A range of WebSocketStatusCodes, as `ranges` lists it. */
export type WebSocketStatusCodesRange = codeset.CodeRange<typeof flags>;

// The numbers the lookups read, without any text: each code's own flags and each range's as bits in
// the order of `flags`, and `otherwise`, the flags of every value no code or range holds.
const lookup = /* @__PURE__ */ codeset.makeLookup<codes, typeof flags>({
  flags: [],
  otherwise: 0,
  ranges: [],
  codes: [
    [1000, "NormalClosure", 0],
    [1001, "GoingAway", 0],
    [1002, "ProtocolError", 0],
    [1003, "WrongDataType", 0],
    [1004, "Reserved", 0],
    [1005, "NoStatusCode", 0],
    [1006, "ClosedAbnormally", 0],
    [1007, "DataError", 0],
    [1008, "PolicyError", 0],
    [1009, "TooBigMessage", 0],
    [1010, "ExtensionExpected", 0],
    [1011, "WrongRequest", 0],
    [1015, "TLSHandshakeError", 0],
  ],
});

// The lists' docs repeat the runtime's CodeSet (a test checks): TypeScript shows a method's docs on
// a constant of its type, but not a property's.
/** Every code, in spec order. */
export const entries = /* @__PURE__ */ codeset.makeEntries(lookup, [
  {
    code: 1000,
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
  },
  {
    code: 1001,
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
  },
  {
    code: 1002,
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
  },
  {
    code: 1003,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
  },
  {
    code: 1004,
    description:
      "Reserved. The specific meaning might be defined in the future.",
  },
  {
    code: 1005,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
  },
  {
    code: 1006,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
  },
  {
    code: 1007,
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
  },
  {
    code: 1008,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
  },
  {
    code: 1009,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
  },
  {
    code: 1010,
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
  },
  {
    code: 1011,
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
  },
  {
    code: 1015,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).",
  },
]);

/** The spec's ranges, ascending; a number no code defines takes its range's flags. */
export const ranges = /* @__PURE__ */ codeset.makeRanges(lookup, []);

export const isKnown = /* @__PURE__ */ codeset.makeIsKnown(lookup);
export const flagsOf = /* @__PURE__ */ codeset.makeFlagsOf(lookup);
export const hasFlag = /* @__PURE__ */ codeset.makeHasFlag(lookup);
export const describe = /* @__PURE__ */ codeset.makeDescribe(lookup, entries);
export const nameOf = /* @__PURE__ */ codeset.makeNameOf(lookup);
export const codeOf = /* @__PURE__ */ codeset.makeCodeOf(lookup);

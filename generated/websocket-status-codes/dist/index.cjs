// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
/* eslint-disable */
"use strict";

const codeset = require("./codeset-runtime.cjs");

const WebSocketStatusCodes = {
  NormalClosure: 1000,
  1000: "NormalClosure",
  GoingAway: 1001,
  1001: "GoingAway",
  ProtocolError: 1002,
  1002: "ProtocolError",
  WrongDataType: 1003,
  1003: "WrongDataType",
  Reserved: 1004,
  1004: "Reserved",
  NoStatusCode: 1005,
  1005: "NoStatusCode",
  ClosedAbnormally: 1006,
  1006: "ClosedAbnormally",
  DataError: 1007,
  1007: "DataError",
  PolicyError: 1008,
  1008: "PolicyError",
  TooBigMessage: 1009,
  1009: "TooBigMessage",
  ExtensionExpected: 1010,
  1010: "ExtensionExpected",
  WrongRequest: 1011,
  1011: "WrongRequest",
  ServiceRestart: 1012,
  1012: "ServiceRestart",
  TryAgainLater: 1013,
  1013: "TryAgainLater",
  BadGateway: 1014,
  1014: "BadGateway",
  TLSHandshakeError: 1015,
  1015: "TLSHandshakeError",
};

/** What each flag means, as declared in the spec. */
const flags = /* @__PURE__ */ codeset.frozen({
  reserved: "MUST NOT be set as a status code in a Close frame by an endpoint.",
  browserRejected:
    "A browser's WebSocket.close(code) throws an InvalidAccessError for this value or sends another number; browsers accept only the integers 1000 and 3000-4999.",
});

// The numbers the lookups read, without any text: each code's own flags and each range's as bits in
// the order of `flags`, and `otherwise`, the flags of every value no code or range holds.
const lookup = /* @__PURE__ */ codeset.makeLookup({
  flags: ["reserved", "browserRejected"],
  otherwise: 3,
  ranges: [
    [0, 999, 3],
    [1000, 2999, 3],
    [3000, 3999, 0],
    [4000, 4999, 0],
    [5000, 65535, 3],
  ],
  codes: [
    [1000, "NormalClosure", 0],
    [1001, "GoingAway", 2],
    [1002, "ProtocolError", 2],
    [1003, "WrongDataType", 2],
    [1004, "Reserved", 3],
    [1005, "NoStatusCode", 3],
    [1006, "ClosedAbnormally", 3],
    [1007, "DataError", 2],
    [1008, "PolicyError", 2],
    [1009, "TooBigMessage", 2],
    [1010, "ExtensionExpected", 2],
    [1011, "WrongRequest", 2],
    [1012, "ServiceRestart", 2],
    [1013, "TryAgainLater", 2],
    [1014, "BadGateway", 2],
    [1015, "TLSHandshakeError", 3],
  ],
});

// The lists' docs repeat the runtime's CodeSet (a test checks): TypeScript shows a method's docs on
// a constant of its type, but not a property's.
/** Every code, in spec order. */
const entries = /* @__PURE__ */ codeset.makeEntries(lookup, [
  {
    code: 1000,
    summary: "Normal Closure",
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1001,
    summary: "Going Away",
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1002,
    summary: "Protocol error",
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1003,
    summary: "Unsupported Data",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1004,
    summary: "Reserved",
    description:
      "Reserved. The specific meaning might be defined in the future.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1005,
    summary: "No Status Rcvd",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1006,
    summary: "Abnormal Closure",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1007,
    summary: "Invalid frame payload data",
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1008,
    summary: "Policy Violation",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1009,
    summary: "Message Too Big",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1010,
    summary: "Mandatory Ext.",
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1011,
    summary: "Internal Error",
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
  {
    code: 1012,
    summary: "Service Restart",
    description:
      "Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s.",
    reference:
      "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
  },
  {
    code: 1013,
    summary: "Try Again Later",
    description:
      "Indicates that the service is experiencing overload. A client should only connect to a different IP (when there are multiple for the target) or reconnect to the same IP upon user action.",
    reference:
      "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html",
  },
  {
    code: 1014,
    summary: "Bad Gateway",
    description:
      "Indicates that the server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to the 502 HTTP status code.",
    reference:
      "https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html",
  },
  {
    code: 1015,
    summary: "TLS handshake",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
  },
]);

/** The spec's ranges, ascending; a number no code defines takes its range's flags. */
const ranges = /* @__PURE__ */ codeset.makeRanges(lookup, [
  {
    from: 0,
    to: 999,
    description: "Not used.",
  },
  {
    from: 1000,
    to: 2999,
    description:
      "Reserved for definition by this protocol, its future revisions, and extensions specified in a permanent and readily available public specification.",
  },
  {
    from: 3000,
    to: 3999,
    description:
      "Reserved for use by libraries, frameworks, and applications, registered with IANA. Their meaning is not defined by the protocol.",
  },
  {
    from: 4000,
    to: 4999,
    description:
      "Reserved for private use; cannot be registered. Their meaning is agreed between applications.",
  },
  {
    from: 5000,
    to: 65535,
    description: "Defined by no specification.",
  },
]);

const isKnown = /* @__PURE__ */ codeset.makeIsKnown(lookup);
const flagsOf = /* @__PURE__ */ codeset.makeFlagsOf(lookup);
const hasFlag = /* @__PURE__ */ codeset.makeHasFlag(lookup);
const describe = /* @__PURE__ */ codeset.makeDescribe(lookup, entries);
const nameOf = /* @__PURE__ */ codeset.makeNameOf(lookup);
const codeOf = /* @__PURE__ */ codeset.makeCodeOf(lookup);

module.exports = {
  WebSocketStatusCodes,
  flags,
  entries,
  ranges,
  isKnown,
  flagsOf,
  hasFlag,
  describe,
  nameOf,
  codeOf,
};

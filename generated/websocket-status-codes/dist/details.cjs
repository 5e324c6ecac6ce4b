// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
/* eslint-disable */
"use strict";

const main = require("./index.cjs");

const { flags, flagsOf } = main;

// Each code's prose, in spec order; its flags come from the main module.
const ENTRY_DATA = [
  {
    name: "NormalClosure",
    code: 1000,
    summary: "Normal Closure",
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "GoingAway",
    code: 1001,
    summary: "Going Away",
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ProtocolError",
    code: 1002,
    summary: "Protocol error",
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "WrongDataType",
    code: 1003,
    summary: "Unsupported Data",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "Reserved",
    code: 1004,
    summary: "Reserved",
    description:
      "Reserved. The specific meaning might be defined in the future.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "NoStatusCode",
    code: 1005,
    summary: "No Status Rcvd",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ClosedAbnormally",
    code: 1006,
    summary: "Abnormal Closure",
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "DataError",
    code: 1007,
    summary: "Invalid frame payload data",
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "PolicyError",
    code: 1008,
    summary: "Policy Violation",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "TooBigMessage",
    code: 1009,
    summary: "Message Too Big",
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ExtensionExpected",
    code: 1010,
    summary: "Mandatory Ext.",
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "WrongRequest",
    code: 1011,
    summary: "Internal Error",
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
  {
    name: "ServiceRestart",
    code: 1012,
    summary: "Service Restart",
    description:
      "Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s.",
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
    reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1",
    deprecated: false,
  },
];

// `mask` holds the range's flags as bits, in the order of `flags`.
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
];

const entries = Object.freeze(
  ENTRY_DATA.map((entry) =>
    Object.freeze({ ...entry, flags: flagsOf(entry.code) }),
  ),
);

const FLAG_NAMES = Object.keys(flags);

const ranges = Object.freeze(
  RANGE_DATA.map(({ from, to, description, mask }) =>
    Object.freeze({
      from,
      to,
      description,
      flags: Object.freeze(FLAG_NAMES.filter((_, bit) => (mask >> bit) & 1)),
    }),
  ),
);

// One slot per number from the lowest code to the highest: most numbers fail the range check
// alone, and a fractional slot reads undefined.
const CODE_LO = 1000;
const ENTRY_AT = new Array(16).fill(undefined);
for (const entry of entries) ENTRY_AT[entry.code - CODE_LO] = entry;

function describe(code) {
  if (typeof code !== "number") return undefined;
  const slot = code - CODE_LO;
  return slot >= 0 && slot < ENTRY_AT.length ? ENTRY_AT[slot] : undefined;
}

module.exports = { ...main, entries, ranges, describe };

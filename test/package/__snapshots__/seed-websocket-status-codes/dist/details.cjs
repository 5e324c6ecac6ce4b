// generated from test/fixtures/seed.yaml by `npm run gen -- --spec test/fixtures/seed.yaml`; do not edit
/* eslint-disable */
"use strict";

const main = require("./index.cjs");

const { flags, flagsOf } = main;

// Each code's prose, in spec order; its flags come from the main module.
const ENTRY_DATA = [
  {
    name: "NormalClosure",
    code: 1000,
    summary: undefined,
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "GoingAway",
    code: 1001,
    summary: undefined,
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ProtocolError",
    code: 1002,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "WrongDataType",
    code: 1003,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Reserved",
    code: 1004,
    summary: undefined,
    description:
      "Reserved. The specific meaning might be defined in the future.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "NoStatusCode",
    code: 1005,
    summary: undefined,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ClosedAbnormally",
    code: 1006,
    summary: undefined,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "DataError",
    code: 1007,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "PolicyError",
    code: 1008,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TooBigMessage",
    code: 1009,
    summary: undefined,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ExtensionExpected",
    code: 1010,
    summary: undefined,
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "WrongRequest",
    code: 1011,
    summary: undefined,
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TLSHandshakeError",
    code: 1015,
    summary: undefined,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).",
    reference: undefined,
    deprecated: false,
  },
];

// `mask` holds the range's flags as bits, in the order of `flags`.
const RANGE_DATA = [];

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

// generated from test/fixtures/graphql-ws.yaml by `npm run gen -- --spec test/fixtures/graphql-ws.yaml`; do not edit
/* eslint-disable */

import { flags, flagsOf } from "./index.js";

// Each code's prose, in spec order; its flags come from the main module.
const ENTRY_DATA = [
  {
    name: "InternalServerError",
    code: 4500,
    summary: undefined,
    description: "Internal server error.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "InternalClientError",
    code: 4005,
    summary: undefined,
    description: "Internal client error.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "BadRequest",
    code: 4400,
    summary: undefined,
    description: "Bad request: the message was malformed.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "BadResponse",
    code: 4004,
    summary: undefined,
    description: "The server sent a bad response.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Unauthorized",
    code: 4401,
    summary: undefined,
    description: "Tried subscribing before the connect ack.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Forbidden",
    code: 4403,
    summary: undefined,
    description: "Forbidden.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "SubprotocolNotAcceptable",
    code: 4406,
    summary: undefined,
    description: "Subprotocol not acceptable.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ConnectionInitialisationTimeout",
    code: 4408,
    summary: undefined,
    description: "Connection initialisation timeout.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ConnectionAcknowledgementTimeout",
    code: 4504,
    summary: undefined,
    description: "Connection acknowledgement timeout.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "SubscriberAlreadyExists",
    code: 4409,
    summary: undefined,
    description: "Subscriber for that id already exists.",
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TooManyInitialisationRequests",
    code: 4429,
    summary: undefined,
    description: "Too many initialisation requests.",
    reference: undefined,
    deprecated: false,
  },
];

// `mask` holds the range's flags as bits, in the order of `flags`.
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
const CODE_LO = 4004;
const ENTRY_AT = new Array(501).fill(undefined);
for (const entry of entries) ENTRY_AT[entry.code - CODE_LO] = entry;

function describe(code) {
  if (typeof code !== "number") return undefined;
  const slot = code - CODE_LO;
  return slot >= 0 && slot < ENTRY_AT.length ? ENTRY_AT[slot] : undefined;
}

export * from "./index.js";
export { entries, ranges, describe };

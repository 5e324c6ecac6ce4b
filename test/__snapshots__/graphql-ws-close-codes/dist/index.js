// generated from test/fixtures/graphql-ws.yaml by `npm run gen`; do not edit

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
];

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

const flags = Object.freeze({
  fatal: "The client must not reconnect after this code.",
  retryable: "The client may reconnect with backoff.",
});

const GraphQLWsCloseCodes = {};
for (const { name, code } of ENTRY_DATA) {
  GraphQLWsCloseCodes[name] = code;
  GraphQLWsCloseCodes[code] = name;
}
Object.freeze(GraphQLWsCloseCodes);

const FLAG_NAMES = Object.keys(flags);
const NO_FLAGS = Object.freeze([]);
const flagSets = new Map([[0, NO_FLAGS]]);

function flagsIn(mask) {
  let set = flagSets.get(mask);
  if (set === undefined) {
    set = Object.freeze(FLAG_NAMES.filter((_, bit) => (mask >> bit) & 1));
    flagSets.set(mask, set);
  }
  return set;
}

const entries = Object.freeze(
  ENTRY_DATA.map(({ mask, ...entry }) =>
    Object.freeze({ ...entry, flags: flagsIn(mask) }),
  ),
);

const ranges = Object.freeze(
  RANGE_DATA.map(({ mask, ...range }) =>
    Object.freeze({ ...range, flags: flagsIn(mask) }),
  ),
);

const CODE_MASKS = Int32Array.from(ENTRY_DATA, (entry) => entry.mask);
const RANGE_MASKS = Int32Array.from(RANGE_DATA, (range) => range.mask);

function indexOf(code) {
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

function rangeIndexOf(code) {
  if (typeof code !== "number" || !Number.isInteger(code)) return -1;
  if (code >= 4000 && code <= 4399) return 0;
  if (code >= 4400 && code <= 4499) return 1;
  return -1;
}

function maskOf(code) {
  const index = indexOf(code);
  if (index >= 0) return CODE_MASKS[index];
  const range = rangeIndexOf(code);
  return range < 0 ? 0 : RANGE_MASKS[range];
}

function bitOf(flag) {
  switch (flag) {
    case "fatal":
      return 1;
    case "retryable":
      return 2;
    default:
      return 0;
  }
}

function describe(code) {
  const index = indexOf(code);
  return index < 0 ? undefined : entries[index];
}

function isKnown(code) {
  return indexOf(code) >= 0;
}

function flagsOf(code) {
  const index = indexOf(code);
  if (index >= 0) return entries[index].flags;
  const range = rangeIndexOf(code);
  return range < 0 ? NO_FLAGS : ranges[range].flags;
}

function hasFlag(code, flag) {
  return (maskOf(code) & bitOf(flag)) !== 0;
}

function nameOf(code) {
  const index = indexOf(code);
  return index < 0 ? undefined : entries[index].name;
}

function codeOf(name) {
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

export {
  GraphQLWsCloseCodes,
  flags,
  entries,
  ranges,
  describe,
  isKnown,
  flagsOf,
  hasFlag,
  nameOf,
  codeOf,
};

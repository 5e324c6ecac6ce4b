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
const FLAG_SETS = [NO_FLAGS];
const SET_MASKS = [0];
const setIds = new Map([[0, 0]]);

function setIdOf(mask) {
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

const entries = Object.freeze(
  ENTRY_DATA.map(({ mask, ...entry }) =>
    Object.freeze({ ...entry, flags: FLAG_SETS[setIdOf(mask)] }),
  ),
);

const ranges = Object.freeze(
  RANGE_DATA.map(({ mask, ...range }) =>
    Object.freeze({ ...range, flags: FLAG_SETS[setIdOf(mask)] }),
  ),
);
function spanOf(numbers) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of numbers) {
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  return [lo, hi];
}
const [CODE_LO, CODE_HI] = spanOf(ENTRY_DATA.map(({ code }) => code));
const [LO, HI] = spanOf([
  CODE_LO,
  CODE_HI,
  ...RANGE_DATA.flatMap(({ from, to }) => [from, to]),
]);
const DENSE = HI - LO < 65536;
const CODE_SPAN = DENSE ? CODE_HI - CODE_LO + 1 : 0;
const SPAN = DENSE ? HI - LO + 1 : 0;
const ENTRY_AT = new Array(CODE_SPAN).fill(undefined);
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
const entryByCode = new Map(DENSE ? [] : entries.map((e) => [e.code, e]));
function slotOf(n, lo, span) {
  if (typeof n !== "number") return -1;
  const slot = n - lo;
  return slot >= 0 && slot < span && (slot | 0) === slot ? slot : -1;
}

function setIdAt(code) {
  if (typeof code === "number") {
    const id = SET_AT[code - LO + 0];
    if (id !== undefined) return id;
  }
  return DENSE ? 0 : sparseSetIdAt(code);
}

function sparseSetIdAt(code) {
  const entry = entryByCode.get(code);
  if (entry !== undefined) return FLAG_SETS.indexOf(entry.flags);
  if (typeof code !== "number" || !Number.isInteger(code)) return 0;
  const range = ranges.find(({ from, to }) => code >= from && code <= to);
  return range === undefined ? 0 : FLAG_SETS.indexOf(range.flags);
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
  const slot = slotOf(code, CODE_LO, CODE_SPAN);
  if (slot >= 0) return ENTRY_AT[slot];
  return DENSE ? undefined : entryByCode.get(code);
}

function isKnown(code) {
  const slot = slotOf(code, CODE_LO, CODE_SPAN);
  if (slot >= 0) return ENTRY_AT[slot] !== undefined;
  return !DENSE && entryByCode.has(code);
}

function flagsOf(code) {
  return FLAG_SETS[setIdAt(code)];
}

function hasFlag(code, flag) {
  return (SET_MASK[setIdAt(code)] & bitOf(flag)) !== 0;
}

function nameOf(code) {
  return describe(code)?.name;
}

const codeByName = new Map(ENTRY_DATA.map(({ name, code }) => [name, code]));

function codeOf(name) {
  return codeByName.get(name);
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

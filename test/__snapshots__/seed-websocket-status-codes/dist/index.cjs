// generated from test/fixtures/seed.yaml by `npm run gen`; do not edit
"use strict";

const ENTRY_DATA = [
  {
    name: "NormalClosure",
    code: 1000,
    description:
      "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "GoingAway",
    code: 1001,
    description:
      'Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.',
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ProtocolError",
    code: 1002,
    description:
      "Indicates that an endpoint is terminating the connection due to a protocol error.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "WrongDataType",
    code: 1003,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "Reserved",
    code: 1004,
    description:
      "Reserved. The specific meaning might be defined in the future.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "NoStatusCode",
    code: 1005,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ClosedAbnormally",
    code: 1006,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "DataError",
    code: 1007,
    description:
      "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "PolicyError",
    code: 1008,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TooBigMessage",
    code: 1009,
    description:
      "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "ExtensionExpected",
    code: 1010,
    description:
      "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "WrongRequest",
    code: 1011,
    description:
      "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
  {
    name: "TLSHandshakeError",
    code: 1015,
    description:
      "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).",
    mask: 0,
    reference: undefined,
    deprecated: false,
  },
];

const RANGE_DATA = [];

const flags = Object.freeze({});

const WebSocketStatusCodes = {};
for (const { name, code } of ENTRY_DATA) {
  WebSocketStatusCodes[name] = code;
  WebSocketStatusCodes[code] = name;
}
Object.freeze(WebSocketStatusCodes);

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

module.exports = {
  WebSocketStatusCodes,
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

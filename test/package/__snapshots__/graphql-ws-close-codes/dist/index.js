// generated from test/fixtures/graphql-ws.yaml by `npm run gen -- --spec test/fixtures/graphql-ws.yaml`; do not edit
/* eslint-disable */

// Each code: [number, name, its own flags as bits in the order of `flags`].
const CODES = [
  [4500, "InternalServerError", 2],
  [4005, "InternalClientError", 2],
  [4400, "BadRequest", 1],
  [4004, "BadResponse", 1],
  [4401, "Unauthorized", 1],
  [4403, "Forbidden", 1],
  [4406, "SubprotocolNotAcceptable", 1],
  [4408, "ConnectionInitialisationTimeout", 2],
  [4504, "ConnectionAcknowledgementTimeout", 2],
  [4409, "SubscriberAlreadyExists", 1],
  [4429, "TooManyInitialisationRequests", 1],
];

// Each range: [from, to, flags as bits]; a number no code defines takes its range's flags.
const RANGES = [
  [4000, 4399, 2],
  [4400, 4499, 1],
];

const flags = Object.freeze({
  fatal: "The client must not reconnect after this code.",
  retryable: "The client may reconnect with backoff.",
});

const GraphQLWsCloseCodes = {};
for (const [code, name] of CODES) {
  GraphQLWsCloseCodes[name] = code;
  GraphQLWsCloseCodes[code] = name;
}
Object.freeze(GraphQLWsCloseCodes);

// Each distinct mask gets an id: FLAG_SETS[id] is its frozen list of flag names, shared by every
// code and range that has it, and SET_MASKS[id] the mask itself; id 0 is no flags.
const FLAG_NAMES = Object.keys(flags);
const FLAG_SETS = [];
const SET_MASKS = [];
const setIds = new Map();

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
setIdOf(0);

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

// A number's info is its flag set id times 2, plus 1 when a code defines it. INFO holds it for
// every number from LO, and reads undefined at anything else (a negative, fractional or too large
// index, NaN), which `& 1` and `>> 1` read as 0. `+ 0` turns -0 into 0. Each helper reads INFO
// itself: V8 runs that faster than a shared infoOf() (npm run bench).
const LO = 4000;
const INFO = new Uint8Array(505);
for (const [from, to, mask] of RANGES) {
  INFO.fill(setIdOf(mask) * 2, from - LO, to - LO + 1);
}
for (const [code, , mask] of CODES) INFO[code - LO] = setIdOf(mask) * 2 + 1;

function isKnown(code) {
  const info = typeof code === "number" ? INFO[code - LO + 0] : 0;
  return (info & 1) === 1;
}

function flagsOf(code) {
  const info = typeof code === "number" ? INFO[code - LO + 0] : 0;
  return FLAG_SETS[info >> 1];
}

function hasFlag(code, flag) {
  const info = typeof code === "number" ? INFO[code - LO + 0] : 0;
  return (SET_MASKS[info >> 1] & bitOf(flag)) !== 0;
}

const nameByCode = new Map(CODES.map(([code, name]) => [code, name]));
const codeByName = new Map(CODES.map(([code, name]) => [name, code]));

function nameOf(code) {
  return nameByCode.get(code);
}

function codeOf(name) {
  return codeByName.get(name);
}

export {
  GraphQLWsCloseCodes,
  flags,
  isKnown,
  flagsOf,
  hasFlag,
  nameOf,
  codeOf,
};

// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
/* eslint-disable */

// Each code: [number, name, its own flags as bits in the order of `flags`].
const CODES = [
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
];

// Each range: [from, to, flags as bits]; a number no code defines takes its range's flags.
const RANGES = [
  [0, 999, 3],
  [1000, 2999, 3],
  [3000, 3999, 0],
  [4000, 4999, 0],
  [5000, 65535, 3],
];

const flags = Object.freeze({
  reserved: "MUST NOT be set as a status code in a Close frame by an endpoint.",
  browserRejected:
    "A browser's WebSocket.close(code) throws an InvalidAccessError for this code; browsers accept only 1000 and 3000-4999.",
});

const WebSocketStatusCodes = {};
for (const [code, name] of CODES) {
  WebSocketStatusCodes[name] = code;
  WebSocketStatusCodes[code] = name;
}
Object.freeze(WebSocketStatusCodes);

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
    case "reserved":
      return 1;
    case "browserRejected":
      return 2;
    default:
      return 0;
  }
}

// A number's info is its flag set id times 2, plus 1 when a code defines it. INFO holds it for
// every number from LO, and reads undefined at anything else (a negative, fractional or too large
// index, NaN), which `& 1` and `>> 1` read as 0. `+ 0` turns -0 into 0. Each helper reads INFO
// itself: V8 runs that faster than a shared infoOf() (npm run bench).
const LO = 0;
const INFO = new Uint8Array(65536);
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
  WebSocketStatusCodes,
  flags,
  isKnown,
  flagsOf,
  hasFlag,
  nameOf,
  codeOf,
};

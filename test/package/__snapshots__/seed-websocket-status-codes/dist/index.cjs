// generated from test/fixtures/seed.yaml by `npm run gen -- --spec test/fixtures/seed.yaml`; do not edit
/* eslint-disable */
"use strict";

// Each code: [number, name, its own flags as bits in the order of `flags`].
const CODES = [
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
];

// Each range: [from, to, flags as bits]; a number no code defines takes its range's flags.
const RANGES = [];

const flags = Object.freeze({});

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
    default:
      return 0;
  }
}

// A number's info is its flag set id times 2, plus 1 when a code defines it. INFO holds it for
// every number from LO, and reads undefined at anything else (a negative, fractional or too large
// index, NaN), which `& 1` and `>> 1` read as 0. `+ 0` turns -0 into 0. Each helper reads INFO
// itself: V8 runs that faster than a shared infoOf() (npm run bench).
const LO = 1000;
const INFO = new Uint8Array(16);
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

module.exports = {
  WebSocketStatusCodes,
  flags,
  isKnown,
  flagsOf,
  hasFlag,
  nameOf,
  codeOf,
};

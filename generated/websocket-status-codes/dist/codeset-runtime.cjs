// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
/* eslint-disable */

"use strict";
// The lookups of every package codeset-gen generates, written once. The generated module holds the
// data (the enum, the tables, the texts) and binds each helper to the data it reads; this file holds
// the logic, its types and its docs. It is copied into every package unchanged: compiled into dist/,
// and as this source into src/. Nothing here runs at import but functions the module calls.
Object.defineProperty(exports, "__esModule", { value: true });
exports.makeLookup = makeLookup;
exports.makeIsKnown = makeIsKnown;
exports.makeFlagsOf = makeFlagsOf;
exports.makeHasFlag = makeHasFlag;
exports.makeDescribe = makeDescribe;
exports.makeNameOf = makeNameOf;
exports.makeCodeOf = makeCodeOf;
exports.makeEntries = makeEntries;
exports.makeRanges = makeRanges;
exports.frozen = frozen;
/** A dense table up to this many numbers (128 KiB at most as Uint16Array); a Map and the ranges beyond. */
const MAX_TABLE_SPAN = 65536;
/** Builds the tables of a set from its numbers. */
function makeLookup(data) {
  const flagNames = data.flags;
  const ids = new Map();
  const sets = [];
  const masks = [];
  const idOf = (mask) => {
    let id = ids.get(mask);
    if (id === undefined) {
      id = masks.push(mask) - 1;
      sets.push(Object.freeze(flagNames.filter((_, bit) => (mask >> bit) & 1)));
      ids.set(mask, id);
    }
    return id;
  };
  idOf(data.otherwise);
  const codeInfo = new Map();
  for (const [code, , mask] of data.codes)
    codeInfo.set(code, idOf(mask) * 2 + 1);
  const rangeInfo = data.ranges.map(([, , mask]) => idOf(mask) * 2);
  const bits = {};
  flagNames.forEach((flag, bit) => (bits[flag] = 1 << bit));
  let lo = Infinity;
  let hi = -Infinity;
  for (const [code] of data.codes)
    [lo, hi] = [Math.min(lo, code), Math.max(hi, code)];
  for (const [from, to] of data.ranges)
    [lo, hi] = [Math.min(lo, from), Math.max(hi, to)];
  let table;
  if (hi - lo < MAX_TABLE_SPAN) {
    const largest = masks.length * 2 - 1;
    const span = hi - lo + 1;
    table =
      largest <= 0xff
        ? new Uint8Array(span)
        : largest <= 0xffff
          ? new Uint16Array(span)
          : new Int32Array(span);
    data.ranges.forEach(([from, to], i) =>
      table.fill(rangeInfo[i], from - lo, to - lo + 1),
    );
    for (const [code, info] of codeInfo) table[code - lo] = info;
  }
  return {
    data,
    sets,
    masks,
    bits,
    table,
    lo,
    codeInfo,
    rangeInfo,
    nameByCode: new Map(data.codes.map(([code, name]) => [code, name])),
    codeByName: new Map(data.codes.map(([code, name]) => [name, code])),
  };
}
/** The info of any value, for sets too wide for a table: a code's, else its range's, else 0. */
function wideInfoOf(lookup, value) {
  const info = lookup.codeInfo.get(value);
  if (info !== undefined) return info;
  if (typeof value !== "number" || !Number.isInteger(value)) return 0;
  const { ranges } = lookup.data;
  for (let i = 0; i < ranges.length; i++) {
    const [from, to] = ranges[i];
    if (value >= from && value <= to) return lookup.rangeInfo[i];
  }
  return 0;
}
// Each helper below reads the table itself, with no shared function between: V8 runs that faster.
// `table[i]` is undefined for a negative, fractional or too large index and for NaN, read as 0;
// `+ 0` turns -0 into 0.
/** Binds `isKnown` to a set's tables. */
function makeIsKnown(lookup) {
  const { table, lo } = lookup;
  if (table === undefined) return (value) => lookup.codeInfo.has(value);
  return (value) =>
    typeof value === "number" && ((table[value - lo + 0] ?? 0) & 1) === 1;
}
/** Binds `flagsOf` to a set's tables. */
function makeFlagsOf(lookup) {
  const { table, lo, sets } = lookup;
  if (table === undefined)
    return (value) => sets[wideInfoOf(lookup, value) >> 1];
  // Most numbers are in no code or range: their set is returned without reading `sets`.
  const otherwise = sets[0];
  return (value) => {
    if (typeof value !== "number") return otherwise;
    const info = table[value - lo + 0];
    return info === 0 || info === undefined ? otherwise : sets[info >> 1];
  };
}
/** Binds `hasFlag` to a set's tables. */
function makeHasFlag(lookup) {
  const { table, lo, masks, bits } = lookup;
  if (table === undefined)
    return (value, flag) => {
      const bit = typeof flag === "string" ? bits[flag] : undefined;
      if (typeof bit !== "number") return false;
      return (masks[wideInfoOf(lookup, value) >> 1] & bit) !== 0;
    };
  return (value, flag) => {
    const bit = typeof flag === "string" ? bits[flag] : undefined;
    if (typeof bit !== "number") return false;
    const info = typeof value === "number" ? (table[value - lo + 0] ?? 0) : 0;
    return (masks[info >> 1] & bit) !== 0;
  };
}
/** Binds `describe` to a set's tables and its entries. */
function makeDescribe(lookup, entries) {
  const { table, lo } = lookup;
  if (table === undefined) {
    const byCode = new Map(entries.map((entry) => [entry.code, entry]));
    return (value) => byCode.get(value);
  }
  // One slot per number from the lowest code to the highest, read once the table says it is a code.
  // Filled with undefined first, so V8 keeps it a packed array rather than a slow dictionary.
  let codeLo = Infinity;
  let codeHi = -Infinity;
  for (const { code } of entries)
    [codeLo, codeHi] = [Math.min(codeLo, code), Math.max(codeHi, code)];
  const entryAt = new Array(Math.max(codeHi - codeLo + 1, 0)).fill(undefined);
  for (const entry of entries) entryAt[entry.code - codeLo] = entry;
  return (value) =>
    typeof value === "number" && ((table[value - lo + 0] ?? 0) & 1) === 1
      ? entryAt[value - codeLo + 0]
      : undefined;
}
/** Binds `nameOf` to a set's tables. */
function makeNameOf(lookup) {
  const { nameByCode } = lookup;
  return (value) => nameByCode.get(value);
}
/** Binds `codeOf` to a set's tables. */
function makeCodeOf(lookup) {
  const { codeByName } = lookup;
  return (name) => codeByName.get(name);
}
/** The entries: each code's texts with its name and its own flags, frozen. */
function makeEntries(lookup, texts) {
  const flagsOf = makeFlagsOf(lookup);
  return Object.freeze(
    texts.map((text) =>
      Object.freeze({
        name: lookup.nameByCode.get(text.code),
        code: text.code,
        summary: text.summary,
        description: text.description,
        flags: flagsOf(text.code),
        reference: text.reference,
        deprecated: text.deprecated ?? false,
      }),
    ),
  );
}
/** The ranges: each range's text with its flags, frozen. */
function makeRanges(lookup, texts) {
  return Object.freeze(
    texts.map(({ from, to, description }, i) => {
      const flags = lookup.sets[(lookup.rangeInfo[i] ?? 0) >> 1];
      return Object.freeze({ from, to, description, flags });
    }),
  );
}
/** `value`, frozen: the module's enum object and flags, which it cannot freeze itself without naming `Object`. */
function frozen(value) {
  return Object.freeze(value);
}

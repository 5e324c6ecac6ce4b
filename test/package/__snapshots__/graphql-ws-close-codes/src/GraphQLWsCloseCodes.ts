// generated from test/fixtures/graphql-ws.yaml by `npm run gen -- --spec test/fixtures/graphql-ws.yaml`; do not edit
/* eslint-disable */

import * as codeset from "./codeset-runtime.js";

/**
 * graphql-ws close codes
 *
 * @see https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
 */
export enum GraphQLWsCloseCodes {
  /** Internal server error. */
  InternalServerError = 4500,
  /** Internal client error. */
  InternalClientError = 4005,
  /** Bad request: the message was malformed. */
  BadRequest = 4400,
  /** The server sent a bad response. */
  BadResponse = 4004,
  /** Tried subscribing before the connect ack. */
  Unauthorized = 4401,
  /** Forbidden. */
  Forbidden = 4403,
  /** Subprotocol not acceptable. */
  SubprotocolNotAcceptable = 4406,
  /** Connection initialisation timeout. */
  ConnectionInitialisationTimeout = 4408,
  /** Connection acknowledgement timeout. */
  ConnectionAcknowledgementTimeout = 4504,
  /** Subscriber for that id already exists. */
  SubscriberAlreadyExists = 4409,
  /** Too many initialisation requests. */
  TooManyInitialisationRequests = 4429,
}

/** What each flag means, as declared in the spec. */
export const flags = /* @__PURE__ */ codeset.frozen({
  fatal: "The client must not reconnect after this code.",
  retryable: "The client may reconnect with backoff.",
});

type codes = typeof GraphQLWsCloseCodes;
type api = codeset.CodeSet<codes, typeof flags>;

/** A flag of GraphQLWsCloseCodes: a key of `flags`. */
export type GraphQLWsCloseCodesFlag = keyof typeof flags;
/** The name of a code of GraphQLWsCloseCodes. */
export type GraphQLWsCloseCodesName = keyof typeof GraphQLWsCloseCodes;
/** A code of GraphQLWsCloseCodes with its texts and flags, as `describe()` returns it. */
export type GraphQLWsCloseCodesEntry = codeset.Entry<codes, typeof flags>;
/** A range of GraphQLWsCloseCodes, as `ranges` lists it. */
export type GraphQLWsCloseCodesRange = codeset.CodeRange<typeof flags>;

// The numbers the lookups read, without any text: each code's own flags and each range's as bits in
// the order of `flags`, and `otherwise`, the flags of every value no code or range holds.
const lookup = /* @__PURE__ */ codeset.makeLookup<codes, typeof flags>({
  flags: ["fatal", "retryable"],
  otherwise: 0,
  ranges: [
    [4000, 4399, 2],
    [4400, 4499, 1],
  ],
  codes: [
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
  ],
});

// The lists' docs repeat the runtime's CodeSet (a test checks): TypeScript shows a method's docs on
// a constant of its type, but not a property's.
/** Every code, in spec order. */
export const entries = /* @__PURE__ */ codeset.makeEntries(lookup, [
  {
    code: 4500,
    description: "Internal server error.",
  },
  {
    code: 4005,
    description: "Internal client error.",
  },
  {
    code: 4400,
    description: "Bad request: the message was malformed.",
  },
  {
    code: 4004,
    description: "The server sent a bad response.",
  },
  {
    code: 4401,
    description: "Tried subscribing before the connect ack.",
  },
  {
    code: 4403,
    description: "Forbidden.",
  },
  {
    code: 4406,
    description: "Subprotocol not acceptable.",
  },
  {
    code: 4408,
    description: "Connection initialisation timeout.",
  },
  {
    code: 4504,
    description: "Connection acknowledgement timeout.",
  },
  {
    code: 4409,
    description: "Subscriber for that id already exists.",
  },
  {
    code: 4429,
    description: "Too many initialisation requests.",
  },
]);

/** The spec's ranges, ascending; a number no code defines takes its range's flags. */
export const ranges = /* @__PURE__ */ codeset.makeRanges(lookup, [
  {
    from: 4000,
    to: 4399,
    description: "Application codes outside graphql-ws.",
  },
  {
    from: 4400,
    to: 4499,
    description: "graphql-ws protocol codes; unknown ones are fatal.",
  },
]);

export const isKnown = /* @__PURE__ */ codeset.makeIsKnown(lookup);
export const flagsOf = /* @__PURE__ */ codeset.makeFlagsOf(lookup);
export const hasFlag = /* @__PURE__ */ codeset.makeHasFlag(lookup);
export const describe = /* @__PURE__ */ codeset.makeDescribe(lookup, entries);
export const nameOf = /* @__PURE__ */ codeset.makeNameOf(lookup);
export const codeOf = /* @__PURE__ */ codeset.makeCodeOf(lookup);

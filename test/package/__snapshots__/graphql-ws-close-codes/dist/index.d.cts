// generated from test/fixtures/graphql-ws.yaml by `npm run gen -- --spec test/fixtures/graphql-ws.yaml`; do not edit
/* eslint-disable */

import type * as codeset from "./codeset-runtime.cjs";

/**
 * graphql-ws close codes
 *
 * @see https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
 */
export declare enum GraphQLWsCloseCodes {
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
export declare const flags: {
  readonly fatal: string;
  readonly retryable: string;
};

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

/** Every code, in spec order. */
export declare const entries: api["entries"];
/** The spec's ranges, ascending; a number no code defines takes its range's flags. */
export declare const ranges: api["ranges"];
export declare const isKnown: api["isKnown"];
export declare const flagsOf: api["flagsOf"];
export declare const hasFlag: api["hasFlag"];
export declare const describe: api["describe"];
export declare const nameOf: api["nameOf"];
export declare const codeOf: api["codeOf"];

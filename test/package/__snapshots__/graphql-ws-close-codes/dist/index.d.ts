// generated from test/fixtures/graphql-ws.yaml by `npm run gen -- --spec test/fixtures/graphql-ws.yaml`; do not edit
/* eslint-disable */

/**
 * graphql-ws close codes
 *
 * Each code's description: `describe()` from `graphql-ws-close-codes/details`.
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

export type Flag = keyof typeof flags;

/** One of the defined codes. */
export type Code = GraphQLWsCloseCodes;

/** The name of one of the defined codes. */
export type CodeName = keyof typeof GraphQLWsCloseCodes;

/** Whether code is one of the defined codes. */
export declare function isKnown(code: unknown): code is Code;
/** The code's own flags when it is defined, else its range's, else none. */
export declare function flagsOf(code: number): readonly Flag[];
/** Whether flag is among flagsOf(code). */
export declare function hasFlag(code: number, flag: Flag): boolean;
/** The name of a defined code, or undefined. */
export declare function nameOf(code: number): CodeName | undefined;
/** The code of a name, or undefined; only the spec's own names count. */
export declare function codeOf(name: string): Code | undefined;

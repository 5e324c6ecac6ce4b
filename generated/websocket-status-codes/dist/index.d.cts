// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
/* eslint-disable */

import type * as codeset from "./codeset-runtime.cjs";

/**
 * WebSocket close status codes
 *
 * Status codes an endpoint sends in a WebSocket Close frame to say why it closes
 * the connection (RFC 6455 section 7.4, and the IANA registry).
 *
 * @see http://tools.ietf.org/html/rfc6455#section-7.4.1
 */
export declare enum WebSocketStatusCodes {
  /**
   * Normal Closure
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  NormalClosure = 1000,
  /**
   * Going Away
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  GoingAway = 1001,
  /**
   * Protocol error
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  ProtocolError = 1002,
  /**
   * Unsupported Data
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  WrongDataType = 1003,
  /**
   * Reserved
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  Reserved = 1004,
  /**
   * No Status Rcvd
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  NoStatusCode = 1005,
  /**
   * Abnormal Closure
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  ClosedAbnormally = 1006,
  /**
   * Invalid frame payload data
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  DataError = 1007,
  /**
   * Policy Violation
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  PolicyError = 1008,
  /**
   * Message Too Big
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  TooBigMessage = 1009,
  /**
   * Mandatory Ext.
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  ExtensionExpected = 1010,
  /**
   * Internal Error
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  WrongRequest = 1011,
  /**
   * Service Restart
   *
   * @see https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
   */
  ServiceRestart = 1012,
  /**
   * Try Again Later
   *
   * @see https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html
   */
  TryAgainLater = 1013,
  /**
   * Bad Gateway
   *
   * @see https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html
   */
  BadGateway = 1014,
  /**
   * TLS handshake
   *
   * @see https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1
   */
  TLSHandshakeError = 1015,
}

/** What each flag means, as declared in the spec. */
export declare const flags: {
  readonly reserved: string;
  readonly browserRejected: string;
};

type codes = typeof WebSocketStatusCodes;
type api = codeset.CodeSet<codes, typeof flags>;

/** A flag of WebSocketStatusCodes: a key of `flags`. */
export type WebSocketStatusCodesFlag = keyof typeof flags;
/** The name of a code of WebSocketStatusCodes. */
export type WebSocketStatusCodesName = keyof typeof WebSocketStatusCodes;
/** A code of WebSocketStatusCodes with its texts and flags, as `describe()` returns it. */
export type WebSocketStatusCodesEntry = codeset.Entry<codes, typeof flags>;
/** A range of WebSocketStatusCodes, as `ranges` lists it. */
export type WebSocketStatusCodesRange = codeset.CodeRange<typeof flags>;

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

// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
/* eslint-disable */

/**
 * WebSocket close status codes
 *
 * Status codes an endpoint sends in a WebSocket Close frame to say why it closes
 * the connection (RFC 6455 section 7.4, and the IANA registry).
 *
 * Each code's description: `describe()` from `websocket-status-codes/details`.
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

export type Flag = keyof typeof flags;

/** One of the defined codes. */
export type Code = WebSocketStatusCodes;

/** The name of one of the defined codes. */
export type CodeName = keyof typeof WebSocketStatusCodes;

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

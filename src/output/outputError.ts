// The error of an output that cannot be written: one line for the user, and whether anything changed.

/** An output cannot be written or replaced (a foreign file, a held lock, a full disk); the message says what and where. */
export class OutputError extends Error {
  override name = "OutputError";
}

// JSON text: spec values as JSON literals.

/** A JSON value literal. */
export function jsonValue(value: unknown): string {
  return JSON.stringify(value);
}

// The shapes of names in a spec, and how one name is made from another: written once, used by the
// validator, the schema, init and import.

/** A spec's `name`: it names the enum and the files. */
export const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
/** A code's name: a TypeScript identifier (the validator refuses `$` with a message of its own). */
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
export const FLAG_NAME = /^[a-z][A-Za-z0-9]*$/;
/** Names an enum or object literal cannot carry. */
export const FORBIDDEN_CODE_NAMES: ReadonlySet<string> = new Set([
  "__proto__",
  "NaN",
  "Infinity",
]);
/** The doc page's own section anchors, which no code's anchor (its lower-cased name) may take. */
export const PAGE_ANCHORS: ReadonlySet<string> = new Set([
  "fields",
  "flags",
  "ranges",
]);
export const URL_PATTERN = /^https?:\/\/[^\s<>"]+$/;
export const NPM_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
export const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** AppCloseCodes -> app-close-codes: the package name of a spec without a `package` key, and init's file names. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

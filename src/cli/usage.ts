// The help text and the error that means "bad usage" (exit status 2).

export const USAGE = `Usage: codeset [gen] [options]
       codeset init [--name Name] [--from websocket] [--force]   (see codeset init --help)
       codeset import SOURCE [--enum NAME] [--name Name] [--out FILE]   (see codeset import --help)
       codeset --version

Generates a TypeScript enum with helpers, a JSON Schema, a doc page and an npm
package from each spec (npm run gen -- [options]). \`codeset import\` writes a
spec from a TypeScript enum, an IANA registry's CSV or a JSON list of codes.

Options:
  --spec FILE          one spec to generate (default: every spec/*.yaml and spec/*.yml)
  --out DIR            output folder for --spec (default: generated/<package.name>)
  --check              write nothing; exit 1 naming each stale, missing or extra file
  --watch              regenerate on every change to a spec or template; Ctrl-C stops
  --templates DIR      lay DIR/outputs and DIR/partials over the built-in templates
                       (repeatable; later folders win, and win over the spec's \`templates\`)
  --fail-on-breaking   exit 1 and write nothing when a code is removed, renumbered or
                       its number reused, compared with the current output
  -h, --help           show this help

Exit status: 0 done, 1 invalid spec or stale output, 2 bad usage.`;

export class UsageError extends Error {}

/** Thrown when a command cannot even start (no specs to work on): exit status 2, like bad usage. */
export class NothingToDoError extends Error {}

/** Errors that mean exit 2; parseArgs reports unknown flags, missing values and stray arguments as ERR_PARSE_ARGS_*. */
export function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError || error instanceof NothingToDoError)
    return true;
  return (
    (error as { code?: unknown })?.code
      ?.toString()
      .startsWith("ERR_PARSE_ARGS") === true
  );
}

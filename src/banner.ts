// The "generated from ...; do not edit" banner, as the writer and the output mapping read it to tell our files from the user's.

/** How far into a file the banner may sit: the first lines hold it in every output (JSON after `{` and `$schema`). */
const BANNER_LINES = 5;
const BANNER_CHARS = 4096;
const BANNER = /generated from .+ by .+ do not edit/i;

/** Whether a file's text starts with the banner, the mark of a file this generator wrote. */
export function carriesBanner(text: string): boolean {
  return text
    .slice(0, BANNER_CHARS)
    .split("\n", BANNER_LINES)
    .some((line) => BANNER.test(line));
}

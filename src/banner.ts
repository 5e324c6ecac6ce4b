// The "generated from ...; do not edit" banner: written once here, read by the writer to tell our files from the user's.

/**
 * The banner's text, without comment markers: the spec's path and the command that regenerates the
 * outputs, each with every character that could end a comment escaped (line terminators and other
 * control or format characters as `\u{...}`, the `>` of `-->`), so the banner stays one line of comment
 * in every language.
 */
export function bannerText(source: string, command: string): string {
  return `generated from ${escapeForComment(source)} by \`${escapeForComment(command)}\`; do not edit`;
}

function escapeForComment(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]|(?<=--!?)>/gu,
    (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`,
  );
}

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

// JavaScript and TypeScript outputs tell linters to leave them alone: a generated file is not the host's to lint.
import { carriesBanner } from "../banner.js";

const SCRIPT_FILE = /\.[cm]?[jt]sx?$/;
export const LINT_DIRECTIVE = "/* eslint-disable */";
/** The first lines, where the banner sits (see banner.ts) and where the directive goes. */
const HEAD_LINES = 5;

/**
 * A script output with `/* eslint-disable *\/` on the line after its banner (or first, when it has
 * none), which eslint honours for the whole file whatever rules a host enables (`quotes`,
 * `no-bitwise`, ...). Applied to every template's output, so custom templates get it too; other files
 * and outputs that already carry it in their first lines are returned as they are. The built-in script
 * templates write it themselves, after their banner: inserting it copies the whole output (at 10,000
 * codes, about 16 MiB more peak RSS). Only the head is split into lines: such an output has millions of
 * characters past it.
 */
export function withLintDirective(file: string, text: string): string {
  if (!SCRIPT_FILE.test(file)) return text;
  const headEnd = endOfLine(text, HEAD_LINES);
  const head = text.slice(0, headEnd).split("\n");
  if (head.includes(LINT_DIRECTIVE)) return text;
  const banner = head.findIndex((line) => carriesBanner(line));
  const at = banner === -1 ? 0 : endOfLine(text, banner + 1) + 1;
  if (at > text.length) return `${text}\n${LINT_DIRECTIVE}`;
  return `${text.slice(0, at)}${LINT_DIRECTIVE}\n${text.slice(at)}`;
}

/** The offset of the newline that ends line `count` (1-based), or the text's length when it has fewer lines. */
function endOfLine(text: string, count: number): number {
  let offset = -1;
  for (let line = 0; line < count; line++) {
    offset = text.indexOf("\n", offset + 1);
    if (offset === -1) return text.length;
  }
  return offset;
}

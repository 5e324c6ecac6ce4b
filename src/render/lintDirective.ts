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
 * and outputs that already carry it in their first lines are returned as they are.
 */
export function withLintDirective(file: string, text: string): string {
  if (!SCRIPT_FILE.test(file)) return text;
  const lines = text.split("\n");
  const head = lines.slice(0, HEAD_LINES);
  if (head.includes(LINT_DIRECTIVE)) return text;
  const banner = head.findIndex((line) => carriesBanner(line));
  lines.splice(banner + 1, 0, LINT_DIRECTIVE);
  return lines.join("\n");
}

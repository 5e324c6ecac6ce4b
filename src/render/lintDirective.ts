// JavaScript and TypeScript outputs tell linters to leave them alone: a generated file is not the host's to lint.

const SCRIPT_FILE = /\.[cm]?[jt]sx?$/;
export const LINT_DIRECTIVE = "/* eslint-disable */";

/**
 * A script output with `/* eslint-disable *\/` under its banner (or first, when it has none), which
 * eslint honours for the whole file whatever rules a host enables (`quotes`, `no-bitwise`, ...).
 * Applied to every template's output, so custom templates get it too; other files are returned as they are.
 */
export function withLintDirective(file: string, text: string): string {
  if (!SCRIPT_FILE.test(file)) return text;
  const firstLine = text.slice(0, text.indexOf("\n") + 1);
  if (text.slice(firstLine.length).startsWith(`${LINT_DIRECTIVE}\n`))
    return text;
  return /^\/\/ generated from /.test(firstLine)
    ? `${firstLine}${LINT_DIRECTIVE}\n${text.slice(firstLine.length)}`
    : `${LINT_DIRECTIVE}\n${text}`;
}

#!/usr/bin/env node
// The program `codeset`: runs the command line, and turns an error nobody foresaw into one line and exit
// status 1 instead of a stack trace (CODESET_DEBUG=1 prints the stack as well, for a bug report).
import { printable } from "../project.js";
import { main } from "./commandLine.js";
import { writeErr } from "./terminal.js";

function internalError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  writeErr(
    `codeset: internal error: ${printable(message.split("\n")[0] ?? "")} (please report it, with the command that caused it)\n`,
  );
  if (process.env.CODESET_DEBUG && error instanceof Error)
    writeErr(`${error.stack}\n`);
  process.exitCode = 1;
}

process.on("uncaughtException", (error) => {
  internalError(error);
  process.exit(1);
});

// Not a top-level await: the build bundles this entry as CommonJS (build/bundle.mjs).
void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
}, internalError);

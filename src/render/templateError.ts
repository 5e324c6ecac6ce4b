// A template that fails to parse or render, as a diagnostic at the template's file and line.
import path from "node:path";
import { SpecError } from "../spec/diagnostics.js";
import type { TemplatePlace } from "./templateGuards.js";

export function templateError(file: string, error: unknown): SpecError {
  const message = error instanceof Error ? error.message : String(error);
  // A rendering error carries the template it happened in (a partial, maybe) and the line of the call that failed.
  const place = (error ?? {}) as TemplatePlace;
  const line =
    place.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const col = (place.column ?? 0) + 1;
  const where = path
    .relative(process.cwd(), place.templateFile ?? file)
    .split(path.sep)
    .join("/");
  // Parse errors quote the line with a caret between their first line (where) and last line (what was expected).
  const lines = message.split("\n");
  const summary =
    lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : message;
  return new SpecError([
    { file: where, line, col, message: `template error: ${summary}` },
  ]);
}

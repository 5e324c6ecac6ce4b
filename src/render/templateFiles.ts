// Where templates live and how a folder of them is listed: shared by the run (templates.ts) and the
// build step that precompiles the built-in ones (precompileTemplates.ts).
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TOOLCHAIN_ROOT } from "../toolchain.js";

/** The templates shipped with the generator. */
export const BUILT_IN_TEMPLATES = fileURLToPath(
  new URL("templates", TOOLCHAIN_ROOT),
);

/** The built-in templates, precompiled by `npm run build` (see precompileTemplates.ts). */
export const PRECOMPILED_TEMPLATES = fileURLToPath(
  new URL("lib/render/builtInTemplates.cjs", TOOLCHAIN_ROOT),
);

/** Options every template is compiled with, at build time and at run time alike. */
export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: false,
  preventIndent: true,
} as const;

/** Every *.hbs below dir, as posix paths relative to it; none when dir is missing. */
export function listTemplates(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries
    .filter((file) => file.endsWith(".hbs"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

// Where templates live and how a folder of them is listed: shared by the run (templates.ts) and the
// build step that precompiles the built-in ones (precompileTemplates.ts).
import { readdirSync, statSync, type Dirent } from "node:fs";
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

/** Every *.hbs file below dir (a folder named x.hbs is not one), as posix paths relative to it; none when dir is missing. */
export function listTemplates(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.name.endsWith(".hbs") && isFile(entry))
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

/** A regular file, or a symbolic link to one. */
function isFile(entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path.join(entry.parentPath, entry.name)).isFile();
  } catch {
    return false;
  }
}

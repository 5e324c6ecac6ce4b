// The runtime every generated package ships beside its data: the texts `npm run build` compiles from
// runtime/codeset-runtime.ts into lib/runtime/, which templates copy as they are.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TOOLCHAIN_ROOT } from "../toolchain.js";

const RUNTIME_DIR = new URL("lib/runtime/", TOOLCHAIN_ROOT);

/** The source, the ESM and CommonJS builds and their declarations. */
export const RUNTIME_FILES = [
  "codeset-runtime.ts",
  "codeset-runtime.js",
  "codeset-runtime.cjs",
  "codeset-runtime.d.ts",
  "codeset-runtime.d.cts",
] as const;

/** One of RUNTIME_FILES, as built. */
export function runtimeText(file: string): string {
  if (!(RUNTIME_FILES as readonly string[]).includes(file))
    throw new Error(
      `runtime "${file}" is not a runtime file; one of: ${RUNTIME_FILES.join(", ")}`,
    );
  const url = new URL(file, RUNTIME_DIR);
  try {
    return readFileSync(url, "utf8");
  } catch {
    throw new Error(
      `${fileURLToPath(url)} is missing: run \`npm run build\` to compile the runtime`,
    );
  }
}

// The TypeScript compiler, loaded only when a .ts source is imported: the user's project's own first (the
// version their code is written for), else the one installed beside the toolchain; it is an optional peer.
import { createRequire } from "node:module";
import path from "node:path";
import type * as TypeScript from "typescript";

export type TypeScriptApi = typeof TypeScript;

export interface LoadedTypeScript {
  ts: TypeScriptApi;
  /** Where it was found, for messages. */
  file: string;
}

/** typescript as `cwd` resolves it, else as the toolchain does; undefined when neither has it. */
export function loadTypeScript(cwd: string): LoadedTypeScript | undefined {
  const places = [path.join(cwd, "package.json"), import.meta.url];
  for (const place of places) {
    const require = createRequire(place);
    let file: string;
    try {
      file = require.resolve("typescript");
    } catch {
      continue;
    }
    return { ts: require(file) as TypeScriptApi, file };
  }
  return undefined;
}

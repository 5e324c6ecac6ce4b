// Part of `npm run build`: bundles the compiled CLI (lib/cli/main.js and everything it imports, with yaml
// and Handlebars' runtime) into one CommonJS file, lib/codeset.cjs, which bin/codeset.cjs runs: one file
// to read and compile instead of a hundred modules. Then runs it once on the default spec, so that V8
// records the code it compiled as lib/codeset.cjs.cache, which bin/codeset.cjs hands back to V8.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUNDLE = path.join(ROOT, "lib", "codeset.cjs");

await build({
  entryPoints: [path.join(ROOT, "lib", "cli", "main.js")],
  outfile: BUNDLE,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Loaded from the user's project or the toolchain's dependencies, only by the commands that need them.
  external: ["typescript", "prettier"],
  inject: [
    path.join(import.meta.dirname, "importMetaUrl.mjs"),
    path.join(import.meta.dirname, "precompiledTemplates.mjs"),
  ],
  define: { "import.meta.url": "importMetaUrl" },
  logLevel: "warning",
});

// The code cache: what V8 compiled during one representative run (every output of the default spec).
const scratch = mkdtempSync(path.join(os.tmpdir(), "codeset-code-cache-"));
try {
  cpSync(
    path.join(ROOT, "spec", "websocket-status-codes.yaml"),
    path.join(scratch, "spec", "websocket-status-codes.yaml"),
  );
  writeFileSync(path.join(scratch, "package.json"), "{}\n");
  const cache = `${BUNDLE}.cache`;
  rmSync(cache, { force: true });
  execFileSync(
    process.execPath,
    [path.join(ROOT, "bin", "codeset.cjs"), "gen"],
    {
      cwd: scratch,
      env: { ...process.env, CODESET_WRITE_CODE_CACHE: cache },
      stdio: "pipe",
    },
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

#!/usr/bin/env node
// The `codeset` command: runs the bundled CLI, lib/codeset.cjs (made by `npm run build`), handing V8
// the code cache the build recorded for it (lib/codeset.cjs.cache), so a run starts with compiled code.
// A cache V8 cannot use (another Node.js version) is ignored; the run is then only slower.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const bundle = path.join(__dirname, "..", "lib", "codeset.cjs");
const cacheFile = `${bundle}.cache`;
let source;
try {
  source = readFileSync(bundle, "utf8");
} catch {
  process.stderr.write(
    `codeset: ${bundle} is missing; run \`npm run build\` in the codeset-gen folder\n`,
  );
  process.exit(1);
}
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: V8 compiles as usual.
}
// The bundle runs as the CommonJS module it is, in its own folder; its first line may be a shebang.
const script = new vm.Script(Module.wrap(source.replace(/^#!.*/, "")), {
  filename: bundle,
  cachedData,
});
const bundleModule = new Module(bundle, module);
bundleModule.filename = bundle;
bundleModule.paths = Module._nodeModulePaths(path.dirname(bundle));
// Set by build/bundle.mjs: record what this run compiled, for the runs to come.
const recordTo = process.env.CODESET_WRITE_CODE_CACHE;
if (recordTo)
  process.once("exit", () =>
    writeFileSync(recordTo, script.createCachedData()),
  );
script
  .runInThisContext()
  .call(
    bundleModule.exports,
    bundleModule.exports,
    Module.createRequire(bundle),
    bundleModule,
    bundle,
    path.dirname(bundle),
  );

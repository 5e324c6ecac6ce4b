// Part of `npm run build`: compiles runtime/codeset-runtime.ts with the TypeScript compiler, as ESM
// (with its .d.ts) and as CommonJS, lays the output out as prettier does, and writes it with the
// source under lib/runtime/, where `gen` copies every package's runtime from without compiling.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import ts from "typescript";

const HERE = import.meta.dirname;
const SOURCE = path.join(HERE, "codeset-runtime.ts");
const OUT = path.join(HERE, "..", "lib", "runtime");

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(HERE, "tsconfig.json"),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail },
);

/** The emitted files of one compilation, by extension (.js, .d.ts). */
function compile(options) {
  const program = ts.createProgram([SOURCE], {
    ...config.options,
    ...options,
    noEmit: false,
  });
  const emitted = {};
  const result = program.emit(undefined, (file, text) => {
    emitted[file.endsWith(".d.ts") ? ".d.ts" : path.extname(file)] = text;
  });
  const diagnostics = [
    ...ts.getPreEmitDiagnostics(program),
    ...result.diagnostics,
  ];
  if (diagnostics.length > 0) fail(...diagnostics);
  return emitted;
}

function fail(...diagnostics) {
  process.stderr.write(
    ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (file) => file,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => "\n",
    }),
  );
  process.exit(1);
}

const esm = compile({ module: ts.ModuleKind.ES2020, declaration: true });
// verbatimModuleSyntax keeps `export` as written, which a CommonJS emit must rewrite.
const cjs = compile({
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  verbatimModuleSyntax: false,
  declaration: false,
});
const files = {
  "codeset-runtime.ts": readFileSync(SOURCE, "utf8"),
  "codeset-runtime.js": esm[".js"],
  "codeset-runtime.d.ts": esm[".d.ts"],
  "codeset-runtime.cjs": cjs[".js"],
  // The declarations hold no import or export form that differs between the two module systems.
  "codeset-runtime.d.cts": esm[".d.ts"],
};
mkdirSync(OUT, { recursive: true });
for (const [name, text] of Object.entries(files))
  writeFileSync(
    path.join(OUT, name),
    await prettier.format(text, { filepath: name }),
  );

// Part of `npm run build`: precompiles every built-in template to JavaScript, so that a run loads only
// Handlebars' small runtime, not its compiler. Each entry keeps its source text: a run uses an entry
// only while the template on disk is that very text (an edited template is compiled at run time).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import {
  BUILT_IN_TEMPLATES,
  COMPILE_OPTIONS,
  listTemplates,
  PRECOMPILED_TEMPLATES,
} from "./templateFiles.js";

function precompiledModule(): string {
  const entries = ["partials", "outputs"].flatMap((kind) =>
    listTemplates(path.join(BUILT_IN_TEMPLATES, kind)).map((file) => {
      const key = `${kind}/${file}`;
      const source = readFileSync(path.join(BUILT_IN_TEMPLATES, key), "utf8");
      const spec = Handlebars.precompile(source, COMPILE_OPTIONS);
      return `  ${JSON.stringify(key)}: { source: ${JSON.stringify(source)}, spec: ${String(spec)} },`;
    }),
  );
  return `// Made by \`npm run build\` from templates/ (src/render/precompileTemplates.ts); do not edit.\n"use strict";\nmodule.exports = {\n${entries.join("\n")}\n};\n`;
}

writeFileSync(PRECOMPILED_TEMPLATES, precompiledModule());

// The top of every spec codeset writes for a user (init's starter, import's result): the schema line editors
// follow, pointed at the installed spec.schema.json, and the header comment that explains the format.
import { existsSync } from "node:fs";
import path from "node:path";
import { keyListLines } from "../spec/describeFormat.js";
import { kebabCase } from "../spec/names.js";

/**
 * The `$schema` path editors follow: from the spec's folder to spec.schema.json in the package as the project
 * resolves it (the nearest node_modules/<package>, as Node looks it up), not its real path, which under pnpm
 * names a version. Before the package is installed, the path it will have after `npm install -D`.
 */
export function schemaReference(
  specDir: string,
  cwd: string,
  packageName: string,
): { reference: string; installed: boolean } {
  let packageDir: string | undefined;
  for (let dir = cwd; packageDir === undefined; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", ...packageName.split("/"));
    if (existsSync(path.join(candidate, "package.json")))
      packageDir = candidate;
    else if (path.dirname(dir) === dir) break;
  }
  const target = path.join(
    packageDir ?? path.join(cwd, "node_modules", packageName),
    "spec",
    "spec.schema.json",
  );
  return {
    reference: path.relative(specDir, target).split(path.sep).join("/"),
    installed: packageDir !== undefined,
  };
}

/** The first line of a spec: where editors find the schema that completes and checks it. */
export function schemaComment(reference: string): string {
  return `# yaml-language-server: $schema=${reference}`;
}

/** The schema line and the comment explaining what is generated from the spec, every key, and how to add a code. */
export function specHeader(name: string, schema: string): string {
  const packageName = kebabCase(name);
  return `${schemaComment(schema)}
#
# ${name}: the single source of truth for these codes. Edit this file, never the
# generated files. \`npm run gen\` (or \`npx codeset gen\`) writes generated/${packageName}/:
#   src/${name}.ts   the enum, each description as JSDoc, and lookup helpers
#                    (describe, isKnown, flagsOf, hasFlag, nameOf, codeOf, entries),
#                    with src/codeset-runtime.ts, the lookups' code they share
#   ${name}.schema.json   JSON Schema of one code
#   docs/${name}.md   a Markdown doc page
#   package.json, README.md, dist/   an npm package (ESM, CommonJS and .d.ts)
# \`npx codeset gen --check\` exits 1 while generated/ disagrees with this file: run it in CI.
#
# Keys (your editor completes and checks them through the schema named on line 1;
# spec/README.md in the codeset-gen package explains each):
${keyListLines()
  .map((line) => `# ${line}`)
  .join("\n")}
#
# To add a code: append an entry under \`codes\`, run \`npm run gen\`, and commit this
# file and generated/ together.
`;
}

// `node lib/spec/updateFormatFiles.js [--check]` (run by `npm run gen` and `npm test` in this repository):
// writes spec/spec.schema.json and the key tables of spec/README.md from the key tables, or with
// --check exits 1 naming each file that differs from what the tables make.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withKeyTables, specSchema } from "./describeFormat.js";

const SCHEMA = fileURLToPath(
  new URL("../../spec/spec.schema.json", import.meta.url),
);
const README = fileURLToPath(new URL("../../spec/README.md", import.meta.url));

function main(check: boolean): number {
  const wanted = new Map([
    [SCHEMA, `${JSON.stringify(specSchema(), null, 2)}\n`],
    [README, withKeyTables(readFileSync(README, "utf8"))],
  ]);
  let stale = 0;
  for (const [file, text] of wanted) {
    if (readFileSync(file, "utf8") === text) continue;
    stale++;
    if (check)
      process.stderr.write(
        `stale: ${file}: made from src/spec/keys.ts; run \`npm run gen\`\n`,
      );
    else writeFileSync(file, text);
  }
  return check && stale > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.includes("--check"));

// The peers the bench runs beside the generator, on the same codes: TypeSpec (`tsp compile` with the
// JSON Schema emitter, the codes written as a TypeSpec enum with doc comments) and json-schema-to-typescript.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadSpec } from "../lib/spec/load.js";
import { validateSpec } from "../lib/spec/validate.js";

const ROOT = path.resolve(import.meta.dirname, "..");
export const TSP = path.join(
  ROOT,
  "node_modules",
  "@typespec",
  "compiler",
  "cmd",
  "tsp.js",
);
export const JSON2TS = path.join(
  ROOT,
  "node_modules",
  "json-schema-to-typescript",
  "dist",
  "src",
  "cli.js",
);

/** A TypeSpec doc comment: the text may not end the comment. */
function docComment(text, indent) {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .trim()
    .replaceAll("*/", "*\\/")
    .split("\n");
  return [
    `${indent}/**`,
    ...lines.map((line) => `${indent} * ${line}`.trimEnd()),
    `${indent} */`,
  ].join("\n");
}

/**
 * Writes `dir`/main.tsp holding the spec's codes as one documented TypeSpec enum in a JSON Schema
 * namespace, with node_modules linked so tsp finds its emitter; returns the arguments of `tsp`.
 */
export function typeSpecProject(specFile, dir) {
  const spec = validateSpec(loadSpec(specFile), path.basename(specFile));
  mkdirSync(dir, { recursive: true });
  symlinkSync(
    path.join(ROOT, "node_modules"),
    path.join(dir, "node_modules"),
    "dir",
  );
  const members = spec.codes.map(
    (code) =>
      `${docComment(code.description, "  ")}\n  \`${code.name}\`: ${code.code},`,
  );
  const source = [
    'import "@typespec/json-schema";',
    "using JsonSchema;",
    "",
    "@jsonSchema",
    "namespace Codes;",
    "",
    docComment(spec.title ?? spec.name, ""),
    `enum ${spec.name} {`,
    ...members,
    "}",
    "",
  ].join("\n");
  const main = path.join(dir, "main.tsp");
  writeFileSync(main, source);
  return [
    TSP,
    "compile",
    main,
    "--emit",
    "@typespec/json-schema",
    // JSON, as our schema is (the emitter writes YAML by default).
    "--option",
    "@typespec/json-schema.file-type=json",
    "--output-dir",
    path.join(dir, "out"),
  ];
}

// Any valid spec name works: the user's name is the one identifier of the generated module that the
// user picks, so it may equal a global (Map, Object, Uint8Array...), one of the package's type names
// of old (Code, Flag, Entry...) or a name of the runtime. Each compiles strictly and runs as ESM,
// CommonJS and source.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { runCliAsync, scratchDir } from "../helpers.js";

/** Globals the lookups would need, names the package exports or used to, and the runtime's own names. */
const NAMES = [
  ...["Map", "Set", "WeakMap", "Object", "Array", "Uint8Array", "Uint16Array"],
  ...[
    "Int32Array",
    "Number",
    "String",
    "Boolean",
    "Symbol",
    "BigInt",
    "Promise",
  ],
  ...["Error", "TypeError", "Function", "Math", "JSON", "Reflect", "Proxy"],
  ...["NaN", "Infinity", "Readonly", "Record", "Extract", "ReadonlyArray"],
  ...["Code", "CodeName", "Entry", "Flag", "CodeRange", "Range", "Name"],
  ...["CodeSet", "Lookup", "LookupData", "CodeRow", "RangeRow", "EntryText"],
  ...["RangeText", "CodeOf", "NameOf", "FlagOf", "InfoTable", "Codeset", "Api"],
];

function specOf(name: string, style: "enum" | "const"): string {
  return [
    `name: ${name}`,
    `package: { name: ${name.toLowerCase()}-codes, version: 1.0.0 }`,
    `typescript: { enumStyle: ${style} }`,
    "flags: { retry: Try again later., fatal: Do not reconnect. }",
    "ranges:",
    "  - { from: 0, to: 999, description: Low numbers., flags: [fatal] }",
    "otherwise: { flags: [fatal, retry] }",
    "codes:",
    "  - { name: Ok, code: 1000, summary: Fine, description: All went well. }",
    "  - { name: Later, code: 1013, description: Come back later., flags: [retry] }",
  ].join("\n");
}

const STRICT: ts.CompilerOptions = {
  strict: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: [],
};

const require = createRequire(import.meta.url);
const dir = scratchDir("spec-names");
const cases = NAMES.map((name, i) => ({
  name,
  style: i % 2 === 0 ? ("enum" as const) : ("const" as const),
  // Numbered: folders whose names differ only in case (CodeSet, Codeset) would clash in one program.
  out: path.join(dir, `${i}-${name}`),
}));
let diagnostics: Map<string, string[]>;

beforeAll(async () => {
  for (const { name, style, out } of cases) {
    const specFile = `${out}.yaml`;
    writeFileSync(specFile, specOf(name, style));
    const result = await runCliAsync(["gen", "--spec", specFile, "--out", out]);
    if (result.status !== 0) throw new Error(`gen ${name}: ${result.stderr}`);
    // A consumer of the package's types, beside it.
    writeFileSync(
      path.join(out, "consumer.ts"),
      [
        `import { ${name}, hasFlag, describe, isKnown, type ${name}Flag, type ${name}Entry, type ${name}Name } from "./dist/index.js";`,
        `const flag: ${name}Flag = "retry";`,
        `const entry: ${name}Entry | undefined = describe(${name}.Later);`,
        `const codeName: ${name}Name | undefined = entry?.name;`,
        `const value: unknown = 1013;`,
        `if (isKnown(value)) { const code: ${name} = value; void code; }`,
        `export const answers = [hasFlag(${name}.Later, flag), codeName];`,
      ].join("\n"),
    );
  }
  // One program for every case: its files compile together about as fast as one alone.
  const roots = cases.flatMap(({ name, out }) => [
    path.join(out, "src", `${name}.ts`),
    path.join(out, "dist", "index.d.ts"),
    path.join(out, "dist", "index.d.cts"),
    path.join(out, "consumer.ts"),
  ]);
  const program = ts.createProgram(roots, STRICT);
  diagnostics = new Map(
    cases.map(({ out }) => [
      out,
      ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file?.fileName.startsWith(out + path.sep))
        .map(
          (d) =>
            `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
        ),
    ]),
  );
}, 240_000);

describe.each(cases)("a spec named $name ($style style)", ({ name, out }) => {
  it("compiles strictly (source, declarations, a consumer of its types)", () => {
    expect(diagnostics.get(out)).toEqual([]);
  });

  it("imports and answers as ESM, CommonJS and source", async () => {
    const builds = [
      await import(pathToFileURL(path.join(out, "dist", "index.js")).href),
      require(path.join(out, "dist", "index.cjs")),
      await import(pathToFileURL(path.join(out, "src", `${name}.ts`)).href),
    ];
    for (const mod of builds) {
      expect(mod[name].Ok).toBe(1000);
      expect(mod.describe(1000)).toMatchObject({ name: "Ok", summary: "Fine" });
      expect(mod.isKnown(1013)).toBe(true);
      expect(mod.flagsOf(1013)).toEqual(["retry"]);
      expect(mod.flagsOf(5)).toEqual(["fatal"]);
      expect(mod.flagsOf(2000)).toEqual(["retry", "fatal"]);
      expect(mod.hasFlag(Number.NaN, "retry")).toBe(true);
      expect(mod.nameOf(1013)).toBe("Later");
      expect(mod.codeOf("Later")).toBe(1013);
    }
  });
});

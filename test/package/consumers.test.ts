// Consumers of the packed package: `npm pack` it, install the tarball offline into a throwaway project,
// and import it from ESM, CommonJS and TypeScript (nodenext ESM and CJS, bundler), type-checked by tsc.
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cleanNpmEnv,
  constFixturePackage,
  defaultPackage,
  expectedFlags,
  REPO,
  type GeneratedPackage,
  type SpecData,
} from "./generatedPackages.js";

const OWNER = "consumers-test";
const PACKAGES: GeneratedPackage[] = [
  defaultPackage(),
  constFixturePackage(OWNER),
];
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
const NPM_TIMEOUT = 120_000;

/** Integers around every boundary of the spec, plus its codes: what the consumers are asked about. */
function probeNumbers(spec: SpecData): number[] {
  const edges = (spec.ranges ?? []).flatMap((range) => [
    range.from - 1,
    range.from,
    range.to,
    range.to + 1,
  ]);
  return [
    ...new Set([
      ...spec.codes.map((code) => code.code),
      ...edges,
      0,
      65535,
      65536,
      -1,
    ]),
  ].sort((a, b) => a - b);
}

/** Values that are no code, as the consumers write them and as the expectation reads them. */
const ODD_INPUTS_SOURCE = `["1000", Number.NaN, null, undefined, {}, 1.5, -0.5, [1000], true, -1, 65536, Infinity]`;
const ODD_INPUTS: unknown[] = [
  "1000",
  Number.NaN,
  null,
  undefined,
  {},
  1.5,
  -0.5,
  [1000],
  true,
  -1,
  65536,
  Infinity,
];

const firstFlagOf = (spec: SpecData) =>
  Object.keys(spec.flags ?? {})[0] ?? "noFlag";

/** What every consumer must report, computed from the YAML alone. */
function expectedReport(pkg: GeneratedPackage, withSchema: boolean): unknown {
  const { spec } = pkg;
  const numbers = probeNumbers(spec);
  const byCode = new Map(spec.codes.map((code) => [code.code, code]));
  const entryOf = (code: SpecData["codes"][number]) => ({
    name: code.name,
    code: code.code,
    summary: code.summary,
    description: code.description,
    flags: code.flags ?? [],
    reference: code.reference,
    deprecated: code.deprecated ?? false,
  });
  const enumObject: Record<string, unknown> = {};
  for (const code of spec.codes) enumObject[code.name] = code.code;
  if (pkg.enumStyle === "enum")
    for (const code of spec.codes) enumObject[code.code] = code.name;
  const report = {
    exports: [
      spec.name,
      "codeOf",
      "describe",
      "entries",
      "flags",
      "flagsOf",
      "hasFlag",
      "isKnown",
      "nameOf",
      "ranges",
    ].sort(),
    enumObject,
    entries: spec.codes.map(entryOf),
    described: numbers.map((n) =>
      byCode.has(n) ? entryOf(byCode.get(n)!) : null,
    ),
    allFrozen: true,
    known: numbers.map((n) => byCode.has(n)),
    flags: numbers.map((n) => expectedFlags(spec, n)),
    names: numbers.map((n) => byCode.get(n)?.name ?? null),
    codesOfNames: spec.codes.map((code) => code.code),
    odd: ODD_INPUTS.map((input) => [
      null,
      false,
      expectedFlags(spec, input),
      null,
      null,
      expectedFlags(spec, input).includes(firstFlagOf(spec)),
    ]),
    schemaValid: withSchema ? numbers.map((n) => byCode.has(n)) : null,
  };
  return JSON.parse(JSON.stringify(report));
}

/**
 * The report every consumer prints: plain JavaScript that is also valid TypeScript, run against
 * `loose` (the namespace of the package root, untyped so odd inputs may be passed) and, withSchema,
 * `validate` (Ajv).
 */
function reportBody(pkg: GeneratedPackage, withSchema: boolean): string {
  const { spec } = pkg;
  const firstFlag = firstFlagOf(spec);
  return `
const numbers = ${JSON.stringify(probeNumbers(spec))};
const odd = ${ODD_INPUTS_SOURCE};
const described = numbers.map((n) => loose.describe(n) ?? null);
const report = {
  exports: Object.keys(loose).sort(),
  enumObject: { ...loose.${spec.name} },
  entries: loose.entries,
  described,
  allFrozen: described.every((entry) => entry === null || (Object.isFrozen(entry) && Object.isFrozen(entry.flags))),
  known: numbers.map((n) => loose.isKnown(n)),
  flags: numbers.map((n) => loose.flagsOf(n)),
  names: numbers.map((n) => loose.nameOf(n) ?? null),
  codesOfNames: ${JSON.stringify(spec.codes.map((code) => code.name))}.map((name) => loose.codeOf(name) ?? null),
  odd: odd.map((x) => [loose.describe(x) ?? null, loose.isKnown(x), loose.flagsOf(x), loose.nameOf(x) ?? null, loose.codeOf(x) ?? null, loose.hasFlag(x, ${JSON.stringify(firstFlag)})]),
  schemaValid: ${withSchema ? "numbers.map((n) => validate(n))" : "null"},
};
console.log(JSON.stringify(report));
`;
}

/** Compile-time checks: each line fails to type-check if the package's types regress. */
function typedChecks(pkg: GeneratedPackage, api: string): string {
  const { spec } = pkg;
  const first = spec.codes[0]!;
  const flag = Object.keys(spec.flags ?? {})[0];
  const type = (suffix: string) => `${api}${spec.name}${suffix}`;
  return `
const input = JSON.parse(${JSON.stringify(String(first.code))}) as number;
if (${api}isKnown(input)) {
  const narrowed: ${type("")} = input;
  void narrowed;
}
${pkg.enumStyle === "const" ? `// @ts-expect-error a plain number is not a code until isKnown() narrows it\nconst notNarrowed: ${type("")} = input;\nvoid notNarrowed;` : ""}
const member: ${type("")} = ${api}${spec.name}.${first.name};
const name: ${type("Name")} | undefined = ${api}nameOf(member);
// @ts-expect-error only the spec's names are code names
const wrongName: ${type("Name")} = "NotACodeName";
const entry: ${type("Entry")} | undefined = ${api}describe(member);
const fromList: ${type("Entry")} | undefined = ${api}entries[0];
const range: ${type("Range")} | undefined = ${api}ranges[0];
const summary: string | undefined = entry?.summary;
const codeOfEntry: ${type("")} | undefined = entry?.code;
const nameOfEntry: ${type("Name")} | undefined = entry?.name;
const fromName: ${type("")} | undefined = ${api}codeOf("${first.name}");
void [fromList, range, summary, codeOfEntry, nameOfEntry, fromName];
const deprecated: boolean | string | undefined = entry?.deprecated;
const reference: string | undefined = entry?.reference;
// Every helper accepts any value.
${api}hasFlag(undefined, ${JSON.stringify(flag ?? "x")} as never);
${api}flagsOf({});
${flag ? `const someFlag: ${type("Flag")} = ${JSON.stringify(flag)};\nconst flagged: boolean = ${api}hasFlag(member, someFlag);\nconst listed: readonly ${type("Flag")}[] = ${api}flagsOf(member);\nvoid [flagged, listed];` : ""}
// @ts-expect-error flags are typed: an undeclared name does not compile
${api}hasFlag(member, "notADeclaredFlag");
void [name, wrongName, deprecated, reference];
`;
}

/** The README's code blocks: the TypeScript usage example, the CommonJS line and the schema snippet. */
function readmeExamples(readmeFile: string): {
  ts: string;
  require: string;
  schema: string;
} {
  const blocks = [
    ...readFileSync(readmeFile, "utf8").matchAll(
      /^```(\w+)\n([\s\S]*?)^```$/gm,
    ),
  ].map(([, lang, code]) => ({ lang: lang!, code: code! }));
  const find = (lang: string, marker: string) => {
    const block = blocks.find(
      (candidate) => candidate.lang === lang && candidate.code.includes(marker),
    );
    if (!block)
      throw new Error(
        `${readmeFile} has no \`\`\`${lang} block with ${marker}`,
      );
    return block.code;
  };
  return {
    ts: `${find("ts", "import {")}export {};\n`,
    require: find("js", "require("),
    schema: find("js", "schema.json"),
  };
}

/** One throwaway consumer project per package, holding every flavour, with the tarball installed. */
function writeConsumers(pkg: GeneratedPackage, dir: string): void {
  const name = pkg.spec.package.name;
  const types = `import type { ${["Name", "Entry", "Range", ...(pkg.spec.flags ? ["Flag"] : [])].map((suffix) => pkg.spec.name + suffix).join(", ")} } from "${name}";\n`;
  const esmImports = `import * as api from "${name}";\nimport schema from "${name}/schema.json" with { type: "json" };\nimport Ajv2020 from "ajv/dist/2020.js";\n`;
  // Ajv as a consumer runs it: the defaults (strict mode included), no vocabulary declared.
  const ajvSetup = `const validate = new Ajv2020().compile(schema);\n`;
  const files: Record<string, string> = {
    "esm.mjs": `${esmImports}${ajvSetup}const loose = api;\n${reportBody(pkg, true)}`,
    "cjs.cjs": `const api = require("${name}");\nconst schema = require("${name}/schema.json");\nconst Ajv2020 = require("ajv/dist/2020");\n${ajvSetup}if (require("${name}") !== api) throw new Error("one module instance");\nconst loose = api;\n${reportBody(pkg, true)}`,
    "nodenext-esm.ts": `import * as api from "${name}";\n${types}import schema from "${name}/schema.json" with { type: "json" };\ndeclare const console: { log(text: string): void };\nconst loose: any = api;\nvoid schema.title;\n${typedChecks(pkg, "api.")}\n${reportBody(pkg, false)}`,
    "nodenext-cjs.cts": `import api = require("${name}");\nimport schema = require("${name}/schema.json");\ndeclare const console: { log(text: string): void };\nconst loose: any = api;\nvoid schema.title;\n${typedChecks(pkg, "api.")}\n${reportBody(pkg, false)}`,
    "bundler.ts": `import { ${pkg.spec.name}, entries, ranges, isKnown, flagsOf, nameOf, codeOf, hasFlag, describe } from "${name}";\n${types}import * as api from "${name}";\ndeclare const console: { log(text: string): void };\nconst loose: any = api;\n${typedChecks(pkg, "")}\n${reportBody(pkg, false)}`,
    "package.json": JSON.stringify(
      { name: "throwaway-consumer", private: true, type: "module" },
      null,
      2,
    ),
  };
  const strictOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    resolveJsonModule: true,
    target: "ES2022",
    lib: ["ES2022"],
    types: [],
    // The package's own declarations are checked under these options too.
    skipLibCheck: false,
  };
  const examples = readmeExamples(path.join(pkg.dir, "README.md"));
  files["readme-example.ts"] = examples.ts;
  files["readme-require.cjs"] = examples.require;
  files["readme-schema.mjs"] = examples.schema;
  files["tsconfig.nodenext.json"] = JSON.stringify({
    compilerOptions: {
      ...strictOptions,
      module: "nodenext",
      moduleResolution: "nodenext",
      outDir: "out-nodenext",
    },
    files: ["nodenext-esm.ts", "nodenext-cjs.cts", "readme-example.ts"],
  });
  files["tsconfig.bundler.json"] = JSON.stringify({
    compilerOptions: {
      ...strictOptions,
      erasableSyntaxOnly: true,
      module: "preserve",
      moduleResolution: "bundler",
      outDir: "out-bundler",
    },
    files: ["bundler.ts"],
  });
  for (const [file, content] of Object.entries(files))
    writeFileSync(path.join(dir, file), content);
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    env: cleanNpmEnv(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function tsc(project: string, cwd: string): string {
  try {
    return run(process.execPath, [TSC, "-p", project], cwd);
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}` || String(error);
  }
}

/**
 * Installs the tarball offline. The package has no dependencies, so should npm still insist on the
 * network (an odd cache or config), unpacking it into node_modules is the same install.
 */
function installTarball(
  npm: string,
  tarball: string,
  packageName: string,
  consumer: string,
): void {
  try {
    run(
      npm,
      [
        "install",
        "--offline",
        "--no-audit",
        "--no-fund",
        "--no-package-lock",
        tarball,
      ],
      consumer,
    );
  } catch (error) {
    console.warn(
      `npm install --offline failed, unpacking ${path.basename(tarball)} instead: ${(error as { stderr?: string }).stderr ?? String(error)}`,
    );
    const target = path.join(consumer, "node_modules", packageName);
    mkdirSync(target, { recursive: true });
    run(
      "tar",
      ["-xzf", tarball, "-C", target, "--strip-components=1"],
      consumer,
    );
  }
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "codeset-consumers-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(PACKAGES)("$label", (pkg) => {
  const work = path.join(scratch, pkg.spec.package.name);
  const consumer = path.join(work, "consumer");
  let packed: { filename: string; size: number; files: { path: string }[] };
  const typeErrors: Record<string, string> = {};

  beforeAll(() => {
    mkdirSync(consumer, { recursive: true });
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    packed = (
      JSON.parse(
        run(npm, ["pack", pkg.dir, "--pack-destination", work, "--json"], work),
      ) as (typeof packed)[]
    )[0]!;
    writeConsumers(pkg, consumer);
    installTarball(
      npm,
      path.join(work, packed.filename),
      pkg.spec.package.name,
      consumer,
    );
    // Ajv is the repo's own devDependency, linked in rather than installed (offline, no registry).
    symlinkSync(
      path.join(REPO, "node_modules", "ajv"),
      path.join(consumer, "node_modules", "ajv"),
      "junction",
    );
    // tsc emits the compiled consumers even when it reports errors; the type-check test reports those.
    for (const project of ["tsconfig.nodenext.json", "tsconfig.bundler.json"])
      typeErrors[project] = tsc(project, consumer);
  }, NPM_TIMEOUT);

  it("packs the package files and nothing else", () => {
    const files = packed.files.map((file) => file.path).sort();
    expect(files).toEqual(
      [
        "README.md",
        `${pkg.spec.name}.openapi.json`,
        `${pkg.spec.name}.schema.json`,
        "dist/codeset-runtime.cjs",
        "dist/codeset-runtime.d.cts",
        "dist/codeset-runtime.d.ts",
        "dist/codeset-runtime.js",
        "dist/index.cjs",
        "dist/index.d.cts",
        "dist/index.d.ts",
        "dist/index.js",
        `docs/${pkg.spec.name}.md`,
        "package.json",
        `src/${pkg.spec.name}.ts`,
        "src/codeset-runtime.ts",
      ].sort(),
    );
  });

  it("type-checks the TypeScript consumers (nodenext ESM and CJS, bundler) strictly", () => {
    expect(typeErrors).toEqual({
      "tsconfig.nodenext.json": "",
      "tsconfig.bundler.json": "",
    });
  });

  it("runs the README's CommonJS and schema examples as written", () => {
    expect(run(process.execPath, ["readme-require.cjs"], consumer)).toBe("");
    expect(
      run(process.execPath, ["--no-warnings", "readme-schema.mjs"], consumer),
    ).toBe("");
  });

  it.each([
    [
      "ESM .mjs, with the schema through import attributes and Ajv",
      "esm.mjs",
      true,
    ],
    ["CommonJS .cjs, with the schema through require and Ajv", "cjs.cjs", true],
    [
      "TypeScript nodenext ESM, compiled",
      "out-nodenext/nodenext-esm.js",
      false,
    ],
    [
      "TypeScript nodenext CJS, compiled",
      "out-nodenext/nodenext-cjs.cjs",
      false,
    ],
    [
      "TypeScript bundler resolution, compiled",
      "out-bundler/bundler.js",
      false,
    ],
  ])("%s: sees the spec's API", (_, file, withSchema) => {
    const output = run(process.execPath, ["--no-warnings", file], consumer);
    expect(JSON.parse(output)).toEqual(expectedReport(pkg, withSchema));
  });
});

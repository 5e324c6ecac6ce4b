// The generated packages the package, enum-style, consumer and OpenAPI tests exercise, and how to load them.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { parse } from "yaml";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const OUTPUT = path.join(REPO, "test", ".output");

/** The spec's data as the YAML says it, read independently of the generator so tests can check it. */
export interface SpecData {
  name: string;
  title?: string;
  package: {
    name: string;
    version: string;
    description?: string;
    keywords?: string[];
    license?: string;
  };
  typescript?: { enumStyle?: "enum" | "const" };
  bounds?: { min: number; max: number };
  flags?: Record<string, string>;
  ranges?: {
    from: number;
    to: number;
    description: string;
    flags?: string[];
  }[];
  otherwise?: { flags: string[] };
  codes: {
    name: string;
    code: number;
    summary?: string;
    description: string;
    flags?: string[];
    reference?: string;
    deprecated?: true | string;
  }[];
}

export interface GeneratedPackage {
  /** Short label for test titles. */
  label: string;
  specFile: string;
  dir: string;
  spec: SpecData;
  enumStyle: "enum" | "const";
}

export function readSpec(specFile: string): SpecData {
  return parse(readFileSync(specFile, "utf8")) as SpecData;
}

/** The default spec's package, as committed under generated/. */
export function defaultPackage(): GeneratedPackage {
  const specFile = path.join(REPO, "spec", "websocket-status-codes.yaml");
  const spec = readSpec(specFile);
  return {
    label: "default (enum style)",
    specFile,
    dir: path.join(REPO, "generated", spec.package.name),
    spec,
    enumStyle: spec.typescript?.enumStyle ?? "enum",
  };
}

export const CONST_FIXTURE_SPEC = path.join(
  REPO,
  "test",
  "fixtures",
  "app-close-codes.yaml",
);

/**
 * Generates the const-style fixture with the CLI into test/.output/<owner>/, one folder per test file
 * so files running in parallel never write the same place.
 */
export function constFixturePackage(owner: string): GeneratedPackage {
  return generatePackage(CONST_FIXTURE_SPEC, owner, "fixture (const style)");
}

/** Runs the CLI on one spec into test/.output/<owner>/<package name>. */
export function generatePackage(
  specFile: string,
  owner: string,
  label: string,
): GeneratedPackage {
  const spec = readSpec(specFile);
  const dir = path.join(OUTPUT, owner, spec.package.name);
  execFileSync(
    process.execPath,
    [
      "bin/codeset.cjs",
      "gen",
      "--spec",
      path.relative(REPO, specFile),
      "--out",
      dir,
    ],
    { cwd: REPO, stdio: "pipe" },
  );
  return {
    label,
    specFile,
    dir,
    spec,
    enumStyle: spec.typescript?.enumStyle ?? "enum",
  };
}

/** The runtime API every build of the package exports. */
export interface PackageModule {
  [enumName: string]: unknown;
  flags: Readonly<Record<string, string>>;
  entries: readonly Readonly<Record<string, unknown>>[];
  ranges: readonly Readonly<Record<string, unknown>>[];
  describe(code: unknown): Readonly<Record<string, unknown>> | undefined;
  isKnown(code: unknown): boolean;
  flagsOf(code: unknown): readonly string[];
  hasFlag(code: unknown, flag: unknown): boolean;
  nameOf(code: unknown): string | undefined;
  codeOf(name: unknown): number | undefined;
}

/** The effective flags of any value by the contract's rule, from the YAML alone: a code's own, else its range's, else `otherwise`. */
export function expectedFlags(spec: SpecData, value: unknown): string[] {
  const code = spec.codes.find((entry) => entry.code === value);
  if (code) return code.flags ?? [];
  const range =
    typeof value === "number"
      ? spec.ranges?.find((r) => value >= r.from && value <= r.to)
      : undefined;
  if (range && Number.isInteger(value)) return range.flags ?? [];
  return spec.otherwise?.flags ?? [];
}

/**
 * src/<Name>.ts and src/codeset-runtime.ts transpiled by the TypeScript API (as a type-stripping
 * consumer would run them), side by side in one folder, then imported.
 */
export async function importSource(
  pkg: GeneratedPackage,
  owner: string,
): Promise<PackageModule> {
  const dir = path.join(OUTPUT, owner, "transpiled", pkg.spec.package.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  for (const name of [pkg.spec.name, "codeset-runtime"]) {
    const source = readFileSync(
      path.join(pkg.dir, "src", `${name}.ts`),
      "utf8",
    );
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
      fileName: `${name}.ts`,
    });
    writeFileSync(path.join(dir, `${name}.js`), outputText);
  }
  return (await import(
    pathToFileURL(path.join(dir, `${pkg.spec.name}.js`)).href
  )) as PackageModule;
}

/** The package root as an ES module consumer loads it. */
export async function importDistEsm(
  pkg: GeneratedPackage,
): Promise<PackageModule> {
  return (await import(
    pathToFileURL(path.join(pkg.dir, "dist", "index.js")).href
  )) as PackageModule;
}

/** The package root as a CommonJS consumer loads it. */
export function requireDistCjs(pkg: GeneratedPackage): PackageModule {
  return createRequire(import.meta.url)(
    path.join(pkg.dir, "dist", "index.cjs"),
  ) as PackageModule;
}

/**
 * The environment for child npm processes: the user's npm config (cache, registry) stays, but not the
 * variables `npm test` sets to describe this project and its running script.
 */
export function cleanNpmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_(package_|lifecycle_|command$)/i.test(key),
    ),
  );
}

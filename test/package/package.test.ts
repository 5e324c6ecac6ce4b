// The generated package: its package.json and README, and one API that behaves the same in
// src/<Name>.ts, dist ESM and dist CJS, matches the spec's data, and keeps its docs in the .d.ts.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inspect, isDeepStrictEqual } from "node:util";
import MarkdownIt from "markdown-it";
import * as prettier from "prettier";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import {
  constFixturePackage,
  defaultPackage,
  expectedFlags,
  importDistEsm,
  importSource,
  requireDistCjs,
  type GeneratedPackage,
  type PackageModule,
} from "./generatedPackages.js";
import { API_NAMES, hoverMembers, type HoverReport } from "./hover.js";

const OWNER = "package-test";
const ROOT_DIR = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGES: GeneratedPackage[] = [
  defaultPackage(),
  constFixturePackage(OWNER),
];

const readText = (pkg: GeneratedPackage, file: string) =>
  readFileSync(path.join(pkg.dir, file), "utf8");
const readJson = (pkg: GeneratedPackage, file: string) =>
  JSON.parse(readText(pkg, file)) as Record<string, unknown>;

/** Inputs that are not codes: every one must be answered with undefined, false or the otherwise flags, never a throw. */
const ODD_INPUTS: unknown[] = [
  Number.NaN,
  Infinity,
  -Infinity,
  -1,
  0.5,
  1000.5,
  1e-9 + 1000,
  65536,
  2 ** 31,
  2 ** 53,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  999.5,
  4999.5,
  65535.5,
  "1000",
  " 1000",
  "0x3e8",
  "",
  "NormalClosure",
  1000n,
  true,
  false,
  null,
  undefined,
  {},
  [],
  [1000],
  { valueOf: () => 1000 },
  { toString: () => "1000" },
  new Number(1000),
  Symbol("code"),
  () => 1000,
  Object.create(null),
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
];

/** Everything observable about one input, as plain data comparable across builds. */
function behaviour(
  mod: PackageModule,
  flagNames: readonly string[],
  input: unknown,
): unknown[] {
  return [
    mod.describe(input),
    mod.isKnown(input),
    [...mod.flagsOf(input)],
    flagNames.map((flag) => mod.hasFlag(input, flag)),
    mod.nameOf(input),
  ];
}

function firstMismatch(
  inputs: readonly unknown[],
  left: (input: unknown) => unknown,
  right: (input: unknown) => unknown,
): string | undefined {
  for (const input of inputs) {
    const a = left(input);
    const b = right(input);
    if (!isDeepStrictEqual(a, b))
      return `${inspect(input)}: ${inspect(a, { depth: 4 })} !== ${inspect(b, { depth: 4 })}`;
  }
  return undefined;
}

/** Each member of the runtime's CodeSet interface -> its documentation, as the TypeScript compiler reads it. */
function runtimeDocs(): Map<string, string> {
  const file = path.join(ROOT_DIR, "runtime", "codeset-runtime.ts");
  const program = ts.createProgram([file], { noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const docs = new Map<string, string>();
  ts.forEachChild(program.getSourceFile(file)!, (node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== "CodeSet")
      return;
    for (const member of node.members) {
      const symbol = checker.getSymbolAtLocation(member.name!)!;
      docs.set(
        symbol.name,
        ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      );
    }
  });
  return docs;
}

const ALL_UINT16 = Array.from({ length: 65536 }, (_, value) => value);

describe.each(PACKAGES)("$label", (pkg) => {
  const { spec } = pkg;
  const flagNames = Object.keys(spec.flags ?? {});
  const builds: Record<string, PackageModule> = {};

  beforeAll(async () => {
    builds.source = await importSource(pkg, OWNER);
    builds.esm = await importDistEsm(pkg);
    builds.cjs = requireDistCjs(pkg);
  });

  describe("package.json", () => {
    const manifest = readJson(pkg, "package.json");

    it("takes name, version, description, keywords and license from the spec", () => {
      expect(manifest.name).toBe(spec.package.name);
      expect(manifest.version).toBe(spec.package.version);
      expect(manifest.description).toBe(spec.package.description);
      expect(manifest.keywords).toEqual(spec.package.keywords ?? []);
      if (spec.package.license === undefined)
        expect(manifest).not.toHaveProperty("license");
      else expect(manifest.license).toBe(spec.package.license);
    });

    it("is an ES module package without side effects", () => {
      expect(manifest.type).toBe("module");
      expect(manifest.sideEffects).toBe(false);
    });

    it("exports ESM and CJS with their own types, and the schema", () => {
      expect(manifest.exports).toEqual({
        ".": {
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
          require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
        },
        "./schema.json": `./${spec.name}.schema.json`,
        "./openapi.json": `./${spec.name}.openapi.json`,
        "./package.json": "./package.json",
      });
      const targets = JSON.stringify(manifest.exports)
        .match(/"\.\/[^"]+"/g)!
        .map((target) => JSON.parse(target) as string);
      const subpaths = Object.keys(manifest.exports as object);
      for (const target of targets.filter(
        (t) => !subpaths.includes(t) || t === "./package.json",
      ))
        expect(existsSync(path.join(pkg.dir, target)), target).toBe(true);
    });

    it("lists files that exist, and the legacy main/module/types fields agree with exports", () => {
      for (const file of manifest.files as string[])
        expect(existsSync(path.join(pkg.dir, file)), file).toBe(true);
      expect([manifest.main, manifest.module, manifest.types]).toEqual([
        "./dist/index.cjs",
        "./dist/index.js",
        "./dist/index.d.ts",
      ]);
    });

    it("is prettier-clean", async () => {
      const text = readText(pkg, "package.json");
      expect(
        await prettier.format(text, {
          filepath: path.join(pkg.dir, "package.json"),
        }),
      ).toBe(text);
    });
  });

  describe("README.md", () => {
    const readme = readText(pkg, "README.md");

    it("says what the package is, how to install and use it", () => {
      expect(readme).toContain(`# ${spec.package.name}`);
      expect(readme).toContain(`npm install ${spec.package.name}`);
      expect(readme).toContain(`from "${spec.package.name}"`);
      expect(readme).toContain(`require("${spec.package.name}")`);
      expect(readme).toContain(`${spec.package.name}/schema.json`);
    });

    it("renders one table row per code, in spec order, with its name, link, flags and deprecation", () => {
      const html = new MarkdownIt().render(readme);
      const codesTable = html
        .slice(html.indexOf("<h2>Codes</h2>"))
        .match(/<tbody>([\s\S]*?)<\/tbody>/)![1]!;
      const rows = [...codesTable.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
        (row) =>
          [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(
            (cell) => cell[1]!,
          ),
      );
      expect(rows.map((cells) => cells.length)).toEqual(
        spec.codes.map(() => 4),
      );
      spec.codes.forEach((code, i) => {
        const [number, name, flags, description] = rows[i]!;
        expect(number).toBe(String(code.code));
        const link = name!.match(
          /^<a href="([^"]*)"><code>([^<]*)<\/code><\/a>$/,
        );
        if (code.reference)
          expect([decodeURIComponent(link?.[1] ?? ""), link?.[2]]).toEqual([
            code.reference,
            code.name,
          ]);
        else expect(name).toBe(`<code>${code.name}</code>`);
        expect(flags).toBe(
          code.flags?.length
            ? code.flags.map((flag) => `<code>${flag}</code>`).join(", ")
            : "none",
        );
        expect(
          description!.includes("<strong>Deprecated</strong>"),
          code.name,
        ).toBe(code.deprecated !== undefined);
        if (typeof code.deprecated === "string")
          expect(description).toContain(code.deprecated.trim());
      });
    });

    it("explains every flag", () => {
      for (const [flag, meaning] of Object.entries(spec.flags ?? {})) {
        expect(readme).toMatch(
          new RegExp(
            `^\\| \`${flag}\`\\s+\\| ${meaning.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
            "m",
          ),
        );
      }
    });

    it("is prettier-clean", async () => {
      expect(await prettier.format(readme, { parser: "markdown" })).toBe(
        readme,
      );
    });
  });

  describe("runtime API", () => {
    it("exports the same names from source, ESM and CJS", () => {
      const expected = [
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
      ].sort();
      for (const [build, mod] of Object.entries(builds))
        expect(Object.keys(mod).sort(), build).toEqual(expected);
    });

    it("behaves identically in source, ESM and CJS for every number 0..65535 and odd inputs", () => {
      const inputs = [...ALL_UINT16, ...ODD_INPUTS];
      for (const build of ["esm", "cjs"]) {
        const mismatch = firstMismatch(
          inputs,
          (input) => behaviour(builds.source!, flagNames, input),
          (input) => behaviour(builds[build]!, flagNames, input),
        );
        expect(mismatch, `source vs ${build}`).toBeUndefined();
      }
    });

    it("maps names both ways identically in source, ESM and CJS, and has the same enum object", () => {
      const names: unknown[] = [
        ...spec.codes.map((code) => code.name),
        ...spec.codes.map((code) => code.name.toLowerCase()),
        ...ODD_INPUTS,
      ];
      for (const build of ["esm", "cjs"]) {
        expect(
          firstMismatch(
            names,
            (name) => builds.source!.codeOf(name),
            (name) => builds[build]!.codeOf(name),
          ),
          build,
        ).toBeUndefined();
        expect({ ...(builds[build]![spec.name] as object) }).toEqual({
          ...(builds.source![spec.name] as object),
        });
        expect(builds[build]!.entries).toEqual(builds.source!.entries);
        expect(builds[build]!.ranges).toEqual(builds.source!.ranges);
        expect(builds[build]!.flags).toEqual(builds.source!.flags);
      }
    });

    it("never throws on bad flags", () => {
      for (const mod of Object.values(builds)) {
        for (const flag of ODD_INPUTS)
          expect(mod.hasFlag(spec.codes[0]!.code, flag)).toBe(false);
      }
    });
  });

  describe.each(["source", "esm", "cjs"])(
    "%s build against the spec's data",
    (build) => {
      const mod = () => builds[build]!;

      it("enum maps each name to its code (and back only in the enum style)", () => {
        const expected: Record<string, unknown> = {};
        for (const code of spec.codes) expected[code.name] = code.code;
        if (pkg.enumStyle === "enum")
          for (const code of spec.codes) expected[code.code] = code.name;
        expect({ ...(mod()[spec.name] as object) }).toEqual(expected);
      });

      it("describe() returns a frozen {name, code, summary, description, flags, reference, deprecated} per code", () => {
        for (const code of spec.codes) {
          const entry = mod().describe(code.code)!;
          expect(entry).toEqual({
            name: code.name,
            code: code.code,
            summary: code.summary,
            description: code.description,
            flags: code.flags ?? [],
            reference: code.reference,
            deprecated: code.deprecated ?? false,
          });
          expect(Object.keys(entry).sort()).toEqual([
            "code",
            "deprecated",
            "description",
            "flags",
            "name",
            "reference",
            "summary",
          ]);
          expect(Object.isFrozen(entry) && Object.isFrozen(entry.flags)).toBe(
            true,
          );
          expect(mod().nameOf(code.code)).toBe(code.name);
          expect(mod().codeOf(code.name)).toBe(code.code);
          expect(mod().isKnown(code.code)).toBe(true);
        }
        expect(mod().entries.map((entry) => entry.code)).toEqual(
          spec.codes.map((code) => code.code),
        );
        expect(
          Object.isFrozen(mod().entries) && Object.isFrozen(mod().ranges),
        ).toBe(true);
      });

      it("flagsOf/hasFlag follow the code, else its range, for every number 0..65535", () => {
        const mismatch = firstMismatch(
          ALL_UINT16,
          (value) => [
            expectedFlags(spec, value),
            flagNames.map((flag) => expectedFlags(spec, value).includes(flag)),
          ],
          (value) => [
            [...mod().flagsOf(value)],
            flagNames.map((flag) => mod().hasFlag(value, flag)),
          ],
        );
        expect(mismatch).toBeUndefined();
      });

      it("answers odd inputs with undefined, false or the spec's otherwise flags", () => {
        const otherwise = spec.otherwise?.flags ?? [];
        for (const input of ODD_INPUTS) {
          expect(behaviour(mod(), flagNames, input), inspect(input)).toEqual([
            undefined,
            false,
            flagNames.filter((flag) => otherwise.includes(flag)),
            flagNames.map((flag) => otherwise.includes(flag)),
            undefined,
          ]);
          if (typeof input !== "string")
            expect(mod().codeOf(input)).toBeUndefined();
        }
      });
    },
  );

  describe("dist/index.d.ts", () => {
    let report: HoverReport;
    beforeAll(() => {
      report = hoverMembers(
        pkg.dir,
        spec.name,
        spec.codes.map((code) => code.name),
      );
    });

    it("type-checks strictly and declares exactly the values the runtime exports", async () => {
      expect(report.diagnostics).toEqual([]);
      expect(report.declaredValues.sort()).toEqual(
        Object.keys(await importDistEsm(pkg)).sort(),
      );
    });

    it("shows each code's summary (else its description), link and deprecation on hover", () => {
      for (const code of spec.codes) {
        const hover = report.hovers.get(code.name)!;
        expect(hover.signature).toContain(String(code.code));
        // A comment cannot hold its own terminator: the JSDoc writes `*/` as `*\\/`.
        expect(
          hover.documentation.replaceAll("*\\/", "*/").replace(/\s+/g, " "),
        ).toBe((code.summary ?? code.description).replace(/\s+/g, " ").trim());
        const see = hover.tags
          .filter((tag) => tag.name === "see")
          .map((tag) => tag.text);
        expect(see).toEqual(code.reference ? [code.reference] : []);
        const deprecated = hover.tags
          .filter((tag) => tag.name === "deprecated")
          .map((tag) => tag.text);
        expect(deprecated).toEqual(
          code.deprecated === undefined
            ? []
            : [code.deprecated === true ? "" : code.deprecated],
        );
        expect(hover.kindModifiers.includes("deprecated"), code.name).toBe(
          code.deprecated !== undefined,
        );
      }
    });

    it("shows each helper's signature in the spec's own types, and its docs, written once in the runtime", () => {
      const docs = runtimeDocs();
      expect([...docs.keys()].sort()).toEqual([...API_NAMES].sort());
      for (const name of API_NAMES) {
        const hover = report.apiHovers.get(name)!;
        expect(hover.documentation, name).toBe(docs.get(name));
        expect(hover.documentation.length, name).toBeGreaterThan(20);
      }
      const firstFlag = Object.keys(spec.flags ?? {})[0];
      if (firstFlag)
        expect(report.apiHovers.get("hasFlag")!.signature).toContain(
          JSON.stringify(firstFlag),
        );
      // The const style's type is the union of its codes, which the editor spells out.
      expect(report.apiHovers.get("isKnown")!.signature).toContain(
        `value is ${pkg.enumStyle === "enum" ? spec.name : spec.codes[0]!.code}`,
      );
    });

    it("flags exactly the deprecated members with @deprecated (TypeScript's own JSDoc reader)", () => {
      const file = path.join(pkg.dir, "dist", "index.d.ts");
      const source = ts.createSourceFile(
        file,
        readFileSync(file, "utf8"),
        ts.ScriptTarget.ES2022,
        true,
      );
      const deprecated: string[] = [];
      const visit = (node: ts.Node) => {
        if (
          (ts.isEnumMember(node) || ts.isPropertySignature(node)) &&
          ts.getJSDocDeprecatedTag(node)
        )
          deprecated.push(node.name.getText(source));
        ts.forEachChild(node, visit);
      };
      visit(source);
      expect(deprecated).toEqual(
        spec.codes
          .filter((code) => code.deprecated !== undefined)
          .map((code) => code.name),
      );
    });
  });
});

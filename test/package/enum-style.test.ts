// typescript.enumStyle: `enum` emits a regular enum; `const` an object `as const` plus a type of the same
// name, which compiles under erasableSyntaxOnly. Never `const enum`. Same JSDoc and helpers in both styles.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { literalUnion } from "./literalUnion.js";
import {
  CONST_FIXTURE_SPEC,
  defaultPackage,
  generatePackage,
  importDistEsm,
  OUTPUT,
  requireDistCjs,
  type GeneratedPackage,
} from "./generatedPackages.js";

const OWNER = "enum-style-test";

/** The fixture spec generated once per style: only `typescript.enumStyle` differs. */
function fixtureInStyle(style: "enum" | "const"): GeneratedPackage {
  const text = readFileSync(CONST_FIXTURE_SPEC, "utf8");
  if (!/^ {2}enumStyle: const$/m.test(text))
    throw new Error(
      `${CONST_FIXTURE_SPEC} no longer says \`enumStyle: const\``,
    );
  const specFile = path.join(
    OUTPUT,
    OWNER,
    "specs",
    style,
    path.basename(CONST_FIXTURE_SPEC),
  );
  mkdirSync(path.dirname(specFile), { recursive: true });
  writeFileSync(
    specFile,
    text.replace(/^ {2}enumStyle: const$/m, `  enumStyle: ${style}`),
  );
  return generatePackage(
    specFile,
    path.join(OWNER, style),
    `fixture (${style} style)`,
  );
}

const STYLES = { enum: fixtureInStyle("enum"), const: fixtureInStyle("const") };

const STRICTEST: ts.CompilerOptions = {
  strict: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  types: [],
  noEmit: true,
};

function diagnosticsOf(
  file: string,
  options: ts.CompilerOptions,
): { code: number; message: string }[] {
  const program = ts.createProgram([file], options);
  return ts.getPreEmitDiagnostics(program).map((d) => ({
    code: d.code,
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  }));
}

const sourceOf = (pkg: GeneratedPackage) =>
  path.join(pkg.dir, "src", `${pkg.spec.name}.ts`);
const declarationsOf = (pkg: GeneratedPackage) =>
  path.join(pkg.dir, "dist", "index.d.ts");

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
}

/** Every node in a file, depth first. */
function nodesOf(source: ts.SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    nodes.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return nodes;
}

/** [member name, its JSDoc as written] for the enum's members, whichever style declares them. */
function memberDocs(file: string, enumName: string): [string, string][] {
  const source = parse(file);
  const members = nodesOf(source).filter(
    (
      node,
    ): node is ts.EnumMember | ts.PropertyAssignment | ts.PropertySignature => {
      if (!(
        ts.isEnumMember(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isPropertySignature(node)
      ))
        return false;
      // Members of the declaration named enumName: the enum itself, or the object literal / type literal of the const.
      for (let up: ts.Node | undefined = node.parent; up; up = up.parent) {
        if (
          (ts.isEnumDeclaration(up) || ts.isVariableDeclaration(up)) &&
          up.name.getText(source) === enumName
        )
          return true;
        if (ts.isInterfaceDeclaration(up) || ts.isFunctionDeclaration(up))
          return false;
      }
      return false;
    },
  );
  return members.map((member) => [
    member.name.getText(source),
    ts
      .getJSDocCommentsAndTags(member)
      .map((doc) => doc.getText(source))
      .join("\n"),
  ]);
}

describe("every generated TypeScript file", () => {
  it("never declares a const enum (it breaks isolatedModules consumers)", () => {
    for (const pkg of [defaultPackage(), STYLES.enum, STYLES.const]) {
      for (const file of readdirSync(pkg.dir, {
        recursive: true,
        encoding: "utf8",
      }).filter((f) => /\.(ts|cts|mts)$/.test(f))) {
        const constEnums = nodesOf(parse(path.join(pkg.dir, file))).filter(
          (node) =>
            ts.isEnumDeclaration(node) &&
            node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ConstKeyword),
        );
        expect(constEnums, `${pkg.label}: ${file}`).toEqual([]);
      }
    }
  });
});

describe("enumStyle: const", () => {
  const pkg = STYLES.const;

  it("declares an object `as const` and a type of the same name, and no enum", () => {
    for (const file of [sourceOf(pkg), declarationsOf(pkg)]) {
      const nodes = nodesOf(parse(file));
      expect(nodes.filter(ts.isEnumDeclaration), file).toEqual([]);
      const names = (
        kind: (
          node: ts.Node,
        ) => node is ts.VariableDeclaration | ts.TypeAliasDeclaration,
      ) => nodes.filter(kind).map((node) => node.name.getText());
      expect(names(ts.isVariableDeclaration)).toContain(pkg.spec.name);
      expect(names(ts.isTypeAliasDeclaration)).toContain(pkg.spec.name);
    }
    expect(readFileSync(sourceOf(pkg), "utf8")).toContain(
      `export const ${pkg.spec.name} = {`,
    );
  });

  it("compiles under --erasableSyntaxOnly as well as --strict --isolatedModules --verbatimModuleSyntax", () => {
    expect(
      diagnosticsOf(sourceOf(pkg), { ...STRICTEST, erasableSyntaxOnly: true }),
    ).toEqual([]);
    expect(
      diagnosticsOf(declarationsOf(pkg), {
        ...STRICTEST,
        erasableSyntaxOnly: true,
      }),
    ).toEqual([]);
  });

  it("its type is exactly the union of the codes", () => {
    const codes = pkg.spec.codes.map((code) => code.code).sort((a, b) => a - b);
    expect(literalUnion(sourceOf(pkg), pkg.spec.name, STRICTEST)).toEqual(
      codes,
    );
    expect(literalUnion(declarationsOf(pkg), pkg.spec.name, STRICTEST)).toEqual(
      codes,
    );
  });

  it("has no reverse mapping at run time", async () => {
    const enumObject = (await importDistEsm(pkg))[pkg.spec.name] as Record<
      string,
      unknown
    >;
    expect(Object.keys(enumObject)).toEqual(
      pkg.spec.codes.map((code) => code.name),
    );
  });
});

describe("enumStyle: enum", () => {
  const pkg = STYLES.enum;

  it("declares a regular enum, which erasableSyntaxOnly rejects (so the const style is needed there)", () => {
    expect(
      nodesOf(parse(sourceOf(pkg)))
        .filter(ts.isEnumDeclaration)
        .map((node) => node.name.text),
    ).toEqual([pkg.spec.name]);
    expect(diagnosticsOf(sourceOf(pkg), STRICTEST)).toEqual([]);
    expect(
      diagnosticsOf(sourceOf(pkg), {
        ...STRICTEST,
        erasableSyntaxOnly: true,
      }).map((d) => d.code),
    ).toEqual([1294]);
  });

  it("is the default", () => {
    expect(defaultPackage().spec.typescript?.enumStyle).toBeUndefined();
    expect(
      nodesOf(parse(sourceOf(defaultPackage()))).filter(ts.isEnumDeclaration),
    ).toHaveLength(1);
  });
});

describe("both styles", () => {
  it("carry the same JSDoc on every member, in the source and in the .d.ts", () => {
    for (const file of [sourceOf, declarationsOf]) {
      const enumDocs = memberDocs(file(STYLES.enum), STYLES.enum.spec.name);
      expect(enumDocs.map(([name]) => name)).toEqual(
        STYLES.enum.spec.codes.map((code) => code.name),
      );
      expect(enumDocs.every(([, doc]) => doc.startsWith("/**"))).toBe(true);
      expect(memberDocs(file(STYLES.const), STYLES.const.spec.name)).toEqual(
        enumDocs,
      );
    }
  });

  it("export the same helpers with the same answers", async () => {
    const builds = {
      enum: requireDistCjs(STYLES.enum),
      const: requireDistCjs(STYLES.const),
    };
    expect(Object.keys(builds.const).sort()).toEqual(
      Object.keys(builds.enum).sort(),
    );
    const probes = [
      0,
      3999,
      4000,
      4001,
      4099,
      4100,
      4102,
      4499,
      4500,
      4501,
      4999,
      5000,
      ...STYLES.enum.spec.codes.map((code) => code.code),
    ];
    for (const value of probes) {
      for (const helper of [
        "describe",
        "isKnown",
        "flagsOf",
        "nameOf",
      ] as const) {
        expect(builds.const[helper](value), `${helper}(${value})`).toEqual(
          builds.enum[helper](value),
        );
      }
    }
    expect(builds.const.entries).toEqual(builds.enum.entries);
    expect(builds.const.ranges).toEqual(builds.enum.ranges);
  });
});

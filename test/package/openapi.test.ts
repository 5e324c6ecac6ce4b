// The JSON Schema as OpenAPI tooling reads it: vendor enum names and descriptions aligned with `oneOf`,
// per-code links and deprecation, Ajv strict mode, and json-schema-to-typescript's view of the type.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { compile } from "json-schema-to-typescript";
import { describe, expect, it } from "vitest";
import {
  constFixturePackage,
  defaultPackage,
  OUTPUT,
  type GeneratedPackage,
} from "./generatedPackages.js";
import { literalUnion } from "./literalUnion.js";

const OWNER = "openapi-test";
const PACKAGES: GeneratedPackage[] = [
  defaultPackage(),
  constFixturePackage(OWNER),
];
// ajv/dist/2020 is CommonJS whose module.exports is the class itself.
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;

/** The keywords the schema carries beyond JSON Schema's vocabularies: OpenAPI's externalDocs and generator hints. */
const VENDOR_KEYWORDS = [
  "externalDocs",
  "x-enum-varnames",
  "x-enum-descriptions",
  "x-enumNames",
];

interface CodeSchema {
  const: number;
  title: string;
  description: string;
  externalDocs?: { url: string };
  deprecated?: boolean;
}

interface Schema {
  title: string;
  enum: number[];
  oneOf: CodeSchema[];
  "x-enum-varnames": string[];
  "x-enum-descriptions": string[];
  "x-enumNames": string[];
}

describe.each(PACKAGES)("$label", (pkg) => {
  const { spec } = pkg;
  const schemaFile = path.join(pkg.dir, `${spec.name}.schema.json`);
  const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Schema;

  it("lists x-enum-varnames, x-enum-descriptions and x-enumNames in spec order, aligned with oneOf and enum", () => {
    expect(schema.oneOf.map((entry) => entry.const)).toEqual(
      spec.codes.map((code) => code.code),
    );
    expect(schema.enum).toEqual(spec.codes.map((code) => code.code));
    expect(schema["x-enum-varnames"]).toEqual(
      spec.codes.map((code) => code.name),
    );
    expect(schema["x-enum-varnames"]).toEqual(
      schema.oneOf.map((entry) => entry.title),
    );
    expect(schema["x-enumNames"]).toEqual(schema["x-enum-varnames"]);
    expect(schema["x-enum-descriptions"]).toEqual(
      spec.codes.map((code) => code.description),
    );
    expect(schema["x-enum-descriptions"]).toEqual(
      schema.oneOf.map((entry) => entry.description),
    );
  });

  it("links each code's reference as externalDocs and marks deprecated codes", () => {
    spec.codes.forEach((code, i) => {
      const entry = schema.oneOf[i]!;
      expect(entry.externalDocs, code.name).toEqual(
        code.reference === undefined ? undefined : { url: code.reference },
      );
      expect(entry.deprecated, code.name).toBe(
        code.deprecated === undefined ? undefined : true,
      );
    });
  });

  it("compiles under Ajv strict mode once the vendor keywords are declared, and not before", () => {
    expect(() => new Ajv2020({ strict: true }).compile(schema)).toThrow(
      /unknown keyword/,
    );
    const ajv = new Ajv2020({ strict: true });
    ajv.addVocabulary(VENDOR_KEYWORDS);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it("accepts exactly the codes", () => {
    const ajv = new Ajv2020({ strict: true });
    ajv.addVocabulary(VENDOR_KEYWORDS);
    const validate = ajv.compile(schema);
    const codes = new Set(spec.codes.map((code) => code.code));
    const wrong = Array.from({ length: 65536 }, (_, n) => n).filter(
      (n) => validate(n) !== codes.has(n),
    );
    expect(wrong).toEqual([]);
    for (const odd of [
      `${spec.codes[0]!.code}`,
      spec.codes[0]!.code + 0.5,
      null,
      [spec.codes[0]!.code],
      {},
    ])
      expect(validate(odd)).toBe(false);
  });

  it("becomes exactly the union of the codes through json-schema-to-typescript", async () => {
    const declarations = await compile(
      structuredClone(schema) as never,
      spec.name,
      { bannerComment: "", format: false, additionalProperties: false },
    );
    const file = path.join(
      OUTPUT,
      OWNER,
      "json-schema-to-typescript",
      `${spec.name}.ts`,
    );
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, declarations);
    expect(literalUnion(file, spec.name)).toEqual(
      spec.codes.map((code) => code.code).sort((a, b) => a - b),
    );
  });
});

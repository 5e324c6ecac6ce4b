// <Name>.schema.json as plain JSON Schema consumers read it: Ajv, @cfworker/json-schema and
// @hyperjump/json-schema, each at its defaults, accept exactly the codes, report a value outside them as
// the one failure of the set, and (hyperjump's annotations) give each code its title and description.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Validator as CfworkerValidator } from "@cfworker/json-schema";
import { annotate } from "@hyperjump/json-schema/annotations/experimental";
import { annotation } from "@hyperjump/json-schema/annotated-instance/experimental";
import { validate as hyperjumpValidate } from "@hyperjump/json-schema/draft-2020-12";
import { BASIC } from "@hyperjump/json-schema/experimental";
import Ajv2020Module from "ajv/dist/2020.js";
import { compile } from "json-schema-to-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import {
  constFixturePackage,
  defaultPackage,
  OUTPUT,
  type GeneratedPackage,
} from "./generatedPackages.js";
import { literalUnion } from "./literalUnion.js";

const OWNER = "schema-test";
const PACKAGES: GeneratedPackage[] = [
  defaultPackage(),
  constFixturePackage(OWNER),
];
// ajv/dist/2020 is CommonJS whose module.exports is the class itself.
const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;

/** One reported failure: where in the schema, where in the value, and the validator's words for it. */
interface Failure {
  keyword: string;
  instance: string;
  message: string;
}

/** A validator as a consumer uses it: a verdict and its failures, in the validator's own terms. */
interface Consumer {
  name: string;
  check(value: unknown): { valid: boolean; failures: Failure[] };
}

async function consumersOf(schemaFile: string): Promise<Consumer[]> {
  const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as object;
  const ajvValidate = new Ajv2020().compile(schema);
  const cfworker = new CfworkerValidator(schema as never);
  const url = pathToFileURL(schemaFile).href;
  const hyperjump = await hyperjumpValidate(url);
  return [
    {
      name: "ajv",
      check(value) {
        const valid = ajvValidate(value);
        const failures = (ajvValidate.errors ?? []).map((error) => ({
          keyword: error.schemaPath.replace(/^#/, ""),
          instance: error.instancePath,
          message: error.message ?? "",
        }));
        return { valid, failures };
      },
    },
    {
      name: "@cfworker/json-schema",
      check(value) {
        const { valid, errors } = cfworker.validate(value);
        const failures = errors.map((error) => ({
          keyword: error.keywordLocation.replace(/^#/, ""),
          instance: error.instanceLocation.replace(/^#/, ""),
          message: error.error,
        }));
        return { valid, failures };
      },
    },
    {
      name: "@hyperjump/json-schema",
      check(value) {
        const output = hyperjump(value as never, BASIC);
        const failures = (output.valid ? [] : (output.errors ?? [])).map(
          (error) => ({
            keyword: error.absoluteKeywordLocation.slice(`${url}#`.length),
            instance: error.instanceLocation.replace(/^#/, ""),
            message: error.keyword,
          }),
        );
        return { valid: output.valid, failures };
      },
    },
  ];
}

describe.each(PACKAGES)("$label", (pkg) => {
  const { spec } = pkg;
  const schemaFile = path.join(pkg.dir, `${spec.name}.schema.json`);
  const codes = spec.codes.map((code) => code.code);
  const known = new Set(codes);
  const bounds = spec.bounds ?? { min: 0, max: 65535 };
  let consumers: Consumer[] = [];
  beforeAll(async () => {
    consumers = await consumersOf(schemaFile);
  });

  it("is plain JSON Schema 2020-12: a oneOf of const, title and description per code, nothing else", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Record<
      string,
      unknown
    >;
    expect(Object.keys(schema)).toEqual([
      "$schema",
      "$comment",
      "title",
      "description",
      "oneOf",
    ]);
    expect(schema.oneOf).toEqual(
      spec.codes.map((code) => ({
        const: code.code,
        title: code.name,
        description: code.description,
        ...(code.deprecated === undefined ? {} : { deprecated: true }),
      })),
    );
  });

  it("compiles with each validator's defaults (Ajv's strict mode included)", () => {
    expect(consumers.map((consumer) => consumer.name)).toEqual([
      "ajv",
      "@cfworker/json-schema",
      "@hyperjump/json-schema",
    ]);
  });

  it(`accepts exactly the codes among every integer from ${bounds.min - 1} to ${bounds.max + 1}, and no other kind of value`, () => {
    const odd = [
      `${codes[0]}`,
      codes[0]! + 0.5,
      -codes[0]!,
      null,
      true,
      [codes[0]],
      { code: codes[0] },
    ];
    for (const consumer of consumers) {
      const wrong: unknown[] = [];
      for (let n = bounds.min - 1; n <= bounds.max + 1; n++)
        if (consumer.check(n).valid !== known.has(n)) wrong.push(n);
      for (const value of odd)
        if (consumer.check(value).valid) wrong.push(value);
      expect(wrong, consumer.name).toEqual([]);
    }
  });

  it("reports a value outside the set as one failure, of the set's oneOf, explained by each code it is not", () => {
    const outside = [firstGap(codes), `${codes[0]}`, null];
    for (const consumer of consumers)
      for (const value of outside) {
        const { failures } = consumer.check(value);
        const label = `${consumer.name} on ${JSON.stringify(value)}`;
        const [top, ...causes] = partition(failures);
        expect(top, label).toHaveLength(1);
        expect(top[0]!.instance, label).toBe("");
        // Each cause is one code's `const` failing, every code once: the set's own list, nothing else.
        expect(
          causes.map((failure) => failure.keyword),
          label,
        ).toEqual(codes.map((_, index) => `/oneOf/${index}/const`));
      }
  });

  it("gives each code its title and description as annotations (hyperjump's annotation API)", async () => {
    const annotator = await annotate(pathToFileURL(schemaFile).href);
    const dialect = "https://json-schema.org/draft/2020-12/schema";
    for (const code of spec.codes) {
      const instance = annotator(code.code);
      // The set's own title and description, and this code's: no other code's.
      expect(sorted(annotation(instance, "title", dialect))).toEqual(
        sorted([spec.name, code.name]),
      );
      expect(sorted(annotation(instance, "description", dialect))).toEqual(
        sorted([spec.title ?? spec.name, code.description]),
      );
      expect(annotation(instance, "deprecated", dialect)).toEqual(
        code.deprecated === undefined ? [] : [true],
      );
    }
  });

  it("becomes exactly the union of the codes through json-schema-to-typescript", async () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as object;
    const declarations = await compile(schema as never, spec.name, {
      bannerComment: "",
      format: false,
    });
    const file = path.join(
      OUTPUT,
      OWNER,
      "json-schema-to-typescript",
      `${spec.name}.ts`,
    );
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, declarations);
    expect(literalUnion(file, spec.name)).toEqual(
      [...codes].sort((a, b) => a - b),
    );
  });
});

/** The failures at the schema's root keyword (the oneOf), then all the others, in the validator's order. */
function partition(failures: readonly Failure[]): [Failure[], ...Failure[]] {
  const top = failures.filter((failure) => failure.keyword === "/oneOf");
  const rest = failures
    .filter((failure) => failure.keyword !== "/oneOf")
    .sort((a, b) =>
      a.keyword.localeCompare(b.keyword, "en", { numeric: true }),
    );
  return [top, ...rest];
}

function sorted(items: readonly unknown[]): string[] {
  return items.map(String).sort();
}

/** The lowest number above the first code that is not a code. */
function firstGap(codes: readonly number[]): number {
  let n = codes[0]!;
  while (codes.includes(n)) n++;
  return n;
}

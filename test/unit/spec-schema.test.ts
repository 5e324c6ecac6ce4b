// spec/spec.schema.json: strict, documented, accepts every good spec and rejects every pure shape error.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { specSchema, withKeyTables } from "../../src/spec/describeFormat.js";
import { MAPPINGS } from "../../src/spec/keys.js";
import { ROOT } from "../helpers.js";

const schema = JSON.parse(
  readFileSync(path.join(ROOT, "spec", "spec.schema.json"), "utf8"),
);
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const readYaml = (file: string): unknown => parse(readFileSync(file, "utf8"));

/** Bad-spec cases whose only problem is the shape of the data, which a JSON Schema can see. */
const SHAPE_ERRORS = [
  "bad-code-reference",
  "bad-deprecated",
  "bad-enum-style",
  "bad-enum-style-const-enum",
  "bad-package-name-and-version",
  "bad-reference-url",
  "blank-description",
  "code-above-max",
  "code-entry-is-a-scalar",
  "code-flags-is-a-string",
  "code-is-a-float",
  "code-is-a-string",
  "code-is-huge",
  "code-is-negative",
  "code-name-clashes-page-anchor",
  "code-name-not-identifier",
  "code-name-proto",
  "code-name-with-dollar",
  "deprecated-multiline",
  "codes-is-a-mapping",
  "codes-key-without-value",
  "docs-values-not-boolean",
  "empty-code-list",
  "empty-description",
  "flag-listed-twice",
  "flag-name-not-camel-case",
  "flags-is-a-list",
  "front-matter-not-mapping",
  "list-file",
  "missing-code-fields",
  "otherwise-is-a-list",
  "otherwise-without-flags",
  "missing-codes",
  "missing-name",
  "missing-package-version",
  "multiple-problems",
  "name-wrong-type",
  "non-string-key",
  "null-description",
  "range-missing-description",
  "range-out-of-bounds",
  "scalar-file",
  "spec-name-not-pascal-case",
  "too-many-flags",
  "unknown-key-in-code-did-you-mean",
  "unknown-key-in-package",
  "unknown-key-in-range",
  "unknown-key-no-suggestion",
  "unknown-top-level-key-did-you-mean",
  "summary-empty",
  "summary-multiline",
  "summary-not-a-string",
  "summary-too-long",
  "targets-unknown-and-repeated",
  "targets-empty",
  "bad-csharp-namespace-and-go-package",
];

const goodSpecs = [
  ...readdirSync(path.join(ROOT, "spec"))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join("spec", file)),
  ...readdirSync(path.join(ROOT, "test", "corpora", "hostile")).map((file) =>
    path.join("test", "corpora", "hostile", file),
  ),
];

describe("spec/spec.schema.json", () => {
  test("compiles under Ajv's strict mode as draft 2020-12", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof validate).toBe("function");
  });

  test("is strict: every object schema with properties forbids others, and every key has a description", () => {
    const undocumented: string[] = [];
    const open: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (typeof node !== "object" || node === null) return;
      const record = node as Record<string, unknown>;
      // The conditional default bounds (#/if, #/then) only narrow keys declared above.
      if (record.properties && !/^#\/(if|then)(\/|$)/.test(where)) {
        if (record.additionalProperties !== false) open.push(where);
        for (const [key, value] of Object.entries(
          record.properties as Record<string, Record<string, unknown>>,
        )) {
          if (
            typeof value.description !== "string" ||
            value.description.length < 10
          )
            undocumented.push(`${where}/properties/${key}`);
        }
      }
      for (const [key, value] of Object.entries(record))
        walk(value, `${where}/${key}`);
    };
    walk(schema, "#");
    expect(open).toEqual([]);
    expect(undocumented).toEqual([]);
    expect(schema.description).toBeTypeOf("string");
  });

  test("is what the key tables of src/spec/keys.ts make, as spec/README.md's key tables are", () => {
    expect(schema).toEqual(specSchema());
    const readme = readFileSync(path.join(ROOT, "spec", "README.md"), "utf8");
    expect(readme).toBe(withKeyTables(readme));
    for (const name of Object.keys(MAPPINGS))
      expect(readme).toContain(`<!-- keys: ${name} -->`);
  });

  test.each(goodSpecs)("accepts %s", (file) => {
    const valid = validate(readYaml(path.join(ROOT, file)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test.each(SHAPE_ERRORS)(
    "rejects the bad spec %s, as the generator does",
    (name) => {
      const file = path.join(
        ROOT,
        "test",
        "corpora",
        "bad-specs",
        `${name}.yaml`,
      );
      expect(
        readFileSync(
          path.join(ROOT, "test", "corpora", "bad-specs", `${name}.expected`),
          "utf8",
        ),
      ).not.toBe("");
      expect(validate(readYaml(file))).toBe(false);
    },
  );

  test("every spec's first line points editors at the schema", () => {
    for (const file of readdirSync(path.join(ROOT, "spec")).filter((name) =>
      /\.ya?ml$/.test(name),
    )) {
      expect(
        readFileSync(path.join(ROOT, "spec", file), "utf8").split("\n")[0],
      ).toBe("# yaml-language-server: $schema=./spec.schema.json");
    }
  });
});

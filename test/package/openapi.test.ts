// <Name>.openapi.json as OpenAPI tooling reads it: Redocly's linter accepts the document, and
// openapi-typescript (with and without --enum, directly and through a $ref from an API) names the type
// <Name>, its members after the codes, and carries each description as far as the tool carries one.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { oneLine } from "../../src/render/helpers/text.js";
import {
  constFixturePackage,
  defaultPackage,
  OUTPUT,
  REPO,
  type GeneratedPackage,
} from "./generatedPackages.js";
import { literalUnion } from "./literalUnion.js";

const OWNER = "openapi-test";
const PACKAGES: GeneratedPackage[] = [
  defaultPackage(),
  constFixturePackage(OWNER),
];
const OPENAPI_TYPESCRIPT = path.join(
  REPO,
  "node_modules/openapi-typescript/bin/cli.js",
);
const REDOCLY = path.join(REPO, "node_modules/@redocly/cli/bin/cli.js");

interface CodeSchema {
  const: number;
  title: string;
  description: string;
  externalDocs?: { url: string };
  deprecated?: boolean;
}

interface SetSchema {
  title: string;
  description: string;
  type: string;
  enum: number[];
  oneOf: CodeSchema[];
  "x-enum-varnames": string[];
  "x-enum-descriptions": string[];
  "x-enumNames": string[];
}

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; license?: { name: string } };
  components: { schemas: Record<string, SetSchema> };
}

/** Runs openapi-typescript's CLI in `dir` (which holds no redocly.yaml, so the tool's own defaults apply). */
function openapiTypescript(
  dir: string,
  input: string,
  output: string,
  flags: readonly string[],
): string {
  execFileSync(
    process.execPath,
    [OPENAPI_TYPESCRIPT, input, "-o", output, ...flags],
    { cwd: dir, stdio: "pipe" },
  );
  return path.resolve(dir, output);
}

function compileErrors(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    types: [],
    lib: ["lib.es2022.d.ts"],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** The members of the exported enum `name` in `file`: name, value, and the comments the tool put before it. */
function enumMembers(
  file: string,
  name: string,
): { name: string; value: number; comment: string }[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const declaration = source.statements.find(
    (statement): statement is ts.EnumDeclaration =>
      ts.isEnumDeclaration(statement) && statement.name.text === name,
  );
  if (!declaration) throw new Error(`${file} declares no enum ${name}`);
  return declaration.members.map((member) => ({
    name: member.name.getText(source),
    value: Number(member.initializer!.getText(source)),
    comment: (ts.getLeadingCommentRanges(text, member.pos) ?? [])
      .map((range) => text.slice(range.pos, range.end))
      .join("\n"),
  }));
}

/** The JSDoc text on `components.schemas.<name>`, as the TypeScript compiler reads it. */
function schemaJsdoc(file: string, name: string): string {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertySignature(node) &&
      node.name.getText(source) === name &&
      ts.isPropertySignature(node.parent.parent)
    )
      found = node;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`${file} has no schema ${name}`);
  return ts
    .getJSDocCommentsAndTags(found)
    .map((doc) => doc.getText(source))
    .join("\n");
}

describe.each(PACKAGES)("$label", (pkg) => {
  const { spec } = pkg;
  const fileName = `${spec.name}.openapi.json`;
  const document = JSON.parse(
    readFileSync(path.join(pkg.dir, fileName), "utf8"),
  ) as OpenApiDocument;
  const set = document.components.schemas[spec.name]!;
  const work = path.join(OUTPUT, OWNER, "tools", spec.package.name);
  mkdirSync(work, { recursive: true });

  it("is an OpenAPI 3.1 document whose components.schemas holds the set, and nothing else", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(Object.keys(document.components.schemas)).toEqual([spec.name]);
    expect(document.info.version).toBe(spec.package.version);
  });

  it("lists enum, x-enum-varnames, x-enumNames and x-enum-descriptions in spec order, aligned with oneOf", () => {
    expect(set.type).toBe("integer");
    expect(set.enum).toEqual(spec.codes.map((code) => code.code));
    expect(set.oneOf.map((entry) => entry.const)).toEqual(set.enum);
    expect(set["x-enum-varnames"]).toEqual(spec.codes.map((code) => code.name));
    expect(set["x-enumNames"]).toEqual(set["x-enum-varnames"]);
    expect(set.oneOf.map((entry) => entry.title)).toEqual(
      set["x-enum-varnames"],
    );
    expect(set.oneOf.map((entry) => entry.description)).toEqual(
      spec.codes.map((code) => code.description),
    );
    // Tools print these as line comments: each is the description on one line.
    expect(set["x-enum-descriptions"]).toEqual(
      spec.codes.map((code) => oneLine(code.description)),
    );
    for (const text of set["x-enum-descriptions"])
      expect(text).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  it("links each code's reference as externalDocs and marks deprecated codes", () => {
    spec.codes.forEach((code, i) => {
      const entry = set.oneOf[i]!;
      expect(entry.externalDocs, code.name).toEqual(
        code.reference === undefined ? undefined : { url: code.reference },
      );
      expect(entry.deprecated, code.name).toBe(
        code.deprecated === undefined ? undefined : true,
      );
    });
  });

  it("passes Redocly's lint (recommended rules, less the two that ask a document of shared components for servers and uses)", () => {
    const config = path.join(work, "redocly-lint", "redocly.yaml");
    mkdirSync(path.dirname(config), { recursive: true });
    writeFileSync(
      config,
      "extends: [recommended]\nrules:\n  no-empty-servers: off\n  no-unused-components: off\n",
    );
    let report: string;
    try {
      report = execFileSync(
        process.execPath,
        [
          REDOCLY,
          "lint",
          path.join(pkg.dir, fileName),
          "--config",
          config,
          "--format",
          "json",
        ],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, REDOCLY_TELEMETRY: "off", CI: "true" },
        },
      );
    } catch (error) {
      report = (error as { stdout: string }).stdout;
    }
    const { problems } = JSON.parse(report) as {
      problems: { ruleId: string; message: string }[];
    };
    // The license is the spec's to give: without one, the linter rightly says the document lacks it.
    expect(problems.map((problem) => problem.ruleId)).toEqual(
      spec.package.license === undefined ? ["info-license"] : [],
    );
  });

  it("becomes the union of the codes through openapi-typescript without --enum, a type named after the set, documented", () => {
    const file = openapiTypescript(
      pkg.dir,
      fileName,
      path.join(work, "union.ts"),
      ["--root-types", "--root-types-no-schema-prefix"],
    );
    expect(compileErrors(file)).toEqual([]);
    expect(literalUnion(file, spec.name)).toEqual(
      spec.codes.map((code) => code.code).sort((a, b) => a - b),
    );
    expect(schemaJsdoc(file, spec.name)).toContain(
      `@description ${set.description}`,
    );
  });

  it("becomes an enum named after the set through openapi-typescript --enum, each member named after its code, its description beside it", () => {
    const file = openapiTypescript(
      pkg.dir,
      fileName,
      path.join(work, "enum.ts"),
      ["--enum"],
    );
    expect(compileErrors(file)).toEqual([]);
    const members = enumMembers(file, spec.name);
    expect(members.map(({ name, value }) => ({ name, value }))).toEqual(
      spec.codes.map((code) => ({ name: code.name, value: code.code })),
    );
    // openapi-typescript writes x-enum-descriptions as `//` comments, not JSDoc: editors show no hover for them.
    members.forEach((member, i) =>
      expect(member.comment).toBe(`// ${set["x-enum-descriptions"][i]}`),
    );
  });

  it("keeps the set's name when an API document $refs it: components.schemas.<Name>, and the enum <Name>", () => {
    const api = path.join(work, "api");
    mkdirSync(api, { recursive: true });
    const reference = `${path.relative(api, path.join(pkg.dir, fileName)).split(path.sep).join("/")}#/components/schemas/${spec.name}`;
    writeFileSync(
      path.join(api, "api.json"),
      JSON.stringify({
        openapi: "3.1.1",
        info: { title: "An API that closes connections", version: "1.0.0" },
        paths: {
          "/sessions/{id}/close": {
            post: {
              operationId: "closeSession",
              responses: {
                "200": {
                  description: "How the session was closed.",
                  content: {
                    "application/json": {
                      schema: {
                        type: "object",
                        required: ["code"],
                        properties: { code: { $ref: reference } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      }),
    );
    for (const flags of [[], ["--enum"]]) {
      const file = openapiTypescript(api, "api.json", "api.ts", flags);
      expect(compileErrors(file)).toEqual([]);
      const text = readFileSync(file, "utf8");
      expect(text).toContain(`code: components["schemas"]["${spec.name}"];`);
      if (flags.length > 0)
        expect(
          enumMembers(file, spec.name).map((member) => member.name),
        ).toEqual(spec.codes.map((code) => code.name));
    }
  });
});

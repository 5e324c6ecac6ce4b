// `codeset import` as a user runs it: each kind of source -> spec -> the real validator -> `codeset gen`, whose
// enum (imported from the generated package) must hold the source's names and values; and every refusal.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { specHeader } from "../../src/cli/specHeader.js";
import { loadSpec } from "../../src/spec/load.js";
import type { CodeSpec, Spec } from "../../src/spec/types.js";
import { validateSpec } from "../../src/spec/validate.js";
import {
  DEFAULT_SPEC,
  ROOT,
  runCli,
  tempDir,
  writeFile,
  type CliResult,
} from "../helpers.js";

const FIXTURES = path.join(ROOT, "test", "fixtures", "import");
const fixture = (name: string) => path.join(FIXTURES, name);
const OUR_SCHEMA = path.join(
  ROOT,
  "generated",
  "websocket-status-codes",
  "WebSocketStatusCodes.schema.json",
);
/** Where a spec printed in a project without the toolchain installed points editors (as init's does). */
const SCHEMA_LINE =
  "# yaml-language-server: $schema=../node_modules/codeset-gen/spec/spec.schema.json";

type NameToValue = Record<string, number>;

interface SchemaEntry {
  const: number;
  title: string;
  description: string;
  externalDocs?: { url: string };
  deprecated?: boolean;
}

interface Generated {
  spec: Spec;
  /** The generated package's enum, as a consumer imports it from dist/index.js. */
  enumValues: NameToValue;
  schema: { title: string; description: string; oneOf: SchemaEntry[] };
}

/** `codeset import ARGS` in a fresh folder; it must succeed; the spec it printed. */
function importSpec(args: readonly string[], cwd = tempDir()): string {
  const result = runCli(["import", ...args], cwd);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result.stdout;
}

/** A failed import: the exit status, nothing on stdout, no stack trace; its stderr. */
function importFails(
  args: readonly string[],
  status: 1 | 2,
  cwd = tempDir(),
): string {
  const result: CliResult = runCli(["import", ...args], cwd);
  expect(result.status, result.stderr).toBe(status);
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result.stderr;
}

/** The numeric members of an enum or object at run time (a numeric enum also maps values back to names). */
function numericMembers(object: Record<string, unknown>): NameToValue {
  return Object.fromEntries(
    Object.entries(object).filter(
      (entry): entry is [string, number] => typeof entry[1] === "number",
    ),
  );
}

/** The spec through the real pipeline: loadSpec + validateSpec, then `codeset gen`, then the package it wrote. */
async function throughGen(text: string): Promise<Generated> {
  const dir = tempDir();
  const specFile = path.join(dir, "spec", "imported.yaml");
  writeFile(specFile, text);
  const spec = validateSpec(loadSpec(specFile), "spec/imported.yaml");
  const out = path.join(dir, "out");
  const result = runCli(["gen", "--spec", specFile, "--out", out], dir);
  expect(result.status, result.stderr).toBe(0);
  const module = (await import(
    pathToFileURL(path.join(out, "dist", "index.js")).href
  )) as Record<string, Record<string, unknown>>;
  const schema = JSON.parse(
    readFileSync(path.join(out, `${spec.name}.schema.json`), "utf8"),
  ) as Generated["schema"];
  return { spec, enumValues: numericMembers(module[spec.name]!), schema };
}

/** What tsc makes of a source at run time: the file transpiled (a .d.ts's `declare enum`s as enums) and imported. */
async function runtimeExports(
  file: string,
): Promise<Record<string, Record<string, unknown>>> {
  let text = readFileSync(file, "utf8");
  if (file.endsWith(".d.ts"))
    text = text.replace(/\bexport declare enum\b/g, "export enum");
  const { outputText } = ts.transpileModule(text, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
    },
  });
  const js = path.join(tempDir(), "source.mjs");
  writeFileSync(js, outputText);
  return (await import(pathToFileURL(js).href)) as Record<
    string,
    Record<string, unknown>
  >;
}

function codesOf(spec: Spec): Record<string, CodeSpec> {
  return Object.fromEntries(spec.codes.map((code) => [code.name, code]));
}

describe("a TypeScript enum (graphql-ws's dist/common.d.ts)", () => {
  it("becomes a spec formatted like init's, and gen makes the same members", async () => {
    const text = importSpec([fixture("common.d.ts")]);
    expect(text.split("\n")[0]).toBe(SCHEMA_LINE);
    expect(
      text.startsWith(specHeader("CloseCode", SCHEMA_LINE.split("=")[1]!)),
    ).toBe(true);
    const source = numericMembers(
      (await runtimeExports(fixture("common.d.ts"))).CloseCode!,
    );
    const { spec, enumValues } = await throughGen(text);
    expect(Object.keys(source)).toHaveLength(11);
    expect(enumValues).toEqual(source);
    expect(spec.codes.map((code) => code.name)).toEqual(Object.keys(source));
  });

  it("takes each member's JSDoc as its description, and says where there was none", async () => {
    const { spec } = await throughGen(importSpec([fixture("common.d.ts")]));
    const documented = [
      ...readFileSync(fixture("common.d.ts"), "utf8").matchAll(
        /\/\*\* (.*) \*\/\n\s+(\w+) = \d+/g,
      ),
    ].map(([, doc, name]) => [name!, doc!] as const);
    expect(documented).toHaveLength(2);
    const descriptions = Object.fromEntries(
      spec.codes.map((code) => [code.name, code.description]),
    );
    for (const [name, doc] of documented) expect(descriptions[name]).toBe(doc);
    const others = spec.codes.filter(
      (code) => !documented.some(([name]) => name === code.name),
    );
    for (const code of others)
      expect(code.description).toBe(
        `Not documented in common.d.ts; describe ${code.name} here.`,
      );
    expect(spec.description).toMatch(
      /^Close codes of the \[GraphQL over WebSocket Protocol\]\(https:/,
    );
  });

  it("computes values as tsc does and keeps @deprecated and @see (--enum picks among several)", async () => {
    const runtime = await runtimeExports(fixture("features.ts"));
    const { spec, enumValues } = await throughGen(
      importSpec([fixture("features.ts"), "--enum", "JobStatus"]),
    );
    expect(enumValues).toEqual(numericMembers(runtime.JobStatus!));
    const codes = codesOf(spec);
    expect(codes.Aborted!.deprecated).toBe(
      "Use `JobStatus.Cancelled` instead.",
    );
    expect(codes.Lost!.deprecated).toBe(true);
    expect(codes.Queued!.deprecated).toBeUndefined();
    expect(codes.Cancelled!.reference).toBe("https://example.com/jobs/cancel");
    expect(codes.Cancelled!.description).toBe(
      "Stopped by a user.\n\nThe runner keeps its log.",
    );
    expect(codes.Running!.description).toBe(
      "Running; see `JobStatus.Queued` for what comes before.",
    );
    expect(spec.reference).toBe("https://example.com/jobs/codes");
    expect(spec.description).toBe(
      "Codes a job runner reports. See [the job guide](https://example.com/jobs).",
    );
    // Lost = -1 lies below the default bounds, so the spec declares them.
    expect(spec.bounds.min).toBe(-1);
  });

  it("reads an `as const` object of numbers", async () => {
    const runtime = await runtimeExports(fixture("features.ts"));
    const { spec, enumValues } = await throughGen(
      importSpec([
        fixture("features.ts"),
        "--enum",
        "ExitStatus",
        "--name",
        "ExitStatuses",
      ]),
    );
    expect(spec.name).toBe("ExitStatuses");
    expect(enumValues).toEqual(runtime.ExitStatus);
    expect(codesOf(spec).Invalid!.description).toBe("The input is wrong.");
  });

  it("reads the .d.ts form of an `as const` object and an enum with auto-increment", async () => {
    const dir = tempDir();
    const file = path.join(dir, "codes.d.ts");
    writeFile(
      file,
      [
        "export declare const Codes: {",
        "    /** The first. */",
        "    readonly First: 10;",
        "    readonly Second: 20;",
        "};",
        "",
      ].join("\n"),
    );
    const { enumValues, spec } = await throughGen(importSpec([file], dir));
    expect(enumValues).toEqual({ First: 10, Second: 20 });
    expect(codesOf(spec).First!.description).toBe("The first.");
    const enumFile = path.join(dir, "auto.ts");
    writeFile(enumFile, "export enum Auto { A = 5, B, C = B * 10, D }\n");
    const auto = await throughGen(importSpec([enumFile], dir));
    expect(auto.enumValues).toEqual(
      numericMembers((await runtimeExports(enumFile)).Auto!),
    );
  });
});

describe("an IANA registry exported as CSV", () => {
  /** The rows of a fixture whose value is a range (a-b), or a number marked Unassigned. */
  function rangeRows(file: string): { from: number; to: number }[] {
    return [
      ...readFileSync(file, "utf8").matchAll(
        /^(\d+)(?:-(\d+),|,Unassigned,)/gm,
      ),
    ].map(([, from, to]) => ({ from: Number(from), to: Number(to ?? from) }));
  }

  it("the WebSocket registry: its 16 codes with their meanings, and its ranges", async () => {
    const { spec, enumValues, schema } = await throughGen(
      importSpec([fixture("websocket-1.csv"), "--name", "WebSocketCloseCodes"]),
    );
    // The default spec took its summaries from the same registry.
    const ours = validateSpec(
      loadSpec(DEFAULT_SPEC),
      "spec/websocket-status-codes.yaml",
    );
    const meanings = (codes: readonly CodeSpec[]) =>
      Object.fromEntries(codes.map((code) => [code.code, code.summary]));
    expect(spec.codes).toHaveLength(ours.codes.length);
    expect(meanings(spec.codes)).toEqual(meanings(ours.codes));
    expect(spec.ranges.map(({ from, to }) => ({ from, to }))).toEqual(
      rangeRows(fixture("websocket-1.csv")),
    );
    expect(enumValues).toEqual(
      Object.fromEntries(spec.codes.map((code) => [code.name, code.code])),
    );
    expect(schema.oneOf.map((entry) => entry.const)).toEqual(
      ours.codes.map((code) => code.code),
    );
    const codes = codesOf(spec);
    expect(codes.NormalClosure!.reference).toBe(
      "https://www.rfc-editor.org/rfc/rfc6455.html",
    );
    expect(codes.MandatoryExt!.summary).toBe("Mandatory Ext.");
    expect(codes.TLSHandshake!.code).toBe(1015);
    // A cell with two references: the first is the link, the second stays in the description.
    expect(codes.InternalError!.description).toBe(
      "Internal Error\n\nSee also [RFC Errata 3227](https://www.rfc-editor.org/errata/eid3227).",
    );
    expect(codes.ServiceRestart!.reference).toBe(
      ours.codes.find((code) => code.code === 1012)!.reference,
    );
    expect(spec.ranges[0]!.description).toBe(
      "Not used\n\nSee [RFC6455, Section 7.4.2](https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.2).",
    );
  });

  it("the HTTP registry: Unassigned rows as ranges, unique names (made up ones say why), OBSOLETED as deprecated", async () => {
    const file = fixture("http-status-codes-1.csv");
    const text = importSpec([file, "--name", "HttpStatusCodes"]);
    const { spec, enumValues } = await throughGen(text);
    const numbered = [
      ...readFileSync(file, "utf8").matchAll(/^(\d+),(?!Unassigned,)/gm),
    ].map(([, code]) => Number(code));
    expect(spec.codes.map((code) => code.code)).toEqual(numbered);
    expect(spec.ranges.map(({ from, to }) => ({ from, to }))).toEqual(
      rangeRows(file),
    );
    expect(enumValues).toEqual(
      Object.fromEntries(spec.codes.map((code) => [code.name, code.code])),
    );
    const byCode = Object.fromEntries(
      spec.codes.map((code) => [code.code, code]),
    );
    expect(byCode[203]!.name).toBe("NonAuthoritativeInformation");
    expect(byCode[226]!.name).toBe("IMUsed");
    expect(byCode[306]!.name).toBe("Unused");
    expect(byCode[418]!.name).toBe("Unused418");
    expect(byCode[510]).toMatchObject({
      name: "NotExtended",
      summary: "Not Extended",
      deprecated: true,
    });
    expect(byCode[100]!.reference).toBe(
      "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1",
    );
    // The one name that had to be invented carries a comment saying why, right above its entry.
    const comments = text.split("\n").filter((line) => /^\s+# /.test(line));
    expect(comments).toEqual([
      '  # name made up from "(Unused)": Unused is already 306\'s',
    ]);
    const after = text.split("\n")[text.split("\n").indexOf(comments[0]!) + 1];
    expect(after).toBe("  - name: Unused418");
  });
});

describe("JSON", () => {
  interface CodesJsonEntry {
    code: number;
    phrase: string;
    constant: string;
    isDeprecated?: boolean;
    comment: { doc: string; description: string };
  }

  it("http-status-codes' codes.json as it is: its 58 codes, phrases as summaries, deprecations kept", async () => {
    const source = JSON.parse(
      readFileSync(fixture("codes.json"), "utf8"),
    ) as CodesJsonEntry[];
    const { spec, enumValues, schema } = await throughGen(
      importSpec([fixture("codes.json"), "--name", "StatusCodes"]),
    );
    expect(source).toHaveLength(58);
    expect(enumValues).toEqual(
      Object.fromEntries(source.map((entry) => [entry.constant, entry.code])),
    );
    const deprecated = (codes: number[]) => [...codes].sort((a, b) => a - b);
    expect(
      deprecated(
        schema.oneOf
          .filter((entry) => entry.deprecated)
          .map((entry) => entry.const),
      ),
    ).toEqual(
      deprecated(
        source
          .filter((entry) => entry.isDeprecated === true)
          .map((entry) => entry.code),
      ),
    );
    expect(
      deprecated(
        source
          .filter((entry) => entry.isDeprecated === true)
          .map((entry) => entry.code),
      ).length,
    ).toBeGreaterThan(0);
    const codes = codesOf(spec);
    for (const entry of source) {
      expect(codes[entry.constant]).toMatchObject({
        summary: entry.phrase,
        description: entry.comment.description,
        reference: entry.comment.doc.replace("Official Documentation @ ", ""),
      });
    }
  });

  it("other fields by --code-field, --name-field, --description-field; a missing name made from the summary", async () => {
    const dir = tempDir();
    const file = path.join(dir, "errors.json");
    writeFile(
      file,
      JSON.stringify([
        { id: -32700, key: "ParseError", info: { text: "Invalid JSON." } },
        {
          id: -32600,
          key: "InvalidRequest",
          info: { text: "Not a request object." },
        },
        { id: -32601, title: "Method not found" },
      ]),
    );
    const text = importSpec(
      [
        file,
        "--code-field",
        "id",
        "--name-field",
        "key",
        "--description-field",
        "info.text",
        "--summary-field",
        "title",
      ],
      dir,
    );
    const { spec, enumValues } = await throughGen(text);
    expect(enumValues).toEqual({
      ParseError: -32700,
      InvalidRequest: -32600,
      MethodNotFound: -32601,
    });
    expect(codesOf(spec).ParseError!.description).toBe("Invalid JSON.");
    expect(codesOf(spec).MethodNotFound!.description).toBe("Method not found");
    expect(spec.bounds).toEqual({ min: -32700, max: 65535 });
  });

  // What each file carries of a code: name, number, description, deprecation; the OpenAPI document also the reference.
  const carried = (codes: readonly CodeSpec[], withReference: boolean) =>
    codes.map(({ name, code, description, reference, deprecated }) => ({
      name,
      code,
      description,
      reference: withReference ? reference : undefined,
      deprecated: deprecated === undefined ? undefined : true,
    }));
  const ours = () =>
    validateSpec(loadSpec(DEFAULT_SPEC), "spec/websocket-status-codes.yaml");

  it("our own <Name>.schema.json: the same spec data, and gen writes the same schema entries back", async () => {
    const original = JSON.parse(
      readFileSync(OUR_SCHEMA, "utf8"),
    ) as Generated["schema"];
    const { spec, schema } = await throughGen(importSpec([OUR_SCHEMA]));
    expect(spec.name).toBe(ours().name);
    expect(spec.title).toBe(ours().title);
    // Plain JSON Schema has no place for a link: references come back from the OpenAPI document.
    expect(carried(spec.codes, false)).toEqual(carried(ours().codes, false));
    expect(spec.codes.every((code) => code.reference === undefined)).toBe(true);
    expect(schema.oneOf).toEqual(original.oneOf);
    expect(schema.title).toBe(original.title);
  });

  it("our own <Name>.openapi.json: the same spec data, references included", async () => {
    const document = OUR_SCHEMA.replace(/\.schema\.json$/, ".openapi.json");
    const { spec, schema } = await throughGen(importSpec([document]));
    expect(spec.name).toBe(ours().name);
    expect(carried(spec.codes, true)).toEqual(carried(ours().codes, true));
    expect(schema.oneOf).toEqual(
      (JSON.parse(readFileSync(OUR_SCHEMA, "utf8")) as Generated["schema"])
        .oneOf,
    );
  });
});

describe("every text survives as data", () => {
  const corpus = path.join(ROOT, "test", "corpora", "hostile");
  const texts = readdirSync(corpus)
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => {
      const title = parseDocument(
        readFileSync(path.join(corpus, file), "utf8"),
      ).get("title");
      return [file, title as string] as const;
    });

  it("each hostile text of the corpus comes back from the spec as the source gave it", () => {
    expect(texts.length).toBeGreaterThan(10);
    const dir = tempDir();
    const file = path.join(dir, "hostile.json");
    writeFile(
      file,
      JSON.stringify(
        texts.map(([, text], index) => ({
          code: 1000 + index,
          constant: `Hostile${index}`,
          comment: {
            description: text,
            doc: `see https://example.com/${index}`,
          },
        })),
      ),
    );
    const text = importSpec([file, "--name", "HostileTexts"], dir);
    const specFile = path.join(dir, "hostile.yaml");
    writeFile(specFile, text);
    const spec = validateSpec(loadSpec(specFile), "hostile.yaml");
    texts.forEach(([name, hostile], index) => {
      expect(spec.codes[index]!.description, name).toBe(hostile);
      expect(spec.codes[index]!.reference).toBe(`https://example.com/${index}`);
    });
  });
});

describe("--out FILE", () => {
  it("writes the file and says what to run next; refuses an existing file unless --force", () => {
    const dir = tempDir();
    const result = runCli(
      [
        "import",
        fixture("common.d.ts"),
        "--out",
        "spec/close-codes.yaml",
        "--name",
        "CloseCodes",
      ],
      dir,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      "created spec/close-codes.yaml: 11 codes and 0 ranges from enum CloseCode in common.d.ts",
    );
    expect(result.stdout).toContain(
      "npx codeset gen --spec spec/close-codes.yaml",
    );
    const specFile = path.join(dir, "spec", "close-codes.yaml");
    const written = readFileSync(specFile, "utf8");
    expect(written).toBe(
      importSpec([fixture("common.d.ts"), "--name", "CloseCodes"], dir),
    );

    writeFileSync(specFile, "# my edits\n");
    const refused = importFails(
      [fixture("common.d.ts"), "--out", "spec/close-codes.yaml"],
      1,
      dir,
    );
    expect(refused).toContain(
      "spec/close-codes.yaml already exists; use --force to overwrite it",
    );
    expect(readFileSync(specFile, "utf8")).toBe("# my edits\n");

    const forced = runCli(
      [
        "import",
        fixture("common.d.ts"),
        "--out",
        "spec/close-codes.yaml",
        "--name",
        "CloseCodes",
        "--force",
      ],
      dir,
    );
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(specFile, "utf8")).toBe(written);
    expect(readdirSync(path.join(dir, "spec"))).toEqual(["close-codes.yaml"]);
  });

  it("points the schema line from the file's folder, and refuses a folder", () => {
    const dir = tempDir();
    expect(
      runCli(["import", fixture("codes.json"), "--out", "a/b/codes.yaml"], dir)
        .status,
    ).toBe(0);
    expect(
      readFileSync(path.join(dir, "a", "b", "codes.yaml"), "utf8").split(
        "\n",
      )[0],
    ).toBe(
      "# yaml-language-server: $schema=../../node_modules/codeset-gen/spec/spec.schema.json",
    );
    expect(
      importFails([fixture("codes.json"), "--out", "a", "--force"], 1, dir),
    ).toContain("--out a is a folder");
  });

  it("writes nothing when the source is bad", () => {
    const dir = tempDir();
    writeFile(path.join(dir, "bad.ts"), "export enum E { A = 1, B = 1 }\n");
    importFails([path.join(dir, "bad.ts"), "--out", "spec/e.yaml"], 1, dir);
    expect(existsSync(path.join(dir, "spec"))).toBe(false);
  });
});

describe("bad or ambiguous input: FILE:LINE:COL, exit 1, nothing written", () => {
  /** Writes `text` as `name` in a fresh folder and imports it; the one line of stderr that names a position. */
  function problemOf(name: string, text: string, args: string[] = []): string {
    const dir = tempDir();
    writeFile(path.join(dir, name), text);
    const stderr = importFails([name, ...args], 1, dir);
    expect(stderr).toMatch(/\nnothing written: fix the problems? above\n$/);
    return stderr.split("\n")[0]!;
  }

  it.each([
    [
      "a duplicate value in an enum",
      "e.ts",
      "export enum E {\n  A = 1,\n  B = 1,\n}\n",
      [],
      "e.ts:3:3: duplicate code 1: already defined as 'A'",
    ],
    [
      "a member name that is no identifier",
      "e.ts",
      'export enum E {\n  A = 1,\n  "not ok" = 2,\n}\n',
      [],
      "e.ts:3:3: code name 'not ok' is not a valid TypeScript identifier",
    ],
    [
      "a string member of the enum --enum names",
      "e.ts",
      'export enum E { A = 1, B = "b" }\n',
      ["--enum", "E"],
      'e.ts:1:24: E.B is "b", not a number; only numeric enums can be imported',
    ],
    [
      "two numeric enums and no --enum",
      "e.ts",
      "export enum A { X = 1 }\nexport enum B { Y = 2 }\n",
      [],
      "e.ts:2:13: 2 numeric enums or objects here: A (line 1), B (line 2); choose one with --enum NAME",
    ],
    [
      "no numeric enum at all",
      "e.ts",
      'export enum S { A = "a" }\n',
      [],
      "e.ts:1:1: no numeric enum or `as const` object of numbers here (S holds other values)",
    ],
    [
      "an --enum that is not there",
      "e.ts",
      "export enum Codes { A = 1 }\n",
      ["--enum", "Code"],
      "e.ts:1:1: no enum or const object named Code (did you mean Codes?); numeric ones here: Codes (line 1)",
    ],
    [
      "a member whose value is not constant",
      "e.ts",
      "declare const x: number;\nexport enum E { A = x }\n",
      ["--enum", "E"],
      "e.ts:2:17: E.A is not a constant number; only numeric enums can be imported",
    ],
    [
      "a CSV quoted field never closed",
      "r.csv",
      'Value,Description,Reference\n100,"Continue,\n',
      [],
      "r.csv:2:5: this quoted field is never closed; end it with a double quote",
    ],
    [
      "a CSV row with a missing field",
      "r.csv",
      "Value,Description,Reference\n100,Continue,[RFC9110]\n101,Switching\n",
      [],
      "r.csv:3:1: this row has 2 fields; the header has 3 (Value,Description,Reference)",
    ],
    [
      "a CSV quote inside an unquoted field",
      "r.csv",
      'Value,Description,Reference\n100,Say "hi",\n',
      [],
      'r.csv:2:9: a double quote inside an unquoted field; quote the whole field and write the quote as two ("")',
    ],
    [
      "a CSV value that is no number",
      "r.csv",
      "Value,Description,Reference\n1xx,Informational,\n",
      [],
      'r.csv:2:1: "1xx" is not a code or a range; Value must be a number (1000) or a range (1016-2999)',
    ],
    [
      "a CSV meaning no name can be made from",
      "r.csv",
      "Value,Description,Reference\n100,\u2014\u2014,\n",
      [],
      'r.csv:2:5: cannot make a name from the meaning "\u2014\u2014": it holds no letter or digit an identifier can use (A-Z, a-z, 0-9); edit the meaning',
    ],
    [
      "a CSV with the same code twice",
      "r.csv",
      "Value,Description,Reference\n100,Continue,\n100,Go On,\n",
      [],
      "r.csv:3:1: duplicate code 100: already defined as 'Continue'",
    ],
    [
      "a CSV header without a code column",
      "r.csv",
      "Number?,Meaning\n1,One\n",
      [],
      "r.csv:1:1: the header needs a code column (status code, value, code, number) and a meaning column (meaning, description)",
    ],
    [
      "JSON that does not parse",
      "c.json",
      '[\n  {"code": 1,}\n]\n',
      [],
      "c.json:2:14: not valid JSON: Expected double-quoted property name",
    ],
    [
      "a JSON code that is not an integer",
      "c.json",
      '[{"code": "404", "constant": "NOT_FOUND"}]',
      [],
      'c.json:1:11: "code" must be an integer, not "404"',
    ],
    [
      "a JSON entry without a code",
      "c.json",
      '[{"constant": "A"}]',
      [],
      'c.json:1:2: entry 1 has no "code" field; name the field that holds the number with --code-field',
    ],
    [
      "a JSON duplicate value",
      "c.json",
      '[{"code": 1, "constant": "A"},\n {"code": 1, "constant": "B"}]',
      [],
      "c.json:2:11: duplicate code 1: already defined as 'A'",
    ],
    [
      "a JSON name that is no identifier",
      "c.json",
      '[{"code": 1, "constant": "NOT-OK"}]',
      [],
      "c.json:1:11: code name 'NOT-OK' is not a valid TypeScript identifier",
    ],
    [
      "JSON of neither shape",
      "c.json",
      '{"codes": []}',
      [],
      "c.json:1:1: expected an array of code objects",
    ],
  ] as const)("%s", (_, name, text, args, expected) => {
    expect(problemOf(name, text, [...args])).toContain(expected);
  });

  it("a missing source", () => {
    expect(importFails(["no-such.json"], 1)).toContain(
      "no-such.json:1:1: no such file",
    );
  });

  it("reports every problem the spec's rules find, each at its source entry", () => {
    const dir = tempDir();
    writeFile(
      path.join(dir, "e.ts"),
      "export enum E {\n  A = 1,\n  B = 1,\n  a = 2,\n}\n",
    );
    const stderr = importFails(["e.ts"], 1, dir);
    expect(stderr.split("\n").slice(0, 2)).toEqual([
      "e.ts:3:3: duplicate code 1: already defined as 'A'",
      "e.ts:4:3: name 'a' differs from 'A' only in case; their doc anchors would clash",
    ]);
  });
});

describe("usage", () => {
  it("codeset --help lists import, and codeset import --help explains it", () => {
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("codeset import SOURCE");
    const own = runCli(["import", "--help"]);
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/^Usage: codeset import SOURCE/);
    for (const option of [
      "--out FILE",
      "--force",
      "--enum NAME",
      "--name Name",
      "--code-field",
      "--name-field",
      "--description-field",
    ])
      expect(own.stdout).toContain(option);
  });

  it.each([
    [[], "give the file to import"],
    [["codes.txt"], "cannot tell what codes.txt holds from its name"],
    [["a.json", "b.json"], "unexpected argument 'b.json'"],
    [["a.csv", "--enum", "E"], "--enum picks an enum of a .ts or .d.ts file"],
    [["a.ts", "--code-field", "id"], "--code-field reads a .json file"],
    [
      ["a.json", "--code-field", "a..b"],
      "--code-field needs a field name or dotted path",
    ],
    [["a.ts", "--name", "lowercase"], "--name must be PascalCase"],
    [["a.ts", "--force"], "--force goes with --out FILE"],
    [["a.ts", "--bogus"], "Unknown option '--bogus'"],
  ])("exits 2 with import's usage for %j", (args, message) => {
    const stderr = importFails(args, 2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("Usage: codeset import SOURCE");
  });
});

// The core pipeline: snapshots of every output, and each output checked by the tool that consumes it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import ts from "typescript";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SPEC,
  readTree,
  renderSpec,
  ROOT,
  runCli,
  scratchDir,
  SEED_PAGE,
  SHARED_SEED_PAGE,
} from "../helpers.js";

const require = createRequire(import.meta.url);
const FIXTURES = path.join(ROOT, "test", "fixtures");
const SECOND_SPEC = path.join(FIXTURES, "graphql-ws.yaml");

const stripTrailingWhitespace = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trimEnd();

function compileStrict(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** Ajv as a consumer runs it: its defaults, strict mode included, no vocabulary added. */
function schemaValidator(schema: object) {
  return new Ajv2020.default().compile(schema);
}

describe.each([
  ["websocket-status-codes", DEFAULT_SPEC],
  ["graphql-ws-close-codes", SECOND_SPEC],
  // No flags, no ranges: the smallest spec the format allows must compile and behave too.
  ["seed-websocket-status-codes", path.join(FIXTURES, "seed.yaml")],
])("outputs of %s", (packageName, specFile) => {
  const files = renderSpec(specFile);
  const spec = parse(readFileSync(specFile, "utf8")) as {
    name: string;
    flags?: Record<string, string>;
    otherwise?: { flags: string[] };
    codes: { name: string; code: number; description: string }[];
  };

  // The default spec's snapshot is generated/ itself (committed, and guarded by gen --check): no second copy.
  const snapshotDir =
    specFile === DEFAULT_SPEC
      ? path.join(ROOT, "generated", packageName)
      : path.join(
          path.dirname(new URL(import.meta.url).pathname),
          "__snapshots__",
          packageName,
        );
  it.each([...files.keys()])("%s matches its snapshot", async (file) => {
    await expect(files.get(file)).toMatchFileSnapshot(
      path.join(snapshotDir, file),
    );
  });

  it("names every code in every source output", () => {
    for (const [file, content] of files) {
      // The runtime is the same in every package: it holds code, and no data.
      if (file === "package.json" || /\/codeset-runtime\./.test(file)) continue;
      for (const code of spec.codes)
        expect(content, `${code.name} in ${file}`).toContain(code.name);
    }
  });

  it("compiles strictly, and the source and the built module behave the same", async () => {
    const out = scratchDir(packageName);
    expect(runCli(["gen", "--spec", specFile, "--out", out]).status).toBe(0);
    const source = path.join(out, "src", `${spec.name}.ts`);
    expect(compileStrict(source)).toEqual([]);
    expect(compileStrict(path.join(out, "dist", "index.d.ts"))).toEqual([]);
    expect(compileStrict(path.join(out, "dist", "index.d.cts"))).toEqual([]);
    const fromSource = await import(pathToFileURL(source).href);
    const fromDist = await import(
      pathToFileURL(path.join(out, "dist", "index.js")).href
    );
    const fromCjs = require(path.join(out, "dist", "index.cjs"));
    const otherwise = Object.keys(spec.flags ?? {}).filter((flag) =>
      spec.otherwise?.flags.includes(flag),
    );
    for (const module of [fromSource, fromDist, fromCjs]) {
      for (const code of spec.codes) {
        expect(module[spec.name][code.name]).toBe(code.code);
        expect(module.describe(code.code)).toMatchObject({
          name: code.name,
          code: code.code,
          description: code.description,
        });
        expect(module.isKnown(code.code)).toBe(true);
        expect(module.nameOf(code.code)).toBe(code.name);
        expect(module.codeOf(code.name)).toBe(code.code);
      }
      for (const junk of [
        -1,
        1000.5,
        Number.NaN,
        "1000",
        null,
        undefined,
        {},
        2 ** 53,
        Infinity,
      ]) {
        expect(module.describe(junk)).toBeUndefined();
        expect(module.isKnown(junk)).toBe(false);
        expect(module.flagsOf(junk)).toEqual(otherwise);
      }
      expect(module.codeOf("toString")).toBeUndefined();
      expect(
        module.entries.map((entry: { name: string }) => entry.name),
      ).toEqual(spec.codes.map((code) => code.name));
    }
    for (let code = 0; code <= 65535; code += 7) {
      expect(fromDist.flagsOf(code)).toEqual(fromSource.flagsOf(code));
      expect(fromCjs.flagsOf(code)).toEqual(fromSource.flagsOf(code));
    }
  });

  it("has a JSON Schema that a default Ajv compiles and that accepts exactly the codes", () => {
    const schema = JSON.parse(files.get(`${spec.name}.schema.json`)!);
    const validate = schemaValidator(schema);
    const codes = new Set(spec.codes.map((code) => code.code));
    for (const code of codes) expect(validate(code), String(code)).toBe(true);
    for (let n = -1; n <= 65536; n++)
      if (!codes.has(n)) expect(validate(n)).toBe(false);
    for (const junk of [
      String([...codes][0]),
      [...codes][0]! + 0.5,
      null,
      true,
      [],
      {},
    ])
      expect(validate(junk)).toBe(false);
    expect(schema.oneOf.map((entry: { title: string }) => entry.title)).toEqual(
      spec.codes.map((code) => code.name),
    );
  });
});

describe("the default WebSocket spec", () => {
  it("agrees with ws: !hasFlag(c, 'reserved') === isValidStatusCode(c) for every c in 0..65535", async () => {
    const module = await import(
      pathToFileURL(
        path.join(
          ROOT,
          "generated",
          "websocket-status-codes",
          "dist",
          "index.js",
        ),
      ).href
    );
    const { isValidStatusCode } = require(
      path.join(path.dirname(require.resolve("ws")), "lib", "validation.js"),
    );
    const disagreements = [];
    for (let code = 0; code <= 65535; code++)
      if (!module.hasFlag(code, "reserved") !== isValidStatusCode(code))
        disagreements.push(code);
    expect(disagreements).toEqual([]);
  });

  it("marks with browserRejected every number a browser's close() rejects (all but 1000 and 3000-4999)", async () => {
    const module = await import(
      pathToFileURL(
        path.join(
          ROOT,
          "generated",
          "websocket-status-codes",
          "dist",
          "index.js",
        ),
      ).href
    );
    const disagreements = [];
    for (let code = 0; code <= 65535; code++) {
      const browserAccepts = code === 1000 || (code >= 3000 && code <= 4999);
      if (module.hasFlag(code, "browserRejected") === browserAccepts)
        disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe("seed fidelity", () => {
  it("renders the seed's 13 codes (values hidden, no flags or ranges) as the seed page, up to trailing whitespace", () => {
    const page = renderSpec(path.join(FIXTURES, "seed.yaml")).get(
      "docs/WebSocketStatusCodes.md",
    )!;
    expect(stripTrailingWhitespace(page)).toBe(
      stripTrailingWhitespace(readFileSync(SEED_PAGE, "utf8")),
    );
  });

  it.skipIf(!existsSync(SHARED_SEED_PAGE))(
    "tests against the seed page exactly as ../shared/seed holds it",
    () => {
      expect(readFileSync(SEED_PAGE, "utf8")).toBe(
        readFileSync(SHARED_SEED_PAGE, "utf8"),
      );
    },
  );
});

describe("regeneration", () => {
  it("changes no byte when run twice", () => {
    const out = scratchDir("twice");
    expect(runCli(["gen", "--spec", DEFAULT_SPEC, "--out", out]).status).toBe(
      0,
    );
    const first = readTree(out);
    const second = runCli(["gen", "--spec", DEFAULT_SPEC, "--out", out]);
    expect(second.stdout).toContain("up to date");
    expect(readTree(out)).toEqual(first);
  });

  it("after a description edit, changes exactly the files that show the description", () => {
    const dir = scratchDir("edit");
    const spec = path.join(dir, "spec.yaml");
    const original = readFileSync(DEFAULT_SPEC, "utf8");
    const oldText =
      "Indicates that an endpoint is terminating the connection due to a protocol error.";
    writeFileSync(spec, original);
    const out = path.join(dir, "out");
    expect(runCli(["gen", "--spec", spec, "--out", out]).status).toBe(0);
    const before = readTree(out);
    writeFileSync(
      spec,
      original.replace(oldText, "Indicates a protocol error (edited)."),
    );
    expect(runCli(["gen", "--spec", spec, "--out", out]).status).toBe(0);
    const after = readTree(out);
    const changed = [...after.keys()]
      .filter((file) => after.get(file) !== before.get(file))
      .sort();
    const showing = [...before.keys()]
      .filter((file) => before.get(file)!.includes(oldText))
      .sort();
    expect(changed).toEqual(showing);
    expect(showing).toEqual(
      expect.arrayContaining([
        "src/WebSocketStatusCodes.ts",
        "WebSocketStatusCodes.schema.json",
        "docs/WebSocketStatusCodes.md",
      ]),
    );
  });

  it("keeps generated/ in step with spec/ and templates/", () => {
    expect(runCli(["gen", "--check"]).status).toBe(0);
  });
});

// The Go target (go/<name>.go): gofmt-clean and go vet-clean as printed, its constants documented, its
// lookups and String() answering from the spec, its integer types as wide as the codes and bounds need.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import {
  goBlock,
  goComment,
  goExported,
  goString,
} from "../../src/render/helpers/go.js";
import { DEFAULT_SPEC, ROOT, runCli, tempDir, writeFile } from "../helpers.js";
import { asDocText, gofmtAndVet, goModule, succeed } from "./toolchains.js";

const PRIVATE_SPEC = path.join(ROOT, "test", "fixtures", "private-codes.yaml");
const SEED_SPEC = path.join(ROOT, "test", "fixtures", "seed.yaml");

interface SpecFile {
  name: string;
  go?: { package: string };
  flags?: Record<string, string>;
  codes: {
    name: string;
    code: number;
    summary?: string;
    description: string;
    deprecated?: true | string;
  }[];
}

/** Generates a spec for Go alone into a module of its own: the package in codes/, a main beside it. */
function goProject(
  specText: string,
  main: (pkg: string, spec: SpecFile) => string,
) {
  const dir = tempDir("codeset-go-");
  writeFile(path.join(dir, "spec.yaml"), specText);
  expect(
    runCli(["gen", "--spec", "spec.yaml", "--out", "out"], dir),
  ).toMatchObject({ status: 0, stderr: "" });
  const spec = parse(specText) as SpecFile;
  const file = `${spec.name.toLowerCase()}.go`;
  const module = path.join(dir, "module");
  const env = goModule(module);
  mkdirSync(path.join(module, "codes"), { recursive: true });
  copyFileSync(
    path.join(dir, "out", "go", file),
    path.join(module, "codes", file),
  );
  writeFileSync(
    path.join(module, "main.go"),
    main(spec.go?.package ?? spec.name.toLowerCase(), spec),
  );
  return {
    spec,
    module,
    env,
    text: readFileSync(path.join(module, "codes", file), "utf8"),
  };
}

/** The spec's text with Go as its only target. */
const forGo = (specFile: string) =>
  `${readFileSync(specFile, "utf8").replace(/^targets:.*\n/m, "")}targets: [go]\n`;

/** The smallest number from 0 that no code of the spec has. */
function notACode(spec: SpecFile): number {
  let n = 0;
  while (spec.codes.some((code) => code.code === n)) n++;
  return n;
}

/** A main that prints, for every code, what Describe and String give, as JSON lines. */
const DESCRIBE_MAIN = (pkg: string, spec: SpecFile) => `package main

import (
	"encoding/json"
	"fmt"

	${pkg} "example.com/check/codes"
)

func main() {
	for _, entry := range ${pkg}.Entries {
		found := ${pkg}.Describe(int(entry.Code))
		line, _ := json.Marshal([]interface{}{found.Name, int(found.Code), found.Code.String(), found.Summary, found.Description, found.Flags.Names(), found.Deprecated, found.DeprecationNote, ${pkg}.IsKnown(int(found.Code))})
		fmt.Println(string(line))
	}
	fmt.Println(${pkg}.Describe(-1) == nil, ${pkg}.NameOf(70000) == "", ${pkg}.IsKnown(-1), ${pkg}.${spec.name}(${notACode(spec)}))
}
`;

describe.each([
  ["the default spec", DEFAULT_SPEC],
  ["the private spec", PRIVATE_SPEC],
  ["a spec without flags or ranges", SEED_SPEC],
])("the package of %s", (_, specFile) => {
  test("is gofmt-clean and go vet-clean; Describe, IsKnown and String answer from the spec", () => {
    const { spec, module, env, text } = goProject(
      forGo(specFile),
      DESCRIBE_MAIN,
    );
    expect(text).toMatch(
      /^\/\/ generated from \S+ by `[^`\n]+`; do not edit\n/,
    );
    expect(text).toContain(`\ntype ${spec.name} uint16\n`);
    gofmtAndVet(module, env);
    const lines = succeed("go", ["run", "."], { cwd: module, env })
      .trimEnd()
      .split("\n");
    const last = lines.pop()!;
    const flagsOf = (code: SpecFile["codes"][number]) =>
      (code as { flags?: string[] }).flags ?? [];
    const order = Object.keys(spec.flags ?? {});
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      spec.codes.map((code) => [
        code.name,
        code.code,
        code.name,
        code.summary ?? "",
        code.description,
        order.filter((flag) => flagsOf(code).includes(flag)),
        code.deprecated !== undefined,
        typeof code.deprecated === "string" ? code.deprecated : "",
        true,
      ]),
    );
    // The last: nothing for numbers that are no code, and String() of a number that is no code.
    expect(last).toBe(`true true false ${spec.name}(${notACode(spec)})`);
  }, 60_000);

  test("each constant's doc comment is its description, then Go's Deprecated: paragraph where the spec deprecates it", () => {
    const specText = forGo(specFile);
    const spec = parse(specText) as SpecFile;
    const dir = tempDir("codeset-go-doc-");
    writeFile(path.join(dir, "spec.yaml"), specText);
    expect(
      runCli(["gen", "--spec", "spec.yaml", "--out", "out"], dir).status,
    ).toBe(0);
    const text = readFileSync(
      path.join(dir, "out", "go", `${spec.name.toLowerCase()}.go`),
      "utf8",
    );
    for (const code of spec.codes) {
      const name = (goExported(code.name) as { name: string }).name;
      const match = new RegExp(
        `((?:\\t//.*\\n)+)\\t${name} ${spec.name} = ${code.code}\\n`,
      ).exec(text);
      expect(match, code.name).not.toBeNull();
      const doc = match![1]!
        .split("\n")
        .slice(0, -1)
        .map((line) => line.replace(/^\t\/\/ ?/, ""))
        .join("\n");
      const note =
        code.deprecated === undefined
          ? undefined
          : code.deprecated === true
            ? "do not use this code."
            : code.deprecated;
      expect(doc).toBe(
        asDocText(
          note === undefined
            ? code.description
            : `${code.description.trim()}\n\nDeprecated: ${note}`,
        ),
      );
    }
  });
});

describe("the Go escaping module", () => {
  test("names: exported (first letter upper case); a name Go cannot export is refused", () => {
    expect(goExported("timeout")).toEqual({ name: "Timeout" });
    expect(goExported("NormalClosure")).toEqual({ name: "NormalClosure" });
    expect(goExported("_hidden")).toHaveProperty("problem");
  });

  test("empty blocks are one line, as gofmt prints them", () => {
    expect(goBlock("const (", ")", "")).toBe("const ()\n");
    expect(goBlock("var x = []T{", "}", "\ta,\n")).toBe(
      "var x = []T{\n\ta,\n}\n",
    );
  });

  test("string literals and comments keep texts that Go itself reads back", () => {
    const texts = [
      'quote " backslash \\ newline \n CR \r tab \t',
      "NUL \0 BOM \ufeff DEL \x7f bell \x07",
      "emoji 😀 and 日本 and \u2028 separators \u0085 and NEL last\u0085",
      "*/ /* // `raw` ${x}",
    ];
    const dir = tempDir("codeset-go-esc-");
    const env = goModule(dir);
    writeFileSync(
      path.join(dir, "main.go"),
      `package main

import (
	"encoding/json"
	"fmt"
)

// Comments inside a group, as the Go output places the spec's texts: gofmt reformats top-level doc comments.
const (
${texts.map((text, i) => `${goComment(text, "\t")}\n\tText${i} = ${goString(text)}`).join("\n")}
)

var texts = []string{${texts.map((_, i) => `Text${i}`).join(", ")}}

func main() {
	out, _ := json.Marshal(texts)
	fmt.Println(string(out))
}
`,
    );
    expect(succeed("gofmt", ["-l", "."], { cwd: dir })).toBe("");
    expect(JSON.parse(succeed("go", ["run", "."], { cwd: dir, env }))).toEqual(
      texts,
    );
  });
});

describe("integer types", () => {
  test.each([
    ["a code above 65535", [1, 70000], { min: 0, max: 100000 }, "int32", "int"],
    ["a negative code", [-32700, 1], { min: -32768, max: 10 }, "int32", "int"],
    [
      "bounds beyond 32 bits",
      [1, 2 ** 40],
      { min: 0, max: 2 ** 41 },
      "int64",
      "int64",
    ],
  ])(
    "%s: the type and the number type of lookups widen",
    (_, numbers, bounds, type, number) => {
      const spec = [
        "name: WideCodes",
        "targets: [go]",
        `bounds: { min: ${bounds.min}, max: ${bounds.max} }`,
        "codes:",
        ...numbers.flatMap((code, i) => [
          `  - name: Code${i}`,
          `    code: ${code}`,
          `    description: Number ${code}.`,
        ]),
      ].join("\n");
      const { module, env, text } = goProject(
        `${spec}\n`,
        (pkg) => `package main

import (
	"fmt"

	${pkg} "example.com/check/codes"
)

func main() {
${numbers.map((n, i) => `\tfmt.Println(${pkg}.NameOf(${n}), ${pkg}.Code${i}, ${number}(${pkg}.Code${i}))\n`).join("")}}
`,
      );
      expect(text).toContain(`\ntype WideCodes ${type}\n`);
      expect(text).toContain(`func FlagsOf(code ${number}) Flags {`);
      gofmtAndVet(module, env);
      expect(succeed("go", ["run", "."], { cwd: module, env })).toBe(
        numbers.map((n, i) => `Code${i} Code${i} ${n}\n`).join(""),
      );
    },
    60_000,
  );
});

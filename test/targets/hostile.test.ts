// Text is data in every language: each hostile text of test/corpora/hostile/ goes through the C#, Python and
// Go outputs, which their toolchains accept, and comes back exact from their lookups and as their docs show it.
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { isScalar, parse, parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PROJECT_SCRATCH, renderSpec, ROOT, writeFile } from "../helpers.js";
import {
  asDocText,
  compileCsharp,
  gofmtAndVet,
  goModule,
  mypyStrict,
  readXmlDoc,
  succeed,
  type XmlDocMember,
} from "./toolchains.js";

const CORPUS = path.join(ROOT, "test", "corpora", "hostile");
const SCRATCH = path.join(PROJECT_SCRATCH, `hostile-targets-${process.pid}`);

const cases = readdirSync(CORPUS)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => file.slice(0, -".yaml".length))
  .sort();

interface HostileCase {
  name: string;
  /** The text (the spec's anchored title), as YAML reads it. */
  text: string;
  summary: string | undefined;
  note: string | undefined;
  /** The case's position: its C# namespace is Hostile.Case<i>, its Go package hostile<i>. */
  index: number;
}

function hostileCase(name: string, index: number): HostileCase {
  const source = readFileSync(path.join(CORPUS, `${name}.yaml`), "utf8");
  const title = parseDocument(source).get("title", true);
  if (!isScalar(title) || typeof title.value !== "string")
    throw new Error(`${name}: title is not a string`);
  const spec = parse(source) as {
    codes: { summary?: string; deprecated?: string }[];
  };
  return {
    name,
    text: title.value,
    summary: spec.codes[1]!.summary,
    note: spec.codes[1]!.deprecated,
    index,
  };
}

const all = cases.map(hostileCase);
const outDir = ({ name }: HostileCase) => path.join(SCRATCH, "out", name);

interface CsharpRead {
  name: string;
  description: string;
  summary: string | null;
  note: string | null;
  flags: string[];
}
interface PythonRead {
  module: string;
  member: string;
  description: string;
  summary: string | null;
  deprecated: boolean | string;
  flag: string;
  range: string;
}
interface GoRead {
  Name: string;
  Summary: string;
  Description: string;
  DeprecationNote: string;
  Flags: string[];
  Range: string;
}

/** The case's spec with every other target, its own C# namespace and Go package, rendered (in memory) and written. */
function generate(hostile: HostileCase): void {
  const spec = path.join(SCRATCH, `${hostile.name}.yaml`);
  writeFileSync(
    spec,
    `${readFileSync(path.join(CORPUS, `${hostile.name}.yaml`), "utf8")}targets: [csharp, python, go]\ncsharp: { namespace: Hostile.Case${hostile.index} }\ngo: { package: hostile${hostile.index} }\n`,
  );
  for (const [file, text] of renderSpec(spec))
    writeFile(path.join(outDir(hostile), file), text);
}

let xmlDoc: Record<string, XmlDocMember>;
let csharp: CsharpRead[];
let python: PythonRead[];
let go: GoRead[];

beforeAll(() => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  all.forEach(generate);
  xmlDoc = {};
  csharp = readCsharp();
  python = readPython();
  go = readGo();
}, 180_000);

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

/** One C# program with every case's source: mcs compiles them with warnings as errors; each Describe(2) printed as UTF-16 code units. */
function readCsharp(): CsharpRead[] {
  const units = (text: string) => `Units(${text})`;
  const program = path.join(SCRATCH, "Program.cs");
  writeFileSync(
    program,
    `internal static class Program
{
    private static string Units(string text)
    {
        if (text == null) return "null";
        var units = new System.Collections.Generic.List<string>();
        foreach (var unit in text) units.Add(((int)unit).ToString());
        return "[" + string.Join(",", units) + "]";
    }

    private static void Main()
    {
${all
  .map((hostile) => {
    const entry = `Hostile.Case${hostile.index}.HostileTextInfo.Describe(2)`;
    const flags = `Hostile.Case${hostile.index}.HostileTextInfo.FlagNames(${entry}.Flags)`;
    return `        System.Console.WriteLine("{\\"name\\":" + ${units(`${entry}.Name`)} + ",\\"description\\":" + ${units(`${entry}.Description`)} + ",\\"summary\\":" + ${units(`${entry}.Summary`)} + ",\\"note\\":" + ${units(`${entry}.DeprecationNote`)} + ",\\"flags\\":[" + string.Join(",", System.Array.ConvertAll(${flags}, Units)) + "]}");`;
  })
  .join("\n")}
    }
}
`,
  );
  const exe = path.join(SCRATCH, "hostile.exe");
  compileCsharp(
    [
      ...all.map((hostile) =>
        path.join(outDir(hostile), "csharp", "HostileText.cs"),
      ),
      program,
    ],
    exe,
  );
  Object.assign(xmlDoc, readXmlDoc(exe.replace(/\.exe$/, ".xml")));
  const fromUnits = (units: number[] | null) =>
    units === null ? null : String.fromCharCode(...units);
  return succeed("mono", [exe])
    .trimEnd()
    .split("\n")
    .map((line) => {
      const read = JSON.parse(line) as {
        name: number[];
        description: number[];
        summary: number[] | null;
        note: number[] | null;
        flags: number[][];
      };
      return {
        name: fromUnits(read.name)!,
        description: fromUnits(read.description)!,
        summary: fromUnits(read.summary),
        note: fromUnits(read.note),
        flags: read.flags.map((flag) => fromUnits(flag)!),
      };
    });
}

/** Every case's module in one folder: mypy --strict checks them at once; Python imports each and reads its texts. */
function readPython(): PythonRead[] {
  const dir = path.join(SCRATCH, "python");
  mkdirSync(dir, { recursive: true });
  const modules = all.map((hostile) => {
    const file = path.join(dir, `hostile_${hostile.index}.py`);
    copyFileSync(path.join(outDir(hostile), "python", "hostile_text.py"), file);
    return file;
  });
  succeed("python3", ["-m", "py_compile", ...modules]);
  mypyStrict(modules, dir);
  const script = [
    "import ast, importlib.util, json, sys",
    "def undent(doc):",
    "    lines = doc.split('\\n')",
    "    rest = [line[4:] if line.startswith('    ') else line for line in lines[1:]]",
    "    if rest and rest[-1] == '': rest.pop()",
    "    return '\\n'.join([lines[0], *rest])",
    "for file in sys.argv[1:]:",
    "    spec = importlib.util.spec_from_file_location('hostile', file)",
    "    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)",
    "    tree = ast.parse(open(file, encoding='utf-8').read())",
    "    body = next(node for node in tree.body if isinstance(node, ast.ClassDef)).body",
    "    member = next(undent(body[i + 1].value.value) for i in range(len(body) - 1) if isinstance(body[i], ast.Assign) and body[i].targets[0].id == 'Hostile')",
    "    entry = m.describe(2)",
    "    print(json.dumps({'module': m.__doc__, 'member': member, 'description': entry.description, 'summary': entry.summary, 'deprecated': entry.deprecated, 'flag': m.FLAGS['marked'], 'range': m.RANGES[0].description}))",
  ].join("\n");
  return succeed("python3", ["-c", script, ...modules])
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as PythonRead);
}

/** One Go module holding every case's package: gofmt and go vet check them at once; a main prints each Describe(2) as JSON. */
function readGo(): GoRead[] {
  const module = path.join(SCRATCH, "go");
  const env = goModule(module);
  for (const hostile of all) {
    const dir = path.join(module, `case${hostile.index}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(
      path.join(outDir(hostile), "go", "hostiletext.go"),
      path.join(dir, "hostiletext.go"),
    );
  }
  writeFileSync(
    path.join(module, "main.go"),
    `package main

import (
	"encoding/json"
	"fmt"

${all.map((hostile) => `\thostile${hostile.index} "example.com/check/case${hostile.index}"`).join("\n")}
)

type read struct {
	Name            string
	Summary         string
	Description     string
	DeprecationNote string
	Flags           []string
	Range           string
}

func main() {
${all
  .map(
    (hostile) => `\t{
		entry := hostile${hostile.index}.Describe(2)
		line, _ := json.Marshal(read{entry.Name, entry.Summary, entry.Description, entry.DeprecationNote, entry.Flags.Names(), hostile${hostile.index}.Ranges[0].Description})
		fmt.Println(string(line))
	}`,
  )
  .join("\n")}
}
`,
  );
  // The main is the test's own code: laid out by gofmt itself, so that -l then judges the generated files.
  succeed("gofmt", ["-w", "main.go"], { cwd: module });
  gofmtAndVet(module, env);
  return succeed("go", ["run", "."], { cwd: module, env })
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as GoRead);
}

test("the corpus holds at least 14 hostile texts, each through every target", () => {
  expect(all.length).toBeGreaterThanOrEqual(14);
  expect(csharp).toHaveLength(all.length);
  expect(python).toHaveLength(all.length);
  expect(go).toHaveLength(all.length);
});

describe.each(all)("$name", (hostile) => {
  test("C#: Describe returns the exact text, and the XML doc file holds it as the summaries of the type, the member and the flag", () => {
    expect(csharp[hostile.index]).toEqual({
      name: "Hostile",
      description: hostile.text,
      summary: hostile.summary ?? null,
      note: hostile.note ?? null,
      flags: ["marked"],
    });
    const namespace = `Hostile.Case${hostile.index}`;
    expect(xmlDoc[`T:${namespace}.HostileText`]?.summary).toBe(
      asDocText(hostile.text),
    );
    expect(xmlDoc[`F:${namespace}.HostileText.Hostile`]?.summary).toBe(
      asDocText(hostile.text),
    );
    expect(xmlDoc[`F:${namespace}.HostileTextFlags.Marked`]?.summary).toBe(
      asDocText(hostile.text),
    );
    expect(xmlDoc[`F:${namespace}.HostileText.After`]?.summary).toBe(
      "Plain words after.",
    );
  });

  test("Python: describe, FLAGS and RANGES hold the exact text; the module's and the member's docstrings read it back", () => {
    const read = python[hostile.index]!;
    expect(read).toMatchObject({
      description: hostile.text,
      summary: hostile.summary ?? null,
      deprecated: hostile.note ?? false,
      flag: hostile.text,
      range: hostile.text,
    });
    const doc = asDocText(hostile.text);
    // A docstring of several lines closes on a line of its own (PEP 257).
    expect(read.module).toBe(doc.includes("\n") ? `${doc}\n` : doc);
    expect(read.member).toBe(doc);
  });

  test("Go: Describe and Ranges hold the exact text", () => {
    expect(go[hostile.index]).toEqual({
      Name: "Hostile",
      Summary: hostile.summary ?? "",
      Description: hostile.text,
      DeprecationNote: hostile.note ?? "",
      Flags: ["marked"],
      Range: hostile.text,
    });
  });
});

// The Python target (python/<name>.py): py_compile and mypy --strict accept it (and refuse a consumer's
// wrong flag name), docstrings and literals read back as the spec's text, names as Python spells them.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import {
  pyDocstring,
  pyFrozenset,
  pyMember,
  pyModule,
  pyString,
} from "../../src/render/helpers/python.js";
import { DEFAULT_SPEC, ROOT, runCli, scratchDir } from "../helpers.js";
import { MYPY_STRICT, mypyStrict, run, succeed } from "./toolchains.js";

const PRIVATE_SPEC = path.join(ROOT, "test", "fixtures", "private-codes.yaml");
/** The seed's codes alone: no flags (FlagName is then str) and no ranges. */
const SEED_SPEC = path.join(ROOT, "test", "fixtures", "seed.yaml");

interface SpecFile {
  name: string;
  title?: string;
  description?: string;
  codes: { name: string; code: number; description: string }[];
}

/** Python: the text of a docstring that pyDocstring indented by four spaces (not inspect.cleandoc: it expands tabs). */
const UNDENT = [
  "def undent(doc):",
  "    lines = doc.split('\\n')",
  "    rest = [line[4:] if line.startswith('    ') else line for line in lines[1:]]",
  "    if rest and rest[-1] == '': rest.pop()",
  "    return '\\n'.join([lines[0], *rest])",
].join("\n");

/** Texts that try to escape a Python literal or docstring. */
const HOSTILE = [
  'Ends with a quote: "said"',
  'Three quotes """ and four """"',
  "Backslashes \\ \\n \\\\ and a trailing one \\",
  "Lines\nand\r\nCRLF\rand CR",
  "Tab\there, NUL \0, bell \x07, DEL \x7f",
  "Unicode é 日本 😀 and a lone surrogate \ud800 here",
  "'single' \"double\" `back` ${x} */ <script>",
];

/** Runs a Python script with `input` as JSON on stdin; returns what it printed, parsed as JSON lines. */
function python(
  script: string,
  input: unknown,
  args: readonly string[] = [],
): unknown[] {
  return succeed("python3", ["-c", script, ...args], {
    input: JSON.stringify(input),
  })
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
}

describe("Python escaping", () => {
  test("string literals read back as the same text", () => {
    expect(pyString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
    expect(pyString("\0\x7f\ud800")).toBe('"\\x00\\x7f\\ud800"');
    expect(pyString("é 😀")).toBe('"é 😀"');
    const script =
      "import ast, json, sys\nfor literal in json.load(sys.stdin): print(json.dumps(ast.literal_eval(literal)))";
    expect(python(script, HOSTILE.map(pyString))).toEqual(HOSTILE);
  });

  test("docstrings keep their text and never close early", () => {
    expect(pyDocstring(["One line."], "    ")).toBe('    """One line."""');
    expect(pyDocstring(["Title", "Body\r\nmore"], "")).toBe(
      '"""Title\n\nBody\nmore\n"""',
    );
    expect(pyDocstring(['say "hi"'])).toBe('"""say "hi\\""""');
    expect(pyDocstring(['a """ b'])).toBe('"""a \\"\\"" b"""');
    const script = [
      "import ast, json, sys",
      UNDENT,
      "for source in json.load(sys.stdin):",
      "    tree = ast.parse(source + '\\n')",
      "    assert len(tree.body) == 1, source",
      "    print(json.dumps(undent(tree.body[0].value.value)))",
    ].join("\n");
    const sources = HOSTILE.map((text) =>
      pyDocstring([text], "    ").trimStart(),
    );
    expect(python(script, sources)).toEqual(
      HOSTILE.map((text) => text.replace(/\r\n?/g, "\n")),
    );
  });

  test("names: keywords and what Enum or mypy cannot take get a trailing underscore; Enum's own names are refused", () => {
    expect(pyMember("NormalClosure")).toEqual({ name: "NormalClosure" });
    expect(pyMember("None")).toEqual({ name: "None_" });
    expect(pyMember("name")).toEqual({ name: "name_" });
    expect(pyMember("mro")).toEqual({ name: "mro_" });
    expect(pyMember("_ignore_")).toHaveProperty("problem");
    expect(pyMember("__secret")).toHaveProperty("problem");
    expect(pyModule("WebSocketStatusCodes")).toEqual({
      name: "web_socket_status_codes",
    });
    expect(pyModule("TLSCodes")).toEqual({ name: "tls_codes" });
    expect(pyModule("If")).toHaveProperty("problem");
    expect(pyModule("Enum")).toHaveProperty("problem");
    expect(pyFrozenset([])).toBe("frozenset()");
    expect(pyFrozenset(["a", "b"])).toBe('frozenset({"a", "b"})');
  });
});

describe.each([
  ["the default spec", DEFAULT_SPEC],
  ["the private spec", PRIVATE_SPEC],
  ["a spec without flags or ranges", SEED_SPEC],
])("the module of %s", (_, specFile) => {
  let dir: string;
  let module: string;
  let spec: SpecFile;

  beforeAll(() => {
    dir = scratchDir("python");
    spec = parse(readFileSync(specFile, "utf8")) as SpecFile;
    const targeted = path.join(dir, "spec.yaml");
    // The seed fixture targets only TypeScript: the same spec with Python added.
    writeFileSync(
      targeted,
      `${readFileSync(specFile, "utf8").replace(/^targets:.*\n/m, "")}targets: [python]\n`,
    );
    expect(
      runCli(["gen", "--spec", targeted, "--out", path.join(dir, "out")])
        .status,
    ).toBe(0);
    const files = readdirSync(path.join(dir, "out", "python"));
    expect(files).toEqual([
      `${(pyModule(spec.name) as { name: string }).name}.py`,
    ]);
    module = path.join(dir, "out", "python", files[0]!);
  }, 60_000);

  test("compiles with py_compile and passes mypy --strict", () => {
    succeed("python3", ["-m", "py_compile", module]);
    mypyStrict([module], path.dirname(module));
  });

  test("docstrings: the module's is the title and description, the class's the title, each member's its description", () => {
    const script = [
      "import ast, importlib.util, inspect, json, sys",
      UNDENT,
      "spec = importlib.util.spec_from_file_location('codes', sys.argv[1])",
      "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)",
      "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())",
      "body = next(node for node in tree.body if isinstance(node, ast.ClassDef)).body",
      "docs = {body[i].targets[0].id: undent(body[i + 1].value.value) for i in range(len(body) - 1) if isinstance(body[i], ast.Assign)}",
      `cls = getattr(m, ${JSON.stringify(spec.name)})`,
      "print(json.dumps({'module': inspect.getdoc(m), 'class': inspect.getdoc(cls), 'docs': docs, 'members': {c.name: c.value for c in cls}, 'names': {c.value: m.name_of(c.value) for c in cls}}))",
    ].join("\n");
    const [read] = python(script, null, [module]) as [
      {
        module: string;
        class: string;
        docs: Record<string, string>;
        members: Record<string, number>;
        names: Record<string, string>;
      },
    ];
    const title = spec.title ?? spec.name;
    expect(read.module).toBe(
      [title, spec.description?.trim()].filter(Boolean).join("\n\n"),
    );
    expect(read.class).toBe(title);
    const member = (name: string) => (pyMember(name) as { name: string }).name;
    expect(read.docs).toEqual(
      Object.fromEntries(
        spec.codes.map((code) => [
          member(code.name),
          code.description.replace(/\r\n?/g, "\n").trim(),
        ]),
      ),
    );
    expect(read.members).toEqual(
      Object.fromEntries(
        spec.codes.map((code) => [member(code.name), code.code]),
      ),
    );
    expect(read.names).toEqual(
      Object.fromEntries(
        spec.codes.map((code) => [String(code.code), code.name]),
      ),
    );
  });

  test("a consumer type-checks with mypy --strict, and a flag name the spec does not declare fails it", () => {
    const consumer = path.join(path.dirname(module), "consumer.py");
    const moduleName = path.basename(module, ".py");
    const code = spec.codes[0]!.code;
    writeFileSync(
      consumer,
      [
        `from ${moduleName} import ${spec.name}, describe, flags_of, has_flag, is_known, FLAGS`,
        "",
        `entry = describe(${code})`,
        "name: str = entry.name if entry is not None else ''",
        `known: bool = is_known(${spec.name}(${code}))`,
        `flags: frozenset[str] = flags_of(${code})`,
        "for flag in FLAGS:",
        `    print(name, known, flags, has_flag(${code}, flag))`,
        "",
      ].join("\n"),
    );
    mypyStrict([consumer], path.dirname(module));
    writeFileSync(
      consumer,
      `from ${moduleName} import has_flag\n\nprint(has_flag(${code}, 1))\n`,
    );
    const result = run("mypy", [...MYPY_STRICT, "consumer.py"], {
      cwd: path.dirname(module),
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'Argument 2 to "has_flag" has incompatible type',
    );
  });
});

describe("values that are no code", () => {
  test("every lookup takes any value and never raises: non-integers, bools, None and numbers outside the bounds", () => {
    const dir = scratchDir("python-odd");
    expect(runCli(["gen", "--spec", PRIVATE_SPEC, "--out", dir]).status).toBe(
      0,
    );
    const module = path.join(dir, "python", "game_close_codes.py");
    const script = [
      "import importlib.util, json",
      `spec = importlib.util.spec_from_file_location('codes', ${JSON.stringify(module)})`,
      "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)",
      "odd = [4001.0, 4001.5, True, None, '4001', -1, 3999, 5000, 10**30, float('nan')]",
      "print(json.dumps([[m.describe(v), m.is_known(v), m.name_of(v), sorted(m.flags_of(v)), m.has_flag(v, 'fatal')] for v in odd]))",
      "print(json.dumps([m.is_known(4001), m.name_of(4001), sorted(m.flags_of(4001)), sorted(m.flags_of(4050)), sorted(m.flags_of(4250))]))",
    ].join("\n");
    const [odd, known] = python(script, null);
    expect(odd).toEqual(
      Array.from({ length: 10 }, () => [null, false, null, [], false]),
    );
    expect(known).toEqual([
      true,
      "Unauthorized",
      ["fatal", "signOut", "userVisible"],
      ["fatal", "signOut"],
      [],
    ]);
  });
});

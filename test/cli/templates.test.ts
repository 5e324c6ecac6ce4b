// Template overrides (--templates and the spec's `templates` key), template errors, and the Python example output.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/buildModel.js";
import { loadSpec } from "../../src/spec/load.js";
import { validateSpec } from "../../src/spec/validate.js";
import {
  pyDocstring,
  pyEnumMember,
  pyFrozenset,
  pyString,
} from "../../src/render/helpers/python.js";
import {
  readTree,
  ROOT,
  runCli,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

const PYTHON_EXAMPLE = path.join(ROOT, "templates", "examples", "python");
const hasPython = spawnSync("python3", ["--version"]).status === 0;

/** Runs a Python script with `input` as JSON on stdin; returns what it prints. */
function python(script: string, input: unknown, cwd = ROOT): string {
  const result = spawnSync("python3", ["-c", script], {
    cwd,
    input: JSON.stringify(input),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`python3 failed:\n${result.stderr}`);
  return result.stdout;
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

describe("Python escaping", () => {
  it("prints string literals that Python reads back as the same text", () => {
    expect(pyString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
    expect(pyString("\0\x7f\ud800")).toBe('"\\x00\\x7f\\ud800"');
    expect(pyString("é 😀")).toBe('"é 😀"');
    if (!hasPython) return;
    const script =
      "import ast, json, sys\nfor literal in json.load(sys.stdin): print(json.dumps(ast.literal_eval(literal)))";
    const decoded = python(script, HOSTILE.map(pyString))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(decoded).toEqual(HOSTILE);
  });

  it("prints docstrings that keep their text and never close early", () => {
    expect(pyDocstring(["One line."], "    ")).toBe('    """One line."""');
    expect(pyDocstring(["Title", "Body\r\nmore"], "")).toBe(
      '"""Title\n\nBody\nmore\n"""',
    );
    expect(pyDocstring(['say "hi"'])).toBe('"""say "hi\\""""');
    expect(pyDocstring(['a """ b'])).toBe('"""a \\"\\"" b"""');
    if (!hasPython) return;
    const script = [
      "import ast, json, sys",
      UNDENT,
      "for source in json.load(sys.stdin):",
      "    tree = ast.parse(source + '\\n')",
      "    assert len(tree.body) == 1, source",
      "    print(json.dumps(undent(tree.body[0].value.value)))",
    ].join("\n");
    const decoded = python(
      script,
      HOSTILE.map((text) => pyDocstring([text], "    ").trimStart()),
    )
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(decoded).toEqual(
      HOSTILE.map((text) => text.replace(/\r\n?/g, "\n")),
    );
  });

  it("names members: keywords get a trailing underscore, names Python cannot hold are refused", () => {
    expect(pyEnumMember("NormalClosure")).toBe("NormalClosure");
    expect(pyEnumMember("None")).toBe("None_");
    expect(() => pyEnumMember("a$b")).toThrow("'$' is not allowed");
    expect(() => pyEnumMember("_ignore_")).toThrow("reserved by Python's Enum");
    expect(pyFrozenset([])).toBe("frozenset()");
    expect(pyFrozenset(["a", "b"])).toBe('frozenset({"a", "b"})');
  });
});

describe("template overrides", () => {
  const SPEC = specYaml("OverriddenCodes", [{ name: "Only", code: 7 }]);

  function project(): string {
    const root = tempDir();
    writeFile(path.join(root, "codes.yaml"), SPEC);
    return root;
  }

  it("replaces a built-in output and a built-in partial, adds an output, and leaves the rest as built", () => {
    const root = project();
    expect(
      runCli(["--spec", "codes.yaml", "--out", "plain"], root).status,
    ).toBe(0);
    writeFile(
      path.join(root, "mine", "outputs", "README.md.hbs"),
      "# {{name}}, our way\n",
    );
    writeFile(
      path.join(root, "mine", "outputs", "csharp", "[name].cs.hbs"),
      "public enum {{name}} {\n{{#each codes}}\n    {{name}} = {{code}},\n{{/each}}\n}\n",
    );
    const declarations = readFileSync(
      path.join(ROOT, "templates", "partials", "declarations.hbs"),
      "utf8",
    );
    writeFile(
      path.join(root, "mine", "partials", "declarations.hbs"),
      `// typed by hand\n${declarations}`,
    );

    const result = runCli(
      ["--spec", "codes.yaml", "--out", "custom", "--templates", "mine"],
      root,
    );
    expect(result).toMatchObject({ status: 0, stderr: "" });
    const plain = readTree(path.join(root, "plain"));
    const custom = readTree(path.join(root, "custom"));
    expect(custom.get("README.md")).toBe("# OverriddenCodes, our way\n");
    expect(custom.get("csharp/OverriddenCodes.cs")).toBe(
      "public enum OverriddenCodes {\n    Only = 7,\n}\n",
    );
    expect(custom.get("dist/index.d.ts")).toBe(
      `// typed by hand\n${plain.get("dist/index.d.ts")}`,
    );
    for (const file of [
      "src/OverriddenCodes.ts",
      "OverriddenCodes.schema.json",
      "docs/OverriddenCodes.md",
      "package.json",
    ]) {
      expect(custom.get(file), file).toBe(plain.get(file));
    }
  });

  it("takes the spec's `templates` folder (relative to the spec), and lets --templates win over it", () => {
    const root = project();
    writeFile(
      path.join(root, "codes.yaml"),
      `${SPEC}templates: ./spec-templates\n`,
    );
    writeFile(
      path.join(root, "spec-templates", "outputs", "notes.txt.hbs"),
      "from the spec's folder\n",
    );
    writeFile(
      path.join(root, "spec-templates", "outputs", "kept.txt.hbs"),
      "only in the spec's folder\n",
    );
    writeFile(
      path.join(root, "cli-templates", "outputs", "notes.txt.hbs"),
      "from --templates\n",
    );
    const elsewhere = tempDir();
    expect(
      runCli(
        ["--spec", path.join(root, "codes.yaml"), "--out", "out"],
        elsewhere,
      ).status,
    ).toBe(0);
    expect(readFileSync(path.join(elsewhere, "out", "notes.txt"), "utf8")).toBe(
      "from the spec's folder\n",
    );
    expect(
      runCli(
        [
          "--spec",
          "codes.yaml",
          "--out",
          "out",
          "--templates",
          "cli-templates",
        ],
        root,
      ).status,
    ).toBe(0);
    expect(readFileSync(path.join(root, "out", "notes.txt"), "utf8")).toBe(
      "from --templates\n",
    );
    expect(readFileSync(path.join(root, "out", "kept.txt"), "utf8")).toBe(
      "only in the spec's folder\n",
    );
  });

  it("points at the spec's `templates` line when that folder is missing", () => {
    const root = project();
    writeFile(path.join(root, "codes.yaml"), `${SPEC}templates: ./nowhere\n`);
    const result = runCli(["--spec", "codes.yaml", "--out", "out"], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^codes\.yaml:7:12: no template folder at .*nowhere; the path is relative to the spec$/m,
    );
  });

  it("reports a broken template at its file and line, exits 1 and writes nothing", () => {
    const root = project();
    writeFile(
      path.join(root, "bad", "outputs", "broken.txt.hbs"),
      "fine\n{{#each codes}}\n{{name}}\n{{/if}}\n",
    );
    const result = runCli(
      ["--spec", "codes.yaml", "--out", "out", "--templates", "bad"],
      root,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^bad\/outputs\/broken\.txt\.hbs:2:\d+: template error: each doesn't match if/m,
    );
    expect(existsSync(path.join(root, "out"))).toBe(false);

    writeFile(
      path.join(root, "bad", "outputs", "broken.txt.hbs"),
      "{{> noSuchPartial}}\n",
    );
    const missingPartial = runCli(
      ["--spec", "codes.yaml", "--out", "out", "--templates", "bad"],
      root,
    );
    expect(missingPartial.status).toBe(1);
    expect(missingPartial.stderr).toMatch(
      /^bad\/outputs\/broken\.txt\.hbs:1:\d+: template error: The partial noSuchPartial could not be found/m,
    );
  });
});

describe("templates/examples/python", () => {
  it("adds python/<Name>.py to the default spec's outputs and changes nothing else", () => {
    const out = tempDir();
    const result = runCli([
      "--spec",
      "spec/websocket-status-codes.yaml",
      "--out",
      out,
      "--templates",
      PYTHON_EXAMPLE,
    ]);
    expect(result).toMatchObject({ status: 0, stderr: "" });
    const files = readTree(out);
    const module = files.get("python/WebSocketStatusCodes.py")!;
    files.delete("python/WebSocketStatusCodes.py");
    expect(files).toEqual(
      readTree(path.join(ROOT, "generated", "websocket-status-codes")),
    );
    expect(module).toMatch(
      /^# generated from spec\/websocket-status-codes\.yaml by `npm run gen`; do not edit\n/,
    );
    expect(module).toContain("class WebSocketStatusCodes(IntEnum):");
    expect(module).toContain(
      '    NormalClosure = 1000\n    """Indicates a normal closure, meaning that the purpose',
    );
    if (!hasPython) return;
    // The Python module agrees with the generated TypeScript package on every code and on flags at every range edge.
    const js = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `
        import * as m from ${JSON.stringify(path.join(out, "dist", "details.js"))};
        const numbers = [...m.entries.map((e) => e.code), ...m.ranges.flatMap((r) => [r.from - 1, r.from, r.to, r.to + 1])];
        console.log(JSON.stringify({ entries: m.entries.map((e) => [e.name, e.code]), flags: numbers.map((n) => [n, [...m.flagsOf(n)].sort()]) }));
      `,
      ],
      { encoding: "utf8" },
    );
    expect(js.stderr).toBe("");
    const expected = JSON.parse(js.stdout);
    const script = [
      "import json, sys",
      "sys.path.insert(0, sys.argv[1])",
      "import WebSocketStatusCodes as m",
      "print(json.dumps({'entries': [[c.name, c.value] for c in m.WebSocketStatusCodes], 'flags': [[n, sorted(m.flags_of(n))] for n, _ in json.load(sys.stdin)]}))",
    ].join("\n");
    const result2 = spawnSync(
      "python3",
      ["-c", script, path.join(out, "python")],
      { input: JSON.stringify(expected.flags), encoding: "utf8" },
    );
    expect(result2.stderr).toBe("");
    expect(JSON.parse(result2.stdout)).toEqual(expected);
  });

  it("keeps hostile descriptions as data: the module imports and every docstring reads back", () => {
    const root = tempDir();
    const codes = HOSTILE.map((description, i) => ({
      name: i === 0 ? "None" : `Code${i}`,
      code: i + 1,
      description,
    }));
    writeFile(path.join(root, "hostile.yaml"), specYaml("HostileCodes", codes));
    const result = runCli(
      ["--spec", "hostile.yaml", "--out", "out", "--templates", PYTHON_EXAMPLE],
      root,
    );
    expect(result).toMatchObject({ status: 0, stderr: "" });
    const module = readFileSync(
      path.join(root, "out", "python", "HostileCodes.py"),
      "utf8",
    );
    expect(module).toContain("    None_ = 1\n");
    if (!hasPython) return;
    const script = [
      "import ast, json, sys",
      UNDENT,
      "sys.path.insert(0, 'out/python')",
      "import HostileCodes as m",
      "tree = ast.parse(open('out/python/HostileCodes.py', encoding='utf-8').read())",
      "body = next(node for node in tree.body if isinstance(node, ast.ClassDef)).body",
      "docs = {body[i].targets[0].id: undent(body[i + 1].value.value) for i in range(len(body) - 1) if isinstance(body[i], ast.Assign)}",
      "print(json.dumps({'values': {c.name: c.value for c in m.HostileCodes}, 'docs': docs}))",
    ].join("\n");
    const decoded = JSON.parse(python(script, null, root));
    expect(decoded.values).toEqual(
      Object.fromEntries(
        codes.map(({ name, code }) => [pyEnumMember(name), code]),
      ),
    );
    expect(decoded.docs).toEqual(
      Object.fromEntries(
        codes.map(({ name, description }) => [
          pyEnumMember(name),
          description.replace(/\r\n?/g, "\n"),
        ]),
      ),
    );
  });
});

describe("README: Custom templates", () => {
  it("documents every field of the model templates receive", () => {
    const spec = path.join(ROOT, "spec", "websocket-status-codes.yaml");
    const model = buildModel(
      validateSpec(loadSpec(spec), "spec/websocket-status-codes.yaml"),
      "npm run gen",
    );
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("### The model every template receives"),
      readme.indexOf("## Breaking changes"),
    );
    const fields = [
      ...Object.keys(model),
      ...[
        model.package,
        model.docs,
        model.bounds,
        model.flags[0],
        model.ranges[0],
        model.codes[0],
      ].flatMap((part) => Object.keys(part ?? {})),
    ];
    const undocumented = [...new Set(fields)].filter(
      (field) => !section.includes(`\`${field}\``),
    );
    expect(undocumented).toEqual([]);
  });
});

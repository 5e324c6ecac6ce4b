// Template overrides (--templates and the spec's `templates` key), template errors, and the README's model table.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/buildModel.js";
import { loadSpec } from "../../src/spec/load.js";
import { validateSpec } from "../../src/spec/validate.js";
import {
  readTree,
  ROOT,
  runCli,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

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
      path.join(root, "mine", "outputs", "kotlin", "[name].kt.hbs"),
      "enum class {{name}}(val code: Int) {\n{{#each codes}}\n    {{name}}({{code}}),\n{{/each}}\n}\n",
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
    expect(custom.get("kotlin/OverriddenCodes.kt")).toBe(
      "enum class OverriddenCodes(val code: Int) {\n    Only(7),\n}\n",
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

  it("renders a template under csharp/, python/ or go/ only when the spec targets that language, an override of a built-in one too", () => {
    const root = project();
    writeFile(
      path.join(root, "mine", "outputs", "csharp", "[name].cs.hbs"),
      "// {{name}}, our C#\n",
    );
    writeFile(
      path.join(root, "mine", "outputs", "go", "extra.txt.hbs"),
      "{{go.package}}\n",
    );
    const args = [
      "--spec",
      "codes.yaml",
      "--out",
      "out",
      "--templates",
      "mine",
    ];
    expect(runCli(args, root)).toMatchObject({ status: 0, stderr: "" });
    const plain = [...readTree(path.join(root, "out")).keys()];
    expect(plain.filter((file) => /^(csharp|python|go)\//.test(file))).toEqual(
      [],
    );

    writeFile(
      path.join(root, "codes.yaml"),
      `${SPEC}targets: [csharp, go]\ngo: { package: mine }\n`,
    );
    // Another folder: the first one holds none of these outputs, so the writer would not replace it.
    args[3] = "targeted";
    expect(runCli(args, root)).toMatchObject({ status: 0, stderr: "" });
    const targeted = readTree(path.join(root, "targeted"));
    expect([...targeted.keys()].sort()).toEqual([
      "csharp/OverriddenCodes.cs",
      "go/extra.txt",
      "go/overriddencodes.go",
    ]);
    expect(targeted.get("csharp/OverriddenCodes.cs")).toBe(
      "// OverriddenCodes, our C#\n",
    );
    expect(targeted.get("go/extra.txt")).toBe("mine\n");
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
      /^bad\/outputs\/broken\.txt\.hbs:1:1: template error: the partial 'noSuchPartial' is not in any partials\/ folder$/m,
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

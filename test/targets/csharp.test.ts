// The C# target (csharp/<Name>.cs): compiled by mcs with warnings as errors; its XML doc file holds every
// description as its member's summary; names, deprecation and underlying types as C# sees them.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import {
  DEFAULT_SPEC,
  ROOT,
  runCli,
  scratchDir,
  tempDir,
  writeFile,
} from "../helpers.js";
import { csIdentifier } from "../../src/render/helpers/csharp.js";
import {
  asDocText,
  compileCsharp,
  readXmlDoc,
  run,
  succeed,
} from "./toolchains.js";

interface SpecFile {
  name: string;
  title?: string;
  description?: string;
  csharp?: { namespace: string };
  flags?: Record<string, string>;
  codes: { name: string; code: number; description: string }[];
}

const PRIVATE_SPEC = path.join(ROOT, "test", "fixtures", "private-codes.yaml");

type Built = ReturnType<typeof build>;

/** Generates a spec and compiles its C# output into a library with its XML doc file. */
function build(specFile: string) {
  const dir = scratchDir("csharp");
  expect(runCli(["gen", "--spec", specFile, "--out", dir]).status).toBe(0);
  const spec = parse(readFileSync(specFile, "utf8")) as SpecFile;
  const source = path.join(dir, "csharp", `${spec.name}.cs`);
  const library = path.join(dir, `${spec.name}.dll`);
  compileCsharp([source], library);
  return {
    dir,
    spec,
    source,
    library,
    text: readFileSync(source, "utf8"),
    doc: readXmlDoc(library.replace(/\.dll$/, ".xml")),
    namespace: spec.csharp?.namespace ?? "Codeset",
  };
}

describe.each([
  ["the default spec", DEFAULT_SPEC],
  ["the private spec", PRIVATE_SPEC],
])("%s", (_, specFile) => {
  let built: Built;
  let spec: SpecFile;
  let doc: Built["doc"];
  let namespace: string;
  beforeAll(() => {
    built = build(specFile);
    ({ spec, doc, namespace } = built);
  }, 60_000);

  test("compiles with mcs -warnaserror, as `enum <Name> : ushort` inside the spec's namespace", () => {
    expect(built.text).toMatch(
      /^\/\/ generated from \S+ by `[^`\n]+`; do not edit\n/,
    );
    expect(built.text).toContain(`namespace ${namespace}\n`);
    expect(built.text).toContain(`public enum ${spec.name} : ushort\n`);
  });

  test("the XML doc file holds, for every member, the spec's description as its summary", () => {
    const type = `${namespace}.${spec.name}`;
    expect(doc[`T:${type}`]).toEqual({
      summary: spec.title ?? spec.name,
      remarks: spec.description?.trim(),
      stray: "",
    });
    for (const code of spec.codes)
      expect(doc[`F:${type}.${code.name}`], code.name).toEqual({
        summary: asDocText(code.description),
        remarks: undefined,
        stray: "",
      });
    expect(
      Object.entries(doc).filter(([, member]) => member.stray !== ""),
    ).toEqual([]);
    for (const [flag, meaning] of Object.entries(spec.flags ?? {})) {
      const member = flag[0]!.toUpperCase() + flag.slice(1);
      expect(doc[`F:${type}Flags.${member}`]?.summary, flag).toBe(
        asDocText(meaning),
      );
    }
    // Every public member is documented: mcs -warnaserror refuses one without a comment (CS1591).
    const fields = Object.keys(doc).filter((id) => id.startsWith(`F:${type}.`));
    expect(fields).toHaveLength(spec.codes.length);
  });

  test("Describe, NameOf, IsKnown and FlagsOf answer from the spec for every code", () => {
    const program = path.join(built.dir, "Describe.cs");
    writeFileSync(
      program,
      `internal static class Program
{
    private static void Main()
    {
        foreach (var entry in ${namespace}.${spec.name}Info.Entries)
        {
            var found = ${namespace}.${spec.name}Info.Describe(entry.Number);
            System.Console.WriteLine(string.Join("|", found.Name, found.Number, (int)found.Code, found.Code, ${namespace}.${spec.name}Info.NameOf(entry.Number), ${namespace}.${spec.name}Info.IsKnown(entry.Number), found.Description.Length));
        }
        System.Console.WriteLine(${namespace}.${spec.name}Info.Describe(-1) == null && ${namespace}.${spec.name}Info.NameOf(70000) == null && !${namespace}.${spec.name}Info.IsKnown(-1));
    }
}
`,
    );
    const exe = path.join(built.dir, "describe.exe");
    compileCsharp([built.source, program], exe);
    const lines = succeed("mono", [exe]).trimEnd().split("\n");
    expect(lines.pop()).toBe("True");
    expect(lines).toEqual(
      spec.codes.map((code) =>
        [
          code.name,
          code.code,
          code.code,
          code.name,
          code.name,
          "True",
          code.description.length,
        ].join("|"),
      ),
    );
  });
});

describe("names and deprecation, as C# reads them", () => {
  let built: Built;
  beforeAll(() => {
    built = build(PRIVATE_SPEC);
  }, 60_000);

  test("a code named like a C# keyword is a verbatim identifier whose name is the word", () => {
    expect(built.text).toContain("        @class = 4200,\n");
    expect(built.text).toContain("        @string = 4002,\n");
    expect(built.doc["F:Game.Net.GameCloseCodes.class"]).toBeDefined();
    expect(csIdentifier("Banned")).toBe("Banned");
  });

  test("a deprecated code is [Obsolete], with its note where the spec gives one: the compiler warns its users", () => {
    const program = path.join(built.dir, "UsesObsolete.cs");
    writeFileSync(
      program,
      "internal static class Program\n{\n    private static void Main()\n    {\n        System.Console.WriteLine((int)Game.Net.GameCloseCodes.LegacyKick + (int)Game.Net.GameCloseCodes.MaintenanceWindow);\n    }\n}\n",
    );
    const result = run("mcs", [
      "-out:" + path.join(built.dir, "uses.exe"),
      built.source,
      program,
    ]);
    expect(result.status).toBe(0);
    // mcs warns on stderr: CS0618 for an obsolete member with a message, CS0612 for one without.
    const warnings = result.stderr
      .split("\n")
      .filter((line) => /warning CS061[28]/.test(line));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain(
      "warning CS0618: `Game.Net.GameCloseCodes.LegacyKick' is obsolete: `Use Banned (4301) instead.'",
    );
    expect(warnings[1]).toContain(
      "warning CS0612: `Game.Net.GameCloseCodes.MaintenanceWindow' is obsolete",
    );
  });

  test("the flags enum is [Flags] with None = 0 and one PascalCase member per flag", () => {
    expect(built.text).toContain("    [global::System.Flags]\n");
    expect(built.text).toMatch(
      /None = 0,\n(.*\n)*?\s+Retryable = 1,\n(.*\n)*?\s+Fatal = 2,\n(.*\n)*?\s+SignOut = 4,\n(.*\n)*?\s+Logged = 8,\n(.*\n)*?\s+UserVisible = 16,\n/,
    );
  });
});

describe("the enum's underlying type", () => {
  test.each([
    ["every code fits ushort", [0, 65535], { min: 0, max: 65535 }, "ushort"],
    ["a code above 65535", [1, 70000], { min: 0, max: 100000 }, "int"],
    ["a negative code", [-32700, 1], { min: -32768, max: 10 }, "int"],
    ["a code beyond 32 bits", [1, 2 ** 40], { min: 0, max: 2 ** 41 }, "long"],
  ])("%s: %j -> %s", (_, numbers, bounds, type) => {
    const dir = tempDir("codeset-cs-type-");
    const lines = [
      "name: WideCodes",
      "targets: [csharp]",
      `bounds: { min: ${bounds.min}, max: ${bounds.max} }`,
      "codes:",
      ...numbers.flatMap((code, i) => [
        `  - name: Code${i}`,
        `    code: ${code}`,
        `    description: Number ${code}.`,
      ]),
    ];
    writeFile(path.join(dir, "wide.yaml"), `${lines.join("\n")}\n`);
    expect(
      runCli(["gen", "--spec", "wide.yaml", "--out", "out"], dir).status,
    ).toBe(0);
    const source = path.join(dir, "out", "csharp", "WideCodes.cs");
    expect(readFileSync(source, "utf8")).toContain(
      `public enum WideCodes : ${type}\n`,
    );
    const program = path.join(dir, "Program.cs");
    const number = type === "long" ? "long" : "int";
    writeFileSync(
      program,
      `internal static class Program\n{\n    private static void Main()\n    {\n${numbers.map((n) => `        System.Console.WriteLine(Codeset.WideCodesInfo.NameOf((${number})${n}) + " " + (long)Codeset.WideCodes.Code${numbers.indexOf(n)});\n`).join("")}    }\n}\n`,
    );
    compileCsharp([source, program], path.join(dir, "wide.exe"));
    expect(succeed("mono", [path.join(dir, "wide.exe")])).toBe(
      numbers.map((n, i) => `Code${i} ${n}\n`).join(""),
    );
  });
});

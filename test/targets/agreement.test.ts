// Agreement across languages: for every number 0..65535 (and a few beyond), the C#, Python and Go outputs,
// each run by its own toolchain, print the same names and flags as the TypeScript package, byte for byte.
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { DEFAULT_SPEC, ROOT, runCli, tempDir } from "../helpers.js";
import { compileCsharp, goModule, succeed } from "./toolchains.js";

const NUMBERS = [
  ...Array.from({ length: 65536 }, (_, n) => n),
  -1,
  -65536,
  65536,
  100000,
];

/**
 * One line per number, the same in every language: the number, its name (or nothing), 1 when it is a
 * code, its flags (flagsOf, in spec order) and the flags hasFlag answers true for (each flag asked alone).
 */
const TYPESCRIPT_PROGRAM = (dist: string) => `
import * as codes from ${JSON.stringify(dist)};
const numbers = [...Array.from({ length: 65536 }, (_, n) => n), ${NUMBERS.slice(65536).join(", ")}];
const names = Object.keys(codes.flags);
const lines = numbers.map((n) => [n, codes.nameOf(n) ?? "", codes.isKnown(n) ? 1 : 0, codes.flagsOf(n).join(","), names.filter((flag) => codes.hasFlag(n, flag)).join(",")].join("\\t") + "\\n");
process.stdout.write(lines.join(""));
`;

const CSHARP_PROGRAM = (namespace: string, name: string) => `
internal static class Program
{
    public static void Main()
    {
        var numbers = new System.Collections.Generic.List<int>();
        for (int n = 0; n <= 65535; n++) numbers.Add(n);
        numbers.AddRange(new[] { -1, -65536, 65536, 100000 });
        var all = (${namespace}.${name}Flags[])System.Enum.GetValues(typeof(${namespace}.${name}Flags));
        var text = new System.Text.StringBuilder();
        foreach (var n in numbers)
        {
            var has = new System.Collections.Generic.List<string>();
            foreach (var flag in all)
                if (flag != ${namespace}.${name}Flags.None && ${namespace}.${name}Info.HasFlag(n, flag)) has.AddRange(${namespace}.${name}Info.FlagNames(flag));
            text.Append(n).Append('\\t').Append(${namespace}.${name}Info.NameOf(n) ?? "").Append('\\t')
                .Append(${namespace}.${name}Info.IsKnown(n) ? "1" : "0").Append('\\t')
                .Append(string.Join(",", ${namespace}.${name}Info.FlagNames(${namespace}.${name}Info.FlagsOf(n)))).Append('\\t')
                .Append(string.Join(",", has)).Append('\\n');
        }
        System.Console.Out.Write(text.ToString());
    }
}
`;

const PYTHON_PROGRAM = `
import importlib.util, sys
spec = importlib.util.spec_from_file_location("codes", sys.argv[1])
codes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(codes)
lines = []
for n in [*range(65536), -1, -65536, 65536, 100000]:
    flags = codes.flags_of(n)
    lines.append("\\t".join([
        str(n),
        codes.name_of(n) or "",
        "1" if codes.is_known(n) else "0",
        ",".join(flag for flag in codes.FLAGS if flag in flags),
        ",".join(flag for flag in codes.FLAGS if codes.has_flag(n, flag)),
    ]) + "\\n")
sys.stdout.write("".join(lines))
`;

const GO_PROGRAM = `package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	codes "example.com/check/codes"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	numbers := []int{}
	for n := 0; n <= 65535; n++ {
		numbers = append(numbers, n)
	}
	numbers = append(numbers, -1, -65536, 65536, 100000)
	for _, n := range numbers {
		known := "0"
		if codes.IsKnown(n) {
			known = "1"
		}
		has := []string{}
		for bit := 0; bit < 31; bit++ {
			flag := codes.Flags(1) << bit
			if names := flag.Names(); len(names) == 1 && codes.HasFlag(n, flag) {
				has = append(has, names[0])
			}
		}
		out.WriteString(strings.Join([]string{strconv.Itoa(n), codes.NameOf(n), known, strings.Join(codes.FlagsOf(n).Names(), ","), strings.Join(has, ",")}, "\\t") + "\\n")
	}
}
`;

interface Case {
  label: string;
  spec: string;
}

const CASES: Case[] = [
  { label: "the default spec", spec: DEFAULT_SPEC },
  {
    label: "a private 4000-4999 spec with five flags",
    spec: path.join(ROOT, "test", "fixtures", "private-codes.yaml"),
  },
];

describe.each(CASES)("$label", ({ spec }) => {
  const { name, csharp, targets } = parse(readFileSync(spec, "utf8")) as {
    name: string;
    csharp?: { namespace: string };
    targets: string[];
  };

  test("targets every language", () => {
    expect(targets).toEqual(["typescript", "csharp", "python", "go"]);
  });

  test("C#, Python and Go print what the TypeScript package prints for every number", () => {
    const dir = tempDir("codeset-agree-");
    const out = path.join(dir, "out");
    expect(runCli(["gen", "--spec", spec, "--out", out]).status).toBe(0);
    const expected = succeed(process.execPath, [
      "--input-type=module",
      "-e",
      TYPESCRIPT_PROGRAM(path.join(out, "dist", "index.js")),
    ]);
    expect(expected.split("\n")).toHaveLength(NUMBERS.length + 1);
    // Some numbers are codes, some carry flags, some are nothing: the comparison covers each kind.
    expect(expected).toMatch(/^\d+\t\w+\t1\t/m);
    expect(expected).toMatch(/^\d+\t\t0\t\w/m);
    expect(expected).toMatch(/^\d+\t\t0\t\t$/m);

    const program = path.join(dir, "Program.cs");
    writeFileSync(
      program,
      CSHARP_PROGRAM(csharp?.namespace ?? "Codeset", name),
    );
    const exe = path.join(dir, "agree.exe");
    compileCsharp([path.join(out, "csharp", `${name}.cs`), program], exe);
    expect(succeed("mono", [exe]), "C#").toBe(expected);

    const pyFile = pythonModule(out);
    expect(succeed("python3", ["-c", PYTHON_PROGRAM, pyFile]), "Python").toBe(
      expected,
    );

    const module = path.join(dir, "go");
    const env = goModule(module);
    const goFile = `${name.toLowerCase()}.go`;
    writeFileSync(path.join(module, "main.go"), GO_PROGRAM);
    copy(path.join(out, "go", goFile), path.join(module, "codes", goFile));
    expect(succeed("go", ["run", "."], { cwd: module, env }), "Go").toBe(
      expected,
    );
  }, 120_000);
});

/** The one module of the Python output. */
function pythonModule(out: string): string {
  const files = readdirSync(path.join(out, "python"));
  expect(files).toHaveLength(1);
  return path.join(out, "python", files[0]!);
}

function copy(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}

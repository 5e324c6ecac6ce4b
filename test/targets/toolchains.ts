// The real toolchains of the other targets, as the target tests call them: mcs and mono (C#), python3 and
// mypy (Python), go and gofmt (Go). A missing tool fails the test that needs it, naming the package to install.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { PROJECT_SCRATCH } from "../helpers.js";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The Debian package that brings each command (`.ci/run` installs them). */
const PACKAGE_OF: Record<string, string> = {
  mcs: "mono-mcs",
  mono: "mono-runtime",
  mypy: "mypy",
  python3: "python3",
  go: "golang-go",
  gofmt: "golang-go",
};

/** Runs a command to its end; throws (with the install hint) when the command does not exist. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Run {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `${command} could not run (${result.error.message}); install the Debian package ${PACKAGE_OF[command] ?? command} (bash .ci/run does)`,
    );
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Runs a command that must succeed, and returns what it printed. */
export function succeed(
  command: string,
  args: readonly string[],
  options: Parameters<typeof run>[2] = {},
): string {
  const result = run(command, args, options);
  expect(
    { status: result.status, stderr: result.stderr },
    `${command} ${args.join(" ")}\n${result.stdout}`,
  ).toEqual({ status: 0, stderr: "" });
  return result.stdout;
}

/**
 * Compiles C# sources with mcs into `out` (a library, or an .exe when one source has Main), warnings as
 * errors, writing the XML doc file beside it: `<out>.xml`.
 */
export function compileCsharp(sources: readonly string[], out: string): void {
  const library = !out.endsWith(".exe");
  succeed("mcs", [
    "-warnaserror",
    "-nologo",
    `-doc:${out.replace(/\.(dll|exe)$/, "")}.xml`,
    ...(library ? ["-target:library"] : []),
    `-out:${out}`,
    ...sources,
  ]);
}

/**
 * mypy --strict, with one cache for the whole test run (typeshed's stubs are most of its work). Called
 * as `mypy`: Debian's script runs under /usr/bin/python3, whatever python3 the PATH finds first.
 */
export const MYPY_STRICT = [
  "--strict",
  "--cache-dir",
  path.join(PROJECT_SCRATCH, "mypy-cache"),
];

export function mypyStrict(files: readonly string[], cwd: string): void {
  expect(
    succeed("mypy", [...MYPY_STRICT, "--no-error-summary", ...files], { cwd }),
  ).toBe("");
}

/**
 * A Go module in `dir` (module `example.com/check`), offline, with one build cache and GOPATH for the
 * whole test run (in test/.output: Go's cache is safe to share, and a cold one costs seconds per vet).
 */
export function goModule(dir: string): NodeJS.ProcessEnv {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, "go.mod"),
    "module example.com/check\n\ngo 1.19\n",
  );
  return {
    GOCACHE: path.join(PROJECT_SCRATCH, "go-cache"),
    GOPATH: path.join(PROJECT_SCRATCH, "go-path"),
    GOPROXY: "off",
    GOFLAGS: "-mod=mod",
    GOTOOLCHAIN: "local",
    GO111MODULE: "on",
    GOWORK: "off",
  };
}

/** A Go package's files must need no change by gofmt, and `go vet` must find nothing. */
export function gofmtAndVet(dir: string, env: NodeJS.ProcessEnv): void {
  expect(succeed("gofmt", ["-l", "."], { cwd: dir })).toBe("");
  succeed("go", ["vet", "./..."], { cwd: dir, env });
}

/** One member of a C# XML doc file: its `summary` and `remarks` as an XML parser reads them (undefined when absent). */
export interface XmlDocMember {
  summary: string | undefined;
  remarks: string | undefined;
  /** Text of the member outside its elements, white space aside: none in a well-made comment. */
  stray: string;
}

/** The members of an XML doc file that mcs wrote, by their doc ids (`T:Ns.Type`, `F:Ns.Type.Member`), read by Python's XML parser. */
export function readXmlDoc(file: string): Record<string, XmlDocMember> {
  const script = [
    "import json, sys, xml.etree.ElementTree as ET",
    "text = lambda node: None if node is None else ''.join(node.itertext())",
    "members = ET.parse(sys.argv[1]).getroot().find('members')",
    "stray = lambda m: ''.join([m.text or '', *[child.tail or '' for child in m]]).strip()",
    "print(json.dumps({m.get('name'): {'summary': text(m.find('summary')), 'remarks': text(m.find('remarks')), 'stray': stray(m)} for m in members}))",
  ].join("\n");
  const members = JSON.parse(
    succeed("python3", ["-c", script, file]),
  ) as Record<
    string,
    { summary: string | null; remarks: string | null; stray: string }
  >;
  return Object.fromEntries(
    Object.entries(members).map(([id, { summary, remarks, stray }]) => [
      id,
      { summary: undented(summary), remarks: undented(remarks), stray },
    ]),
  );
}

/**
 * The text of one `/// <tag>` element as a doc tool reads it: mcs keeps each line after `///` with its
 * own indentation before it, between a first and a last line of white space; the first line's
 * indentation (the text's first line starts with no white space of its own) is dropped from every line.
 */
function undented(text: string | null): string | undefined {
  if (text === null) return undefined;
  const lines = text.split("\n").slice(1, -1);
  const indent = /^\s*/.exec(lines[0] ?? "")![0].length;
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** What an XML doc summary (or a Go comment) shows of a spec text: LF line ends, trimmed, no trailing spaces on lines. */
export function asDocText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

// A library's own repository as the outputs land in it: mapped into its src/ and docs/, formatted by its
// prettier (singleQuote, tabWidth 4), left alone by its eslint (quotes, no-bitwise), compiled by its
// tsc, and guarded by gen --check. The host's tools are the real ones, run as the host runs them.
import { spawnSync } from "node:child_process";
import { readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { LINT_DIRECTIVE } from "../../src/render/lintDirective.js";
import { ROOT, runCli, specYaml, tempDir, writeFile } from "../helpers.js";

const NAME = "CloseCodes";
const PRETTIER_CONFIG = { singleQuote: true, tabWidth: 4 };
const ESLINT_CONFIG = `import tseslint from 'typescript-eslint';

export default [
    {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
    },
    {
        rules: { quotes: ['error', 'single'], 'no-bitwise': 'error' },
    },
];
`;
const OUTPUTS = {
  "src/[name].ts": "src/closeCodes.ts",
  "docs/[name].md": "docs/close-codes.md",
  "[name].schema.json": "schemas/close-codes.schema.json",
  "[name].openapi.json": "schemas/close-codes.openapi.json",
};

/** Runs one of the host's tools (from its node_modules) in the host; returns status and output. */
function tool(
  root: string,
  bin: string,
  args: readonly string[],
  input?: string,
) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", bin), ...args],
    {
      cwd: root,
      encoding: "utf8",
      input,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const PRETTIER = "prettier/bin/prettier.cjs";
const ESLINT = "eslint/bin/eslint.js";
const TSC = "typescript/bin/tsc";

/**
 * The host: its package.json (gen runs codeset), prettier and eslint configs, its own source using the
 * mapped enum, the spec, and node_modules with prettier, eslint, typescript-eslint and typescript (this
 * repository's, linked). Its own files are first made clean by its own prettier, as a host keeps them.
 */
function host(): string {
  const root = tempDir("codeset-host-");
  symlinkSync(
    path.join(ROOT, "node_modules"),
    path.join(root, "node_modules"),
    "dir",
  );
  writeFile(
    path.join(root, "package.json"),
    JSON.stringify({
      name: "close-codes-host",
      private: true,
      type: "module",
      scripts: {
        gen: "codeset gen",
        lint: "eslint .",
        format: "prettier --check .",
      },
      devDependencies: {
        eslint: "*",
        prettier: "*",
        typescript: "*",
        "typescript-eslint": "*",
      },
    }),
  );
  writeFile(
    path.join(root, ".prettierrc.json"),
    JSON.stringify(PRETTIER_CONFIG),
  );
  writeFile(path.join(root, ".gitignore"), "node_modules\n");
  writeFile(path.join(root, "eslint.config.mjs"), ESLINT_CONFIG);
  writeFile(
    path.join(root, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "es2022",
        module: "nodenext",
        types: [],
      },
      include: ["src"],
    }),
  );
  writeFile(
    path.join(root, "src", "index.ts"),
    `import { ${NAME}, hasFlag } from './closeCodes.js';\n\nexport const normal: number = ${NAME}.Normal;\nexport const retry = hasFlag(${NAME}.GoingAway, 'retryable');\n`,
  );
  const spec = specYaml(NAME, [
    { name: "Normal", code: 1000, description: 'A "normal" closure.' },
    {
      name: "GoingAway",
      code: 1001,
      description: "The endpoint is going away; it's fine.",
    },
  ]).replace("codes:\n", "flags:\n  retryable: Try again later.\ncodes:\n");
  const mapping = Object.entries(OUTPUTS).map(
    ([template, to]) => `  ${JSON.stringify(template)}: ${to}`,
  );
  writeFile(
    path.join(root, "spec", "close-codes.yaml"),
    `${spec}    flags: [retryable]\noutputs:\n${mapping.join("\n")}\n`,
  );
  expect(tool(root, PRETTIER, ["--write", "."]).status).toBe(0);
  return root;
}

describe("a host repository with prettier, eslint and mapped outputs", () => {
  it(
    "passes the host's prettier --check, eslint (no warnings), tsc and gen --check",
    { timeout: 120_000 },
    () => {
      const root = host();
      const gen = runCli([], root);
      expect(gen.stderr).toBe("");
      expect(gen.status).toBe(0);
      for (const [bin, args] of [
        [PRETTIER, ["--check", "."]],
        [ESLINT, ["--max-warnings", "0", "."]],
        [TSC, ["-p", "tsconfig.json"]],
      ] as const) {
        const result = tool(root, bin, args);
        expect(result.output, `${bin} ${args.join(" ")}`).not.toMatch(
          /error|warn/i,
        );
        expect(
          result.status,
          `${bin} ${args.join(" ")}\n${result.output}`,
        ).toBe(0);
      }
      expect(runCli(["--check"], root).status).toBe(0);
    },
  );

  it("needs both measures: the host's prettier rejects the default layout, its eslint rejects the source without the directive", async () => {
    const root = host();
    expect(runCli([], root).status).toBe(0);
    const mapped = readFileSync(
      path.join(root, "src", "closeCodes.ts"),
      "utf8",
    );
    // The mapped file is the host's layout (four spaces, single quotes), which the generator's own layout is not.
    expect(mapped).toMatch(/^ {4}\S/m);
    expect(mapped).not.toMatch(/^ {2}\S/m);
    const file = path.join(root, "src", "closeCodes.ts");
    expect(
      await prettier.check(mapped, { ...PRETTIER_CONFIG, filepath: file }),
    ).toBe(true);
    const ownLayout = readFileSync(
      path.join(
        ROOT,
        "generated",
        "websocket-status-codes",
        "src",
        "WebSocketStatusCodes.ts",
      ),
      "utf8",
    );
    expect(
      await prettier.check(ownLayout, { ...PRETTIER_CONFIG, filepath: file }),
    ).toBe(false);
    // The runtime beside it holds the lookups' bit operations.
    const runtime = readFileSync(
      path.join(root, "src", "codeset-runtime.ts"),
      "utf8",
    );
    const withoutDirective = runtime.replace(`${LINT_DIRECTIVE}\n`, "");
    expect(withoutDirective).not.toBe(runtime);
    const lint = tool(
      root,
      ESLINT,
      ["--stdin", "--stdin-filename", "src/codeset-runtime.ts"],
      withoutDirective,
    );
    expect(lint.status).toBe(1);
    expect(lint.output).toContain("no-bitwise");
  });
});

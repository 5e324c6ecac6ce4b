// The toolchain as a user gets it: `npm pack` it, install the tarball offline into a throwaway project whose
// path holds a space, then `codeset init`, `gen`, `gen --check`, compile the output, and break it on purpose.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUNTIME_FILES } from "../../src/render/runtime.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const toolchain = JSON.parse(
  readFileSync(path.join(repo, "package.json"), "utf8"),
) as { name: string; version: string };
const tsc = path.join(repo, "node_modules", "typescript", "bin", "tsc");

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let work: string;
let project: string;
let packed: PackResult;

/**
 * Children get no npm_* variables from the `npm test` that runs us: they describe the repository
 * (npm_config_local_prefix, npm_package_*), not the throwaway project. The cache location stays.
 */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (
      lower.startsWith("npm_") &&
      lower !== "npm_config_cache" &&
      lower !== "npm_config_userconfig"
    )
      continue;
    if (key === "INIT_CWD") continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  extra: Record<string, string> = {},
): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    env: childEnv(extra),
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  return result;
}

/** `npx codeset ...`, as a user types it; npx finds the installed bin without the network. */
function npxCodeset(args: readonly string[]): SpawnSyncReturns<string> {
  return run("npx", ["--offline", "codeset", ...args], project);
}

/** The installed bin link itself: what npx runs, without npx's second of start-up on a shared CPU. */
function codeset(
  args: readonly string[],
  cwd = project,
): SpawnSyncReturns<string> {
  return run(path.join(project, "node_modules", ".bin", "codeset"), args, cwd);
}

function expectExit(result: SpawnSyncReturns<string>, status: number): void {
  expect(
    result.status,
    `exit status\nstdout: ${result.stdout}\nstderr: ${result.stderr}`,
  ).toBe(status);
}

function read(...segments: string[]): string {
  return readFileSync(path.join(...segments), "utf8");
}

/** Every file below dir, as sorted posix paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

beforeAll(() => {
  if (!existsSync(path.join(repo, "lib", "codeset.cjs")))
    throw new Error("lib/ is missing: run `npm run build` (npm test does)");
  work = mkdtempSync(path.join(os.tmpdir(), "codeset toolchain "));
  project = path.join(work, "my project");
  mkdirSync(project);
  // `npm test` built lib/ just before vitest started; --ignore-scripts keeps `prepare` from rebuilding it
  // underneath test files that are running the CLI at the same moment.
  const pack = run(
    "npm",
    ["pack", "--ignore-scripts", "--json", "--pack-destination", work],
    repo,
  );
  expectExit(pack, 0);
  packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
  writeFileSync(
    path.join(project, "package.json"),
    `${JSON.stringify({ name: "throwaway", private: true }, null, 2)}\n`,
  );
  // The tarball's dependencies (yaml, handlebars) are in the npm cache since the repository installed them.
  const tarball = path.join(work, packed.filename);
  let install = run(
    "npm",
    ["install", "-D", "--offline", "--no-audit", "--no-fund", tarball],
    project,
  );
  if (install.status !== 0)
    install = run(
      "npm",
      ["install", "-D", "--prefer-offline", "--no-audit", "--no-fund", tarball],
      project,
    );
  expectExit(install, 0);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed toolchain", { timeout: 60_000 }, () => {
  it("holds the compiled CLI, the templates and the shipped spec, and no TypeScript sources or tests", () => {
    const files = packed.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        "bin/codeset.cjs",
        "lib/codeset.cjs",
        "lib/codeset.cjs.cache",
        "lib/cli/init.js",
        "lib/cli/import.js",
        "lib/import/typescript.js",
        "spec/websocket-status-codes.yaml",
      ]),
    );
    expect(
      files.filter((file) => file.startsWith("templates/outputs/")).length,
    ).toBeGreaterThan(0);
    expect(
      files.filter((file) => file.startsWith("templates/partials/")).length,
    ).toBeGreaterThan(0);
    // The runtime's source and declarations are shipped as text that gen copies into every package.
    expect(
      files.filter((file) => file.startsWith("lib/runtime/")).sort(),
    ).toEqual(RUNTIME_FILES.map((file) => `lib/runtime/${file}`).sort());
    expect(
      files.filter(
        (file) =>
          (file.endsWith(".ts") && !file.startsWith("lib/runtime/")) ||
          file.startsWith("test/") ||
          file.startsWith("runtime/") ||
          file.startsWith("scripts/"),
      ),
    ).toEqual([]);
    // spec.schema.json is shipped whenever the repository has one.
    expect(files.includes("spec/spec.schema.json")).toBe(
      existsSync(path.join(repo, "spec", "spec.schema.json")),
    );
  });

  it("installs with only the generator's runtime dependencies", () => {
    const installed = JSON.parse(
      read(project, "node_modules", toolchain.name, "package.json"),
    ) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional: boolean }>;
      engines: { node: string };
    };
    expect(installed.bin).toEqual({ codeset: "bin/codeset.cjs" });
    expect(Object.keys(installed.dependencies).sort()).toEqual([
      "handlebars",
      "yaml",
    ]);
    expect(installed.engines.node).toBe(">=20.19");
    // `codeset import x.ts` loads typescript: an optional peer, which npm leaves to the project.
    expect(installed.peerDependenciesMeta).toEqual({
      typescript: { optional: true },
    });
    expect(existsSync(path.join(project, "node_modules", "typescript"))).toBe(
      false,
    );
  });
});

describe(
  "codeset in a project whose path holds a space",
  { timeout: 60_000 },
  () => {
    it("prints its version and its help", () => {
      const version = npxCodeset(["--version"]);
      expectExit(version, 0);
      expect(version.stdout.trim()).toBe(toolchain.version);
      const help = codeset(["--help"]);
      expectExit(help, 0);
      expect(help.stdout).toContain("codeset init");
      expect(help.stdout).toContain("--check");
    });

    it("init writes a starter spec pointing at the installed schema and adds the gen script", () => {
      const result = npxCodeset(["init"]);
      expectExit(result, 0);
      expect(result.stdout).toContain("created spec/app-close-codes.yaml");
      expect(result.stdout).toContain("npm run gen");
      const [firstLine] = read(project, "spec", "app-close-codes.yaml").split(
        "\n",
      );
      expect(firstLine).toBe(
        `# yaml-language-server: $schema=../node_modules/${toolchain.name}/spec/spec.schema.json`,
      );
      const manifest = JSON.parse(read(project, "package.json")) as {
        scripts: Record<string, string>;
        devDependencies: Record<string, string>;
      };
      expect(manifest.scripts.gen).toBe("codeset gen");
      expect(Object.keys(manifest.devDependencies)).toEqual([toolchain.name]);
    });

    it("init refuses to overwrite the spec, unless --force", () => {
      const specFile = path.join(project, "spec", "app-close-codes.yaml");
      const starter = readFileSync(specFile, "utf8");
      writeFileSync(specFile, `${starter}# my edit\n`);
      const refused = codeset(["init"]);
      expectExit(refused, 1);
      expect(refused.stderr).toContain(
        "spec/app-close-codes.yaml already exists; use --force",
      );
      expect(readFileSync(specFile, "utf8")).toBe(`${starter}# my edit\n`);
      expectExit(codeset(["init", "--force"]), 0);
      expect(readFileSync(specFile, "utf8")).toBe(starter);
    });

    it("npm run gen writes the outputs into the project, with no absolute paths in them", () => {
      expectExit(run("npm", ["run", "gen"], project), 0);
      const outDir = path.join(project, "generated", "app-close-codes");
      const files = filesBelow(outDir);
      expect(files).toEqual(
        expect.arrayContaining([
          "AppCloseCodes.schema.json",
          "docs/AppCloseCodes.md",
          "package.json",
          "src/AppCloseCodes.ts",
        ]),
      );
      expect(read(outDir, "src", "AppCloseCodes.ts").split("\n")[0]).toContain(
        "generated from spec/app-close-codes.yaml",
      );
      for (const file of files)
        expect(read(outDir, file), file).not.toContain(work);
      expect(existsSync(path.join(repo, "generated", "app-close-codes"))).toBe(
        false,
      );
    });

    it("gen --check passes on fresh output", () => {
      expectExit(codeset(["gen", "--check"]), 0);
    });

    it("the generated TypeScript compiles strictly and the generated package runs", () => {
      const source = path.join(
        "generated",
        "app-close-codes",
        "src",
        "AppCloseCodes.ts",
      );
      const flags = [
        "--strict",
        "--noEmit",
        "--isolatedModules",
        "--verbatimModuleSyntax",
        "--target",
        "es2022",
        "--module",
        "nodenext",
      ];
      expectExit(run(process.execPath, [tsc, ...flags, source], project), 0);
      const script = `import("./generated/app-close-codes/dist/index.js").then((m) => console.log(m.hasFlag(m.AppCloseCodes.RateLimited, "retryable"), m.describe(4001).name))`;
      const result = run(process.execPath, ["-e", script], project);
      expectExit(result, 0);
      expect(result.stdout.trim()).toBe("true Unauthorized");
    });

    it("after an edit to the spec, gen --check exits 1 naming the stale file and writes nothing", () => {
      const specFile = path.join(project, "spec", "app-close-codes.yaml");
      writeFileSync(
        specFile,
        `${readFileSync(specFile, "utf8")}  - name: Maintenance\n    code: 4004\n    description: Down for maintenance.\n`,
      );
      const enumFile = path.join(
        project,
        "generated",
        "app-close-codes",
        "src",
        "AppCloseCodes.ts",
      );
      const before = readFileSync(enumFile, "utf8");
      const result = codeset(["gen", "--check"]);
      expectExit(result, 1);
      expect(result.stderr).toContain(
        "stale: generated/app-close-codes/src/AppCloseCodes.ts",
      );
      expect(readFileSync(enumFile, "utf8")).toBe(before);
    });

    it("--spec and --out resolve against the project", () => {
      expectExit(
        codeset([
          "gen",
          "--spec",
          "spec/app-close-codes.yaml",
          "--out",
          "out dir/codes",
        ]),
        0,
      );
      expect(
        read(project, "out dir", "codes", "src", "AppCloseCodes.ts"),
      ).toContain("Maintenance = 4004");
    });

    it("init --from websocket starts from the shipped WebSocket spec, which generates what this repository commits", () => {
      expectExit(codeset(["init", "--from", "websocket"]), 0);
      const [firstLine, ...rest] = read(
        project,
        "spec",
        "websocket-status-codes.yaml",
      ).split("\n");
      expect(firstLine).toBe(
        `# yaml-language-server: $schema=../node_modules/${toolchain.name}/spec/spec.schema.json`,
      );
      expect(rest).toEqual(
        read(repo, "spec", "websocket-status-codes.yaml").split("\n").slice(1),
      );
      expectExit(
        codeset(["gen", "--spec", "spec/websocket-status-codes.yaml"]),
        0,
      );
      for (const file of [
        "src/WebSocketStatusCodes.ts",
        "WebSocketStatusCodes.schema.json",
      ]) {
        expect(
          read(project, "generated", "websocket-status-codes", file),
          file,
        ).toBe(read(repo, "generated", "websocket-status-codes", file));
      }
    });

    it("import reads CSV and JSON as installed, and a TypeScript enum once the project has typescript", () => {
      const fixtures = path.join(repo, "test", "fixtures", "import");
      const csv = codeset(["import", path.join(fixtures, "websocket-1.csv")]);
      expectExit(csv, 0);
      expect(csv.stdout).toContain("name: Websocket\n");
      const json = codeset(["import", path.join(fixtures, "codes.json")]);
      expectExit(json, 0);
      expect(json.stderr).toBe("58 codes and 0 ranges from codes.json\n");
      const enumSource = path.join(fixtures, "common.d.ts");
      const refused = codeset(["import", enumSource]);
      expectExit(refused, 1);
      expect(refused.stderr).toBe(
        "codeset import: reading a TypeScript source needs the typescript package, which is not installed here; install it with `npm install -D typescript`\n",
      );
      // The project's own typescript, where `npm install -D typescript` would put it.
      symlinkSync(
        path.join(repo, "node_modules", "typescript"),
        path.join(project, "node_modules", "typescript"),
        "dir",
      );
      const imported = codeset([
        "import",
        enumSource,
        "--out",
        "imported/close-codes.yaml",
        "--name",
        "CloseCodes",
      ]);
      expectExit(imported, 0);
      expect(read(project, "imported", "close-codes.yaml").split("\n")[0]).toBe(
        `# yaml-language-server: $schema=../node_modules/${toolchain.name}/spec/spec.schema.json`,
      );
      expectExit(
        codeset([
          "gen",
          "--spec",
          "imported/close-codes.yaml",
          "--out",
          "imported/out",
        ]),
        0,
      );
      const script = `import("./imported/out/dist/index.js").then((m) => console.log(m.CloseCodes.Unauthorized, Object.keys(m.CloseCodes).length / 2))`;
      const result = run(process.execPath, ["-e", script], project);
      expectExit(result, 0);
      expect(result.stdout.trim()).toBe("4401 11");
    });
  },
);

describe("codeset init outside an npm project", { timeout: 60_000 }, () => {
  it("creates a minimal private package.json with the gen script, and says to install the toolchain", () => {
    const bare = path.join(work, "bare project");
    mkdirSync(bare);
    const result = codeset(["init", "--name", "ErrorCodes"], bare);
    expectExit(result, 0);
    expect(result.stdout).toContain(`npm install -D ${toolchain.name}`);
    expect(JSON.parse(read(bare, "package.json"))).toEqual({
      private: true,
      scripts: { gen: "codeset gen" },
    });
    expect(read(bare, "spec", "error-codes.yaml")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/node_modules\/codeset-gen\/spec\/spec\.schema\.json\n/,
    );
    expectExit(codeset(["gen"], bare), 0);
    expect(
      read(bare, "generated", "error-codes", "src", "ErrorCodes.ts"),
    ).toContain("export enum ErrorCodes {");
  });

  it("writes nothing when package.json is not valid JSON", () => {
    const broken = path.join(work, "broken project");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "package.json"), "{");
    const result = codeset(["init"], broken);
    expectExit(result, 1);
    expect(result.stderr).toContain("package.json is not valid JSON");
    expect(existsSync(path.join(broken, "spec"))).toBe(false);
  });
});

// Outputs formatted by the host project's own prettier with its own config, so that the project's
// `prettier --check .` passes; only where the project has both. Without them prettier never runs.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { displayPath } from "../project.js";
import { SpecError } from "../spec/diagnostics.js";
import { TOOLCHAIN_ROOT } from "../toolchain.js";
import type { FormatRequest, FormatResponse } from "./hostPrettierWorker.js";

const requireBuiltin = createRequire(import.meta.url);

/** The files prettier reads its configuration from (besides package.json's `prettier` key). */
const CONFIG_FILES = [
  ".prettierrc",
  ".prettierrc.json",
  ".prettierrc.json5",
  ".prettierrc.yaml",
  ".prettierrc.yml",
  ".prettierrc.toml",
  ".prettierrc.js",
  ".prettierrc.cjs",
  ".prettierrc.mjs",
  ".prettierrc.ts",
  ".prettierrc.cts",
  ".prettierrc.mts",
  "prettier.config.js",
  "prettier.config.cjs",
  "prettier.config.mjs",
  "prettier.config.ts",
  "prettier.config.cts",
  "prettier.config.mts",
];

/** prettier's API is asynchronous and the pipeline is not: it runs in one child process per spec. */
const WORKER = fileURLToPath(
  new URL("lib/render/hostPrettierWorker.js", TOOLCHAIN_ROOT),
);

export interface HostPrettier {
  root: string;
  /** The configuration file (or the package.json holding a `prettier` key). */
  config: string;
  /** The entry of the project's own prettier package. */
  prettier: string;
}

/** The project's prettier and its config, when the project at `root` has both. */
export function findHostPrettier(
  root: string | undefined,
): HostPrettier | undefined {
  if (root === undefined) return undefined;
  const config = configFileOf(root);
  if (config === undefined) return undefined;
  try {
    const prettier = createRequire(path.join(root, "package.json")).resolve(
      "prettier",
    );
    return { root, config, prettier };
  } catch {
    return undefined; // A config without prettier installed: nothing the project could check with.
  }
}

function configFileOf(root: string): string | undefined {
  const file = CONFIG_FILES.map((name) => path.join(root, name)).find(
    (candidate) => existsSync(candidate),
  );
  if (file !== undefined) return file;
  const manifest = path.join(root, "package.json");
  try {
    const parsed = JSON.parse(readFileSync(manifest, "utf8")) as unknown;
    if (typeof parsed === "object" && parsed !== null && "prettier" in parsed)
      return manifest;
  } catch {
    // An unreadable package.json holds no prettier config.
  }
  return undefined;
}

/**
 * `files` as the host's prettier formats them at their destinations (`placeOf` gives each one's
 * absolute path): with the config prettier resolves there, skipping what the project's .gitignore and
 * .prettierignore ignore, as `prettier --check .` does. A failure is a diagnostic at the config.
 */
export function formatForHost(
  host: HostPrettier,
  files: ReadonlyMap<string, string>,
  placeOf: (file: string) => string,
): Map<string, string> {
  const request: FormatRequest = {
    prettier: host.prettier,
    ignorePaths: [".gitignore", ".prettierignore"].map((name) =>
      path.join(host.root, name),
    ),
    files: [...files].map(([file, content]) => ({
      path: placeOf(file),
      content,
    })),
  };
  // Loaded here, not at start-up: most runs format nothing, and the module costs a run ~2 ms.
  const { spawnSync } = requireBuiltin(
    "node:child_process",
  ) as typeof import("node:child_process");
  const child = spawnSync(process.execPath, [WORKER], {
    input: JSON.stringify(request),
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
  });
  let response: FormatResponse;
  try {
    response = JSON.parse(child.stdout) as FormatResponse;
  } catch {
    response = {
      problem: {
        file: host.config,
        message: child.stderr.trim() || "no answer",
      },
    };
  }
  if ("problem" in response)
    throw new SpecError([
      {
        file: displayPath(host.config),
        line: 1,
        col: 1,
        message: `the project's prettier could not format ${displayPath(response.problem.file)}: ${response.problem.message}`,
      },
    ]);
  const keys = [...files.keys()];
  return new Map(keys.map((file, index) => [file, response.formatted[index]!]));
}

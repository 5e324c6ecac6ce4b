// Runs `mkdocs build --strict` on a staged docs folder, with the project's mkdocs.yml.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

export const MKDOCS_INSTALL_HINT =
  "apt-get update && apt-get install -y mkdocs mkdocs-material";

export interface MkdocsBuild {
  /** The committed mkdocs.yml. */
  config: string;
  /** The docs_dir that config names, resolved. */
  configDocsDir: string;
  /** The folder holding the pages (the config's docs_dir, or another one). */
  srcDir: string;
  siteDir: string;
}

/**
 * Builds the site; throws with mkdocs' own output when the build fails or warns (`--strict`).
 * When srcDir is not the config's own docs_dir, a config beside srcDir inherits the committed one
 * (mkdocs' INHERIT) and points docs_dir at it, so every build uses the same theme and extensions.
 */
export function runMkdocs({
  config,
  configDocsDir,
  srcDir,
  siteDir,
}: MkdocsBuild): void {
  const configFile =
    path.resolve(srcDir) === path.resolve(configDocsDir)
      ? config
      : inheritingConfig(config, srcDir);
  const result = spawnSync(
    "mkdocs",
    [
      "build",
      "--strict",
      "--config-file",
      configFile,
      "--site-dir",
      path.resolve(siteDir),
    ],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  if (
    result.error &&
    (result.error as NodeJS.ErrnoException).code === "ENOENT"
  ) {
    throw new Error(
      `mkdocs is not installed; install it with: ${MKDOCS_INSTALL_HINT}`,
    );
  }
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `mkdocs build --strict failed (exit ${result.status ?? result.signal}):\n${problemsIn(result.stdout + result.stderr)}`,
    );
  }
}

function inheritingConfig(config: string, srcDir: string): string {
  const absoluteSrc = path.resolve(srcDir);
  const file = path.join(
    path.dirname(absoluteSrc),
    `${path.basename(absoluteSrc)}.mkdocs.yml`,
  );
  // JSON strings are valid YAML scalars, and quote any path safely.
  writeFileSync(
    file,
    `INHERIT: ${JSON.stringify(path.resolve(config))}\ndocs_dir: ${JSON.stringify(absoluteSrc)}\n`,
  );
  return file;
}

/** mkdocs' warnings and errors, without its INFO chatter (some Debian builds log Python deprecation tracebacks there). */
function problemsIn(output: string): string {
  const problems = output
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => /^(WARNING|ERROR|Error|Aborted)\b/.test(line));
  return (problems.length > 0 ? problems.join("\n") : output).trimEnd();
}

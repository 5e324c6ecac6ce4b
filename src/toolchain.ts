// The toolchain's own package.json (name and version), read from beside lib/ so it is right wherever the package is installed.
import { readFileSync } from "node:fs";

export interface ToolchainPackage {
  name: string;
  version: string;
}

/** The package root: src/ and its build lib/ both sit one level below it. */
export const TOOLCHAIN_ROOT = new URL("../", import.meta.url);

export function toolchainPackage(): ToolchainPackage {
  const { name, version } = JSON.parse(
    readFileSync(new URL("package.json", TOOLCHAIN_ROOT), "utf8"),
  ) as ToolchainPackage;
  return { name, version };
}

// Output folders under generated/ that no spec produces any more (a spec was deleted or its package renamed).
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { carriesBanner } from "../banner.js";
import { GENERATED_DIR } from "../project.js";
import { listFiles } from "./compare.js";

/**
 * Folders under generated/ that none of `rendered` writes. Scoped packages live one level deeper
 * (generated/@scope/name). Leftovers of an interrupted write (`name.tmp-*`, `name.old-*`) are not ours to judge.
 */
export function findOrphanedOutputs(
  rendered: readonly { outDir: string }[],
  cwd = process.cwd(),
): string[] {
  const produced = new Set(rendered.map((entry) => entry.outDir));
  const root = path.resolve(cwd, GENERATED_DIR);
  const orphans: string[] = [];
  for (const entry of subfolders(root)) {
    const candidates = entry.startsWith("@")
      ? subfolders(path.join(root, entry)).map((name) => path.join(entry, name))
      : [entry];
    for (const candidate of candidates) {
      const dir = path.join(root, candidate);
      if (!produced.has(dir)) orphans.push(dir);
    }
  }
  return orphans;
}

/** A folder is ours to delete when one of its files carries the "generated from ...; do not edit" banner. */
export function isGeneratedFolder(dir: string): boolean {
  return listFiles(dir).some((file) =>
    carriesBanner(readFileSync(path.join(dir, file), "utf8")),
  );
}

/** Deletes an orphaned folder (and its scope folder when that is left empty). */
export function removeOrphan(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const parent = path.dirname(dir);
  if (path.basename(parent).startsWith("@") && readdirSync(parent).length === 0)
    rmSync(parent, { recursive: true, force: true });
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && !/\.(tmp|old)-\d+-/.test(entry.name),
      )
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

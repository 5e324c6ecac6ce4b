// Output folders under generated/ that no spec produces any more (a spec was deleted or its package renamed).
import { readdirSync } from "node:fs";
import path from "node:path";
import { GENERATED_DIR } from "../project.js";

/**
 * Folders under generated/ that none of `rendered` writes. Scoped packages live one level deeper
 * (generated/@scope/name). Names starting with a dot (a run's lock and journal) are never package folders.
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

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

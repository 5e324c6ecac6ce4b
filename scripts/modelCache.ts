// The model of a spec, kept by the digest of the spec's bytes: a run whose spec did not change (a
// template was edited, outputs were deleted) renders without loading or parsing YAML.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Model } from "./buildModel.js";
import { cacheDir, digest, generator, writeCacheFile } from "./cacheDir.js";

export interface BuiltModel {
  model: Model;
  /** The spec's own template folder (its `templates` key), if any. */
  specTemplates: string | undefined;
}

interface Entry extends BuiltModel {
  inputs: string;
}

/** The cached model of the spec at specFile (absolute) when its bytes are unchanged, else build() and cache it. */
export function cachedModel(specFile: string, source: string, build: () => BuiltModel): BuiltModel {
  const dir = cacheDir();
  let inputs: string;
  try {
    inputs = digest(generator(), specFile, source, readFileSync(specFile));
  } catch {
    return build(); // an unreadable spec: loadSpec reports why
  }
  const file = dir && path.join(dir, `model-${digest(specFile).slice(0, 32)}.json`);
  if (file) {
    try {
      const entry = JSON.parse(readFileSync(file, "utf8")) as Entry;
      if (entry.inputs === inputs) return { model: entry.model, specTemplates: entry.specTemplates };
    } catch {
      // Nothing cached for this spec yet.
    }
  }
  const built = build();
  if (file) writeCacheFile(file, JSON.stringify({ inputs, ...built } satisfies Entry));
  return built;
}

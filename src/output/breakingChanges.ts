// Finds the changes that break consumers of a published code set: a removed code, a renumbered name, a reused number.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface PublishedCode {
  name: string;
  code: number;
}

export type BreakingChange =
  | { kind: "removed"; name: string; code: number }
  | { kind: "renumbered"; name: string; from: number; to: number }
  | { kind: "reused"; code: number; was: string; now: string };

/** The codes an output folder currently publishes, read from its JSON Schema, or why they could not be read. */
export type Published =
  { file: string; codes: PublishedCode[] } | { file: string; problem: string };

/** Reads the `oneOf` const/title pairs of a published JSON Schema. */
export function readPublishedCodes(file: string): Published {
  let schema: unknown;
  try {
    schema = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { file, problem: `not valid JSON (${(error as Error).message})` };
  }
  const oneOf = (schema as { oneOf?: unknown }).oneOf;
  if (!Array.isArray(oneOf)) return { file, problem: "has no oneOf list" };
  const codes: PublishedCode[] = [];
  for (const entry of oneOf) {
    const { const: code, title } = (entry ?? {}) as {
      const?: unknown;
      title?: unknown;
    };
    if (typeof code !== "number" || typeof title !== "string")
      return {
        file,
        problem: "has a oneOf entry without a numeric const and a title",
      };
    codes.push({ name: title, code });
  }
  return { file, codes };
}

/**
 * The JSON Schema an output folder publishes: `<name>.schema.json`, or, when the set was renamed, the
 * folder's only `*.schema.json`. Undefined when there is no previous output.
 */
export function findSchema(outDir: string, name: string): string | undefined {
  let entries: string[];
  try {
    entries = readdirSync(outDir).filter((entry) =>
      entry.endsWith(".schema.json"),
    );
  } catch {
    return undefined;
  }
  if (entries.includes(`${name}.schema.json`))
    return path.join(outDir, `${name}.schema.json`);
  return entries.length === 1 ? path.join(outDir, entries[0]!) : undefined;
}

/** Every breaking change from `previous` to `current`, in the order the previous set listed its codes. */
export function findBreakingChanges(
  previous: readonly PublishedCode[],
  current: readonly PublishedCode[],
): BreakingChange[] {
  const byName = new Map(current.map((entry) => [entry.name, entry.code]));
  const byCode = new Map(current.map((entry) => [entry.code, entry.name]));
  const changes: BreakingChange[] = [];
  for (const { name, code } of previous) {
    const newCode = byName.get(name);
    const newName = byCode.get(code);
    if (newCode === undefined && newName === undefined)
      changes.push({ kind: "removed", name, code });
    if (newCode !== undefined && newCode !== code)
      changes.push({ kind: "renumbered", name, from: code, to: newCode });
    if (newName !== undefined && newName !== name)
      changes.push({ kind: "reused", code, was: name, now: newName });
  }
  return changes;
}

export function describeBreakingChange(change: BreakingChange): string {
  switch (change.kind) {
    case "removed":
      return `removed ${change.name} (${change.code})`;
    case "renumbered":
      return `renumbered ${change.name}: ${change.from} -> ${change.to}`;
    case "reused":
      return `reused ${change.code}: was ${change.was}, now ${change.now}`;
  }
}

/**
 * The report for one spec against the schema it published (none: nothing to compare), as lines for stderr (empty when nothing breaks),
 * and how many breaking changes it names.
 */
export function breakingReport(
  specName: string,
  model: { codes: readonly PublishedCode[] },
  schemaFile: string | undefined,
  display: (file: string) => string,
): { lines: string[]; count: number } {
  if (schemaFile === undefined) return { lines: [], count: 0 };
  const published = readPublishedCodes(schemaFile);
  if ("problem" in published)
    return {
      lines: [
        `warning: ${display(published.file)} ${published.problem}; cannot check ${specName} for breaking changes`,
      ],
      count: 0,
    };
  const changes = findBreakingChanges(published.codes, model.codes);
  if (changes.length === 0) return { lines: [], count: 0 };
  const heading = `warning: ${specName}: ${changes.length} breaking change${changes.length === 1 ? "" : "s"} against ${display(published.file)}:`;
  return {
    lines: [
      heading,
      ...changes.map((change) => `  ${describeBreakingChange(change)}`),
    ],
    count: changes.length,
  };
}

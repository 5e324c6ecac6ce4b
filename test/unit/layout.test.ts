// The generator's layout: modules of src/ import each other without cycles, and none re-exports
// another (a re-export shim hides where a thing lives).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers.js";

const SRC = path.join(ROOT, "src");
const modules = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.split(path.sep).join("/"))
  .sort();

/** The src/ modules a module imports (statically or with `import()`), as paths relative to src/. */
function importsOf(module: string): string[] {
  const text = readFileSync(path.join(SRC, module), "utf8");
  const specifiers = [
    ...text.matchAll(/(?:from\s+|import\s*\(\s*)"(\.{1,2}\/[^"]+)"/g),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) =>
    path.posix
      .normalize(path.posix.join(path.posix.dirname(module), specifier))
      .replace(/\.js$/, ".ts"),
  );
}

/** A cycle of imports as a list of modules, or undefined when the graph has none. */
function findCycle(
  graph: ReadonlyMap<string, readonly string[]>,
): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (module: string): string[] | undefined => {
    if (state.get(module) === "done") return undefined;
    if (state.get(module) === "open")
      return [...stack.slice(stack.indexOf(module)), module];
    state.set(module, "open");
    stack.push(module);
    for (const imported of graph.get(module) ?? []) {
      const cycle = visit(imported);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(module, "done");
    return undefined;
  };
  for (const module of graph.keys()) {
    const cycle = visit(module);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("src/", () => {
  const graph = new Map(modules.map((module) => [module, importsOf(module)]));

  test("every relative import names a module of src/", () => {
    const known = new Set(modules);
    const dangling = [...graph].flatMap(([module, imports]) =>
      imports
        .filter((imported) => !known.has(imported))
        .map((imported) => `${module} -> ${imported}`),
    );
    expect(dangling).toEqual([]);
    expect(modules.length).toBeGreaterThan(10);
  });

  test("has no import cycle", () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  test("the cycle finder finds a cycle where there is one", () => {
    expect(
      findCycle(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
        ]),
      ),
    ).toEqual(["a", "b", "c", "a"]);
  });

  test("has no re-export shims", () => {
    const shims = modules.filter((module) =>
      /^export\s+(\*|\{[^}]*\})\s+from\s/m.test(
        readFileSync(path.join(SRC, module), "utf8"),
      ),
    );
    expect(shims).toEqual([]);
  });
});

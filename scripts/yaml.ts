// The parts of the yaml package the pipeline uses, loaded on first use: a run that finds its outputs
// up to date (see runCache.ts) never pays for loading it.
import { createRequire } from "node:module";
import type * as Yaml from "yaml";

const require = createRequire(import.meta.url);
let loaded: typeof Yaml | undefined;

function yaml(): typeof Yaml {
  return (loaded ??= require("yaml") as typeof Yaml);
}

export const isAlias = ((node: unknown) => yaml().isAlias(node)) as typeof Yaml.isAlias;
export const isCollection = ((node: unknown) => yaml().isCollection(node)) as typeof Yaml.isCollection;
export const isPair = ((node: unknown) => yaml().isPair(node)) as typeof Yaml.isPair;
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const parse = ((...args: Parameters<typeof Yaml.parse>) => yaml().parse(...args)) as typeof Yaml.parse;
export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const stringify = ((...args: Parameters<typeof Yaml.stringify>) => yaml().stringify(...args)) as typeof Yaml.stringify;

/** A document built from a plain value (no source positions), without aliases for repeated objects. */
export function newDocument(value: unknown): Yaml.Document {
  return new (yaml().Document)(value, { aliasDuplicateObjects: false });
}

export function newLineCounter(): Yaml.LineCounter {
  return new (yaml().LineCounter)();
}

function lazyVisit(...args: Parameters<typeof Yaml.visit>): void {
  yaml().visit(...args);
}
// visit.BREAK, visit.SKIP and visit.REMOVE are read inside visitors, when yaml is loaded.
for (const name of ["BREAK", "SKIP", "REMOVE"] as const) Object.defineProperty(lazyVisit, name, { get: () => yaml().visit[name] });
export const visit = lazyVisit as typeof Yaml.visit;

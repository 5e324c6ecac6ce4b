// Checks a parsed spec against every rule of the format and returns it typed, or all problems at once:
// each value through the key tables of keys.ts, then the rules of rules.ts that relate values.
import path from "node:path";
import { Checker } from "./checker.js";
import { byPosition, SpecError } from "./diagnostics.js";
import { goFileName } from "../render/helpers/go.js";
import {
  CODE,
  DEFAULT_BOUNDS,
  DEFAULT_CSHARP_NAMESPACE,
  MAX_FLAGS,
  RANGE,
  SPEC,
} from "./keys.js";
import type { LoadedSpec } from "./load.js";
import type { SpecNode } from "./nodes.js";
import { kebabCase } from "./names.js";
import {
  codeNameAllowed,
  codeNumberUnique,
  declaredFlags,
  flagCountWithin,
  orderedBounds,
  rangeInOrder,
  withinBounds,
  type Bounds,
  type PlacedRange,
} from "./rules.js";
import type { ReadItem, ReadKey, ReadMapping } from "./table.js";
import { targetNameProblems } from "./targetNames.js";
import type { CodeSpec, FlagSpec, RangeSpec, Spec } from "./types.js";
import type { Placed } from "./valueTypes.js";

/** What every rule about numbers needs: the bounds, whether they hold, and whether the spec declared them. */
interface NumberRules {
  bounds: Bounds;
  valid: boolean;
  declared: boolean;
}

export function validateSpec(
  { file, contents, lineCounter }: LoadedSpec,
  source: string,
): Spec {
  const check = new Checker(file, lineCounter);
  const top = SPEC.read(check, contents, "the spec");
  if (!top) throw new SpecError(byPosition(check.problems));
  const numbers = boundsOf(check, top.bounds);
  const flags = flagsOf(check, top.flags);
  const declared = new Set(flags.names);
  const codeNameNodes: (SpecNode | null)[] = [];
  const spec: Spec = {
    source,
    name: top.name?.value ?? "",
    title: top.title?.value,
    reference: top.reference?.value,
    description: top.description?.value,
    frontMatter: top.frontMatter?.value,
    package: packageOf(top),
    docs: { values: top.docs?.value?.values?.value ?? true },
    bounds: numbers.bounds,
    flags: flags.specs,
    ranges: rangesOf(check, top.ranges?.value ?? [], numbers, declared),
    otherwise: { flags: flagsIn(check, top.otherwise?.value?.flags, declared) },
    codes: codesOf(
      check,
      top.codes?.value ?? [],
      numbers,
      declared,
      top.name?.value,
      codeNameNodes,
    ),
    typescript: {
      enumStyle: top.typescript?.value?.enumStyle?.value ?? "enum",
    },
    targets: top.targets?.value ?? ["typescript"],
    csharp: {
      namespace:
        top.csharp?.value?.namespace?.value ?? DEFAULT_CSHARP_NAMESPACE,
    },
    go: {
      package:
        top.go?.value?.package?.value ?? goFileName(top.name?.value ?? ""),
    },
  };
  for (const { at, message } of targetNameProblems(spec))
    check.report(
      at.kind === "name"
        ? (top.name?.node ?? null)
        : at.kind === "code"
          ? codeNameNodes[at.index]!
          : flags.nodes[at.index]!,
      message,
    );
  const outputs = top.outputs?.value;
  if (outputs !== undefined)
    spec.outputs = outputs.map(({ template, destination }) => {
      const { line, col } = lineCounter.linePos(template.node.start);
      return {
        template: template.value,
        destination: destination.value,
        where: { file, line, col },
      };
    });
  const templates = top.templates?.value;
  if (templates !== undefined)
    spec.templates = path.resolve(path.dirname(file), templates);
  if (check.problems.length > 0)
    throw new SpecError(byPosition(check.problems));
  return spec;
}

type Top = NonNullable<ReturnType<typeof SPEC.read>>;

function packageOf(top: Top): Spec["package"] {
  const pkg = top.package?.value;
  if (pkg === undefined)
    return {
      name: kebabCase(top.name?.value ?? ""),
      version: "0.0.0",
      keywords: [],
    };
  return {
    name: pkg.name?.value ?? "",
    version: pkg.version?.value ?? "",
    description: pkg.description?.value,
    keywords: pkg.keywords?.value ?? [],
    license: pkg.license?.value,
  };
}

function boundsOf(check: Checker, read: Top["bounds"]): NumberRules {
  if (read === undefined)
    return { bounds: { ...DEFAULT_BOUNDS }, valid: true, declared: false };
  const { min, max } = read.value ?? {};
  if (min?.value === undefined || max?.value === undefined)
    return { bounds: { ...DEFAULT_BOUNDS }, valid: false, declared: true };
  const bounds = orderedBounds(check, min.value, max.value, min.node);
  return bounds
    ? { bounds, valid: true, declared: true }
    : { bounds: { ...DEFAULT_BOUNDS }, valid: false, declared: true };
}

/** A number read from the spec, checked against the bounds when they hold. */
function inBounds(
  check: Checker,
  numbers: NumberRules,
  read: ReadKey<number> | undefined,
): number | undefined {
  if (read?.value === undefined || !numbers.valid) return read?.value;
  return withinBounds(
    check,
    numbers.bounds,
    numbers.declared,
    read.value,
    read.node,
    read.what,
  );
}

/** The flags: every declared name, and the flags with a meaning (specs) with the node of each name. */
function flagsOf(
  check: Checker,
  read: Top["flags"],
): { names: string[]; specs: FlagSpec[]; nodes: SpecNode[] } {
  const vocabulary = read?.value ?? [];
  flagCountWithin(
    check,
    vocabulary.map((flag) => flag.name),
    MAX_FLAGS,
  );
  return {
    names: vocabulary.map((flag) => flag.name.value),
    specs: vocabulary.flatMap(({ name, description }) =>
      description === undefined ? [] : [{ name: name.value, description }],
    ),
    nodes: vocabulary.flatMap(({ name, description }) =>
      description === undefined ? [] : [name.node],
    ),
  };
}

function flagsIn(
  check: Checker,
  read: ReadKey<Placed<string>[]> | undefined,
  declared: ReadonlySet<string>,
): string[] {
  return read?.value === undefined
    ? []
    : declaredFlags(check, read.value, declared, read.what);
}

function rangesOf(
  check: Checker,
  items: ReadItem<ReadMapping<typeof RANGE.keys>>[],
  numbers: NumberRules,
  declared: ReadonlySet<string>,
): RangeSpec[] {
  const ranges: RangeSpec[] = [];
  let previous: PlacedRange | undefined;
  for (const { value: range, what } of items) {
    if (range === undefined) continue;
    const from = inBounds(check, numbers, range.from);
    const to = inBounds(check, numbers, range.to);
    const description = range.description?.value;
    const flags = flagsIn(check, range.flags, declared);
    if (from === undefined || to === undefined || description === undefined)
      continue;
    const placed = { from, to, fromNode: range.from!.node, what };
    const order = rangeInOrder(check, placed, previous);
    if (order === "inverted") continue;
    if (order === "ok") previous = placed;
    ranges.push({ from, to, description, flags });
  }
  return ranges;
}

function codesOf(
  check: Checker,
  items: ReadItem<ReadMapping<typeof CODE.keys>>[],
  numbers: NumberRules,
  declared: ReadonlySet<string>,
  specName: string | undefined,
  nameNodes: (SpecNode | null)[],
): CodeSpec[] {
  const codes: CodeSpec[] = [];
  const byCode = new Map<number, string>();
  const byLowerName = new Map<string, string>();
  for (const { value: entry, index } of items) {
    if (entry === undefined) continue;
    const name = entry.name?.value;
    const code = inBounds(check, numbers, entry.code);
    const description = entry.description?.value;
    const flags = flagsIn(check, entry.flags, declared);
    if (name !== undefined)
      codeNameAllowed(check, name, entry.name!.node, specName, byLowerName);
    if (code !== undefined)
      codeNumberUnique(
        check,
        code,
        entry.code!.node,
        name ?? `codes[${index}]`,
        byCode,
      );
    if (name === undefined || code === undefined || description === undefined)
      continue;
    const spec: CodeSpec = { name, code, description, flags };
    if (entry.summary?.value !== undefined) spec.summary = entry.summary.value;
    if (entry.reference?.value !== undefined)
      spec.reference = entry.reference.value;
    const deprecated = entry.deprecated?.value;
    if (deprecated !== undefined && deprecated !== false)
      spec.deprecated = deprecated;
    codes.push(spec);
    nameNodes.push(entry.name!.node);
  }
  return codes;
}

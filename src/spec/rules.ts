// The rules of the format that relate values to each other (the key tables of keys.ts check each
// value alone): bounds, declared flags, ordered ranges, unique codes and names. Each rule is one
// small function that reports through the Checker and returns what passed.
import type { SpecNode } from "./nodes.js";
import type { Checker } from "./checker.js";
import { didYouMean } from "./diagnostics.js";
import { FORBIDDEN_CODE_NAMES, PAGE_ANCHORS } from "./names.js";
import type { Placed } from "./valueTypes.js";

export interface Bounds {
  min: number;
  max: number;
}

/** Bounds whose min is not above max; undefined (and reported) otherwise. */
export function orderedBounds(
  check: Checker,
  min: number,
  max: number,
  minNode: SpecNode | null,
): Bounds | undefined {
  if (min > max)
    return check.report(
      minNode,
      `bounds.min ${min} is greater than bounds.max ${max}`,
    );
  return { min, max };
}

/** A number inside the bounds, or undefined after saying so; `declared` says whether the spec chose the bounds. */
export function withinBounds(
  check: Checker,
  bounds: Bounds,
  declared: boolean,
  value: number,
  node: SpecNode | null,
  what: string,
): number | undefined {
  if (value >= bounds.min && value <= bounds.max) return value;
  const hint = declared
    ? ""
    : " (declare `bounds: { min, max }` for other numbers)";
  return check.report(
    node,
    `${what} ${value} is outside the bounds ${bounds.min}..${bounds.max}${hint}`,
  );
}

/** The first MAX declared flags are bits of the lookups' mask: one more is a problem. */
export function flagCountWithin(
  check: Checker,
  names: readonly Placed<string>[],
  max: number,
): void {
  const extra = names[max];
  if (extra) {
    check.report(
      extra.node,
      `flag '${extra.value}' is flag number ${max + 1}; at most ${max} flags may be declared (they are bits of a 31-bit mask)`,
    );
  }
}

/** The declared flags of a list, each once; undeclared and repeated ones are reported. */
export function declaredFlags(
  check: Checker,
  listed: readonly Placed<string>[],
  declared: ReadonlySet<string>,
  what: string,
): string[] {
  const seen = new Set<string>();
  for (const { value: flag, node } of listed) {
    if (!declared.has(flag)) {
      const known =
        declared.size > 0
          ? `declared: ${[...declared].join(", ")}`
          : "no flags are declared";
      check.report(
        node,
        `flag '${flag}' is not declared under flags; ${known}${didYouMean(flag, declared)}`,
      );
    } else if (seen.has(flag))
      check.report(node, `flag '${flag}' is listed twice in ${what}`);
    seen.add(flag);
  }
  return [...seen].filter((flag) => declared.has(flag));
}

export interface PlacedRange {
  from: number;
  to: number;
  fromNode: SpecNode | null;
  what: string;
}

/** Whether a range is not inverted and comes after the last accepted one; reports why not. */
export function rangeInOrder(
  check: Checker,
  range: PlacedRange,
  previous: PlacedRange | undefined,
): "inverted" | "misplaced" | "ok" {
  const { from, to, what } = range;
  if (from > to) {
    check.report(
      range.fromNode,
      `${what} is inverted: from ${from} is greater than to ${to}`,
    );
    return "inverted";
  }
  if (previous && from <= previous.to) {
    const how =
      to < previous.from
        ? "is out of order: ranges must be listed in ascending order"
        : `overlaps the previous range ${previous.from}..${previous.to}`;
    check.report(range.fromNode, `${what} ${from}..${to} ${how}`);
    return "misplaced";
  }
  return "ok";
}

/**
 * Whether a code's name can be an enum member with an anchor of its own on the doc page, and is not
 * taken (also ignoring case) by an earlier code of `byLowerName`, which it joins when it passes.
 */
export function codeNameAllowed(
  check: Checker,
  name: string,
  node: SpecNode | null,
  specName: string | undefined,
  byLowerName: Map<string, string>,
): boolean {
  const folded = name.toLowerCase();
  const clash = byLowerName.get(folded);
  if (FORBIDDEN_CODE_NAMES.has(name))
    return !!check.report(
      node,
      `code name '${name}' cannot be an enum member; choose another name`,
    );
  if (PAGE_ANCHORS.has(folded))
    return !!check.report(
      node,
      `code name '${name}' would clash with the doc page's '${folded}' section anchor; choose another name`,
    );
  if (specName !== undefined && folded === specName.toLowerCase()) {
    return !!check.report(
      node,
      `code name '${name}' would clash with the anchor of the doc page's title '${specName}'; choose another name`,
    );
  }
  // mkdocs' heading slugs drop '$': Foo$Bar's anchor would be #foobar, shared with FooBar.
  if (name.includes("$"))
    return !!check.report(
      node,
      `code name '${name}' contains '$', which the doc page's heading anchor drops; use letters, digits and _`,
    );
  if (clash === name)
    return !!check.report(
      node,
      `duplicate name '${name}'; each code needs its own name`,
    );
  if (clash !== undefined)
    return !!check.report(
      node,
      `name '${name}' differs from '${clash}' only in case; their doc anchors would clash`,
    );
  byLowerName.set(folded, name);
  return true;
}

/** Whether no earlier code of `byCode` has this number; it joins them when it passes. */
export function codeNumberUnique(
  check: Checker,
  code: number,
  node: SpecNode | null,
  holder: string,
  byCode: Map<number, string>,
): boolean {
  const earlier = byCode.get(code);
  if (earlier !== undefined)
    return !!check.report(
      node,
      `duplicate code ${code}: already defined as '${earlier}'`,
    );
  byCode.set(code, holder);
  return true;
}

// The number-space diagram: its layout holds over fuzzed specs (bands tile the width, ticks sit in their band, labels
// never overlap), the default spec's picture is what a reader expects, and the SVG is one self-contained HTML block.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import {
  allotWidths,
  DIAGRAM_WIDTH,
  layOutNumberSpace,
  numberSpaceSvg,
  spansOf,
  type NumberSpaceInput,
} from "../../src/render/numberSpace.js";
import {
  attributeOf,
  elementsIn,
  parseHtml,
  textOf,
} from "../docs/renderers.js";
import { DEFAULT_SPEC } from "../helpers.js";

/** A small deterministic PRNG (mulberry32), so that a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A spec's number space: ordered, non-overlapping ranges inside the bounds, unique codes inside the bounds. */
function fuzzedInput(seed: number): NumberSpaceInput {
  const next = random(seed);
  const int = (lo: number, hi: number) =>
    lo + Math.floor(next() * (hi - lo + 1));
  const min = next() < 0.2 ? -int(1, 40000) : 0;
  const max = min + int(10, 70000);
  const ranges: NumberSpaceInput["ranges"][number][] = [];
  let at = min;
  const flagNames = ["reserved", "fatal", "retryable", "signOut"];
  for (let i = int(1, 8); i > 0 && at <= max; i--) {
    const from = at + (next() < 0.5 ? 0 : int(0, (max - at) / 4));
    if (from > max) break;
    const to = Math.min(max, from + int(0, (max - from) / 2));
    ranges.push({ from, to, flags: flagNames.filter(() => next() < 0.3) });
    at = to + 1;
  }
  const codes = [
    ...new Set(
      Array.from({ length: int(1, 60) }, () => {
        const base =
          next() < 0.5 ? int(min, max) : Math.min(max, int(min, min + 50));
        return base;
      }),
    ),
  ].map((code) => ({ code }));
  return { name: "Fuzzed", bounds: { min, max }, ranges, codes };
}

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe("spansOf", () => {
  test.each(SEEDS)(
    "seed %i: the spans tile the bounds in order, ranges as given, the numbers between them flagless",
    (seed) => {
      const input = fuzzedInput(seed);
      const spans = spansOf(input.bounds, input.ranges);
      expect(spans[0]!.from).toBe(input.bounds.min);
      expect(spans.at(-1)!.to).toBe(input.bounds.max);
      spans.forEach((span, i) => {
        expect(span.to).toBeGreaterThanOrEqual(span.from);
        if (i > 0) expect(span.from).toBe(spans[i - 1]!.to + 1);
      });
      expect(spans.filter((span) => span.flags !== undefined)).toEqual(
        input.ranges,
      );
    },
  );
});

describe("allotWidths", () => {
  test.each(SEEDS)(
    "seed %i: widths fill the total, none under its minimum where the minimums fit, proportional elsewhere",
    (seed) => {
      const next = random(seed);
      const count = 1 + Math.floor(next() * 12);
      const weights = Array.from({ length: count }, () => 0.5 + next() * 20);
      const minimums = Array.from({ length: count }, () => next() * 80);
      const total = 100 + next() * 600;
      const widths = allotWidths(weights, minimums, total);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(
        total,
        6,
      );
      const floor = minimums.reduce((sum, min) => sum + min, 0);
      if (floor < total) {
        widths.forEach((width, i) =>
          expect(width).toBeGreaterThanOrEqual(minimums[i]! - 1e-9),
        );
        const free = widths.flatMap((width, i) =>
          width > minimums[i]! + 1e-9 ? [width / weights[i]!] : [],
        );
        for (const ratio of free) expect(ratio).toBeCloseTo(free[0]!, 6);
      } else
        widths.forEach((width, i) =>
          expect(width).toBeCloseTo((minimums[i]! * total) / floor, 6),
        );
    },
  );
});

describe("layOutNumberSpace", () => {
  test.each(SEEDS)(
    "seed %i: bands tile the width, each tick sits in its code's band in number order, labels never overlap",
    (seed) => {
      const input = fuzzedInput(seed);
      const layout = layOutNumberSpace(input);
      expect(layout.width).toBe(DIAGRAM_WIDTH);
      expect(layout.bands[0]!.x).toBe(0);
      const last = layout.bands.at(-1)!;
      expect(last.x + last.width).toBeCloseTo(DIAGRAM_WIDTH, 6);
      layout.bands.forEach((band, i) => {
        if (i > 0)
          expect(band.x).toBeCloseTo(
            layout.bands[i - 1]!.x + layout.bands[i - 1]!.width,
            6,
          );
      });
      const codes = [...new Set(input.codes.map(({ code }) => code))].sort(
        (a, b) => a - b,
      );
      expect(layout.ticks.map((tick) => tick.code)).toEqual(codes);
      for (const tick of layout.ticks) {
        const band = layout.bands.find(
          (b) => tick.code >= b.from && tick.code <= b.to,
        )!;
        expect(tick.x).toBeGreaterThanOrEqual(band.x);
        expect(tick.x).toBeLessThanOrEqual(band.x + band.width);
      }
      layout.ticks.forEach((tick, i) => {
        if (i > 0) expect(tick.x).toBeGreaterThan(layout.ticks[i - 1]!.x);
      });
      const charWidth = (text: string) => (text.length * 0.64 * 13) / 2;
      const rows = new Map<string, { left: number; right: number }[]>();
      const place = (row: string, text: string, x: number) => {
        const half = charWidth(text);
        expect(x - half).toBeGreaterThanOrEqual(-1e-9);
        expect(x + half).toBeLessThanOrEqual(DIAGRAM_WIDTH + 1e-9);
        const taken = rows.get(row) ?? [];
        for (const other of taken)
          expect(x + half <= other.left || x - half >= other.right).toBe(true);
        rows.set(row, [...taken, { left: x - half, right: x + half }]);
      };
      for (const band of layout.bands)
        if (band.label)
          place(`band ${band.label.row}`, band.label.text, band.label.x);
      for (const label of layout.codeLabels)
        place("codes", label.text, label.x);
      // The text equivalent names every span, labelled in the picture or not.
      for (const band of layout.bands)
        expect(layout.description).toContain(
          band.from === band.to
            ? `${band.from}: `
            : `${band.from}–${band.to}: `,
        );
      const flagSets = new Set(
        layout.bands.map((band) => JSON.stringify(band.flags ?? null)),
      );
      expect(layout.legend).toHaveLength(flagSets.size + 1);
    },
  );
});

describe("the default spec's diagram", () => {
  const spec = parse(readFileSync(DEFAULT_SPEC, "utf8")) as NumberSpaceInput & {
    bounds: { min: number; max: number };
    ranges: { from: number; to: number; flags?: string[] }[];
  };
  const input: NumberSpaceInput = {
    name: spec.name,
    bounds: spec.bounds,
    ranges: spec.ranges.map((range) => ({
      ...range,
      flags: range.flags ?? [],
    })),
    codes: spec.codes,
  };

  test("labels every range with its bounds, ticks every code, labels the run of codes, and keys each flag set", () => {
    const layout = layOutNumberSpace(input);
    expect(layout.bands.map((band) => band.label?.text)).toEqual(
      input.ranges.map((range) => `${range.from}–${range.to}`),
    );
    expect(layout.ticks).toHaveLength(input.codes.length);
    expect(layout.codeLabels.map((label) => label.text)).toEqual(["1000–1015"]);
    expect(layout.legend.map((row) => row.text)).toEqual([
      "reserved, browserRejected",
      "no flags",
      `${input.codes.length} codes, each a tick`,
    ]);
    // Flagged ranges are hatched, the free ones a light solid fill.
    expect(
      layout.legend.map((row) =>
        row.fill === "tick" ? "tick" : row.fill.kind,
      ),
    ).toEqual(["hatch", "solid", "tick"]);
  });

  test("is one HTML block (no blank line), keeps off <title> and <style> (GitHub's tagfilter shows them as text), names itself for screen readers", () => {
    const svg = numberSpaceSvg(input);
    expect(svg).not.toMatch(/\n\s*\n/);
    expect(svg).not.toMatch(/<(title|style|script)\b/);
    const elements = elementsIn(parseHtml(svg));
    const root = elements[0]!;
    expect(root.tagName).toBe("svg");
    expect(attributeOf(root, "role")).toBe("img");
    expect(attributeOf(root, "aria-label")).toBe(
      layOutNumberSpace(input).description,
    );
    const ids = new Set(elements.flatMap((el) => attributeOf(el, "id") ?? []));
    const fills = elements.flatMap(
      (el) => /^url\(#(.+)\)$/.exec(attributeOf(el, "fill") ?? "")?.[1] ?? [],
    );
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.filter((id) => !ids.has(id))).toEqual([]);
    // Colours only through currentColor, so the page's text colour (light or dark scheme) draws it.
    const colours = elements.flatMap((el) =>
      ["fill", "stroke"].flatMap((name) => attributeOf(el, name) ?? []),
    );
    expect(
      colours.filter(
        (value) =>
          value !== "currentColor" &&
          value !== "none" &&
          !value.startsWith("url(#"),
      ),
    ).toEqual([]);
    expect(
      elements.filter((el) => el.tagName === "text").map((el) => textOf(el)),
    ).toEqual(
      expect.arrayContaining([
        "0–999",
        "5000–65535",
        "1000–1015",
        "reserved, browserRejected",
      ]),
    );
  });

  test("stays a few hundred elements for 10,000 codes: ticks closer than 2 units are drawn as one bar", () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => ({
      code: 3000 + i * 3,
    }));
    const svg = numberSpaceSvg({ ...input, codes });
    const elements = elementsIn(parseHtml(svg));
    expect(elements.length).toBeLessThan(DIAGRAM_WIDTH);
  });
});

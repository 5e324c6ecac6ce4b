// The doc page's picture of the number space, an inline SVG: each range a band labelled with its bounds, each
// code a tick, one legend row per flag set. The axis is piecewise: each stretch of numbers between range bounds and
// codes gets a width that grows with the logarithm of its length, so that 0..65535 and a run of adjacent codes both
// read. Drawn in currentColor alone, it takes the page's text colour (mkdocs-material's light and dark schemes alike).
import { htmlAttribute, htmlText } from "./helpers/html.js";

export interface NumberSpaceInput {
  name: string;
  bounds: { readonly min: number; readonly max: number };
  ranges: readonly {
    from: number;
    to: number;
    flags: readonly string[];
  }[];
  codes: readonly { code: number }[];
}

/** A stretch of the axis: a range (with its flags), or numbers between ranges (`flags` undefined). */
export interface Span {
  from: number;
  to: number;
  flags: readonly string[] | undefined;
}

/** How a band is filled: dashed outline (in no range), light solid (a range without flags), or hatched. */
export type BandFill =
  | { kind: "outline" }
  | { kind: "solid" }
  | { kind: "hatch"; angle: number; pattern: number };

export interface BandLayout extends Span {
  x: number;
  width: number;
  /** The legend row whose swatch the band is filled like. */
  legendRow: number;
  /** Where its bounds label sits (row 0 or 1 under the band), or undefined when it had no room. */
  label: { text: string; x: number; row: number } | undefined;
}

export interface NumberSpaceLayout {
  width: number;
  height: number;
  bands: BandLayout[];
  /** The x of each code's tick, in code order of the axis (ascending). */
  ticks: { code: number; x: number }[];
  /** Labels over runs of adjacent codes (`1000–1015`), where they fit. */
  codeLabels: { text: string; x: number }[];
  /** One row per flag set, in order of first appearance (what each band fill means), then the ticks' row. */
  legend: { text: string; y: number; fill: BandFill | "tick" }[];
  /** The text equivalent: every band with its bounds, flags and codes. */
  description: string;
}

export const DIAGRAM_WIDTH = 440;
const FONT_SIZE = 13;
/** A generous average advance of digits and letters in a sans-serif face, per em. */
const CHAR_WIDTH = 0.64 * FONT_SIZE;
const LABEL_GAP = 6;
const CODE_LABEL_BASELINE = 12;
const TICK_TOP = 17;
const BAND_TOP = 30;
const BAND_HEIGHT = 22;
const BAND_LABEL_BASELINES = [
  BAND_TOP + BAND_HEIGHT + 15,
  BAND_TOP + BAND_HEIGHT + 30,
];
const LEGEND_ROW = 18;
const SWATCH = { width: 18, height: 12 };
/** Ticks closer than this are drawn as one bar: a long run of codes stays a few elements. */
const MIN_TICK_GAP = 2;
/** Hatch angles of the flag sets after the first: the set with no flags is a light solid fill. */
const HATCH_ANGLES = [45, 135, 0, 90, 22.5, 157.5];
const DASH = "–";

/** The ranges in order, with the numbers between them (and up to the bounds) as spans of their own. */
export function spansOf(
  bounds: NumberSpaceInput["bounds"],
  ranges: NumberSpaceInput["ranges"],
): Span[] {
  const spans: Span[] = [];
  let next = bounds.min;
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    if (range.from > next)
      spans.push({ from: next, to: range.from - 1, flags: undefined });
    spans.push({ from: range.from, to: range.to, flags: range.flags });
    next = range.to + 1;
  }
  if (next <= bounds.max)
    spans.push({ from: next, to: bounds.max, flags: undefined });
  return spans;
}

/** The axis weight of a stretch of `count` numbers: a code (or one number) weighs 1, 1000 numbers about 10. */
function weightOf(count: number): number {
  return Math.log2(count + 1);
}

/** The codes inside a span and the stretches between them, each with its weight on the axis. */
function intervalsOf(
  span: Span,
  codes: readonly number[],
): { from: number; weight: number; isCode: boolean }[] {
  const intervals: { from: number; weight: number; isCode: boolean }[] = [];
  let next = span.from;
  for (const code of codes) {
    if (code < span.from || code > span.to) continue;
    if (code > next)
      intervals.push({
        from: next,
        weight: weightOf(code - next),
        isCode: false,
      });
    intervals.push({ from: code, weight: 1, isCode: true });
    next = code + 1;
  }
  if (next <= span.to)
    intervals.push({
      from: next,
      weight: weightOf(span.to - next + 1),
      isCode: false,
    });
  return intervals;
}

/**
 * Widths proportional to the weights, each at least its minimum, together `total`. Bands that fall under
 * their minimum are held there and the rest share what is left; when even the minimums do not fit, all shrink alike.
 */
export function allotWidths(
  weights: readonly number[],
  minimums: readonly number[],
  total: number,
): number[] {
  const floor = minimums.reduce((sum, min) => sum + min, 0);
  if (floor >= total) return minimums.map((min) => (min * total) / floor);
  const held = new Set<number>();
  for (;;) {
    const room =
      total - [...held].reduce((sum, index) => sum + minimums[index]!, 0);
    const free = weights.reduce(
      (sum, weight, index) => (held.has(index) ? sum : sum + weight),
      0,
    );
    const scale = free > 0 ? room / free : 0;
    const under = weights.flatMap((weight, index) =>
      !held.has(index) && weight * scale < minimums[index]! ? [index] : [],
    );
    if (under.length === 0)
      return weights.map((weight, index) =>
        held.has(index) ? minimums[index]! : weight * scale,
      );
    for (const index of under) held.add(index);
  }
}

const textWidth = (text: string) => text.length * CHAR_WIDTH;
const boundsText = (from: number, to: number) =>
  from === to ? String(from) : `${from}${DASH}${to}`;

/** Runs of consecutive numbers among sorted codes: [first, last] each. */
function runsOf(codes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const code of codes) {
    const last = runs.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else runs.push([code, code]);
  }
  return runs;
}

/** Places labels left to right in `rows` rows, each where it does not touch the one before it; undefined where none fits. */
function placeLabels(
  labels: readonly { text: string; center: number }[],
  rows: number,
  width: number,
): ({ text: string; x: number; row: number } | undefined)[] {
  const rightEdges = new Array<number>(rows).fill(-Infinity);
  return labels.map(({ text, center }) => {
    const half = textWidth(text) / 2;
    const x = Math.min(Math.max(center, half), width - half);
    const row = rightEdges.findIndex((edge) => x - half >= edge + LABEL_GAP);
    if (row === -1) return undefined;
    rightEdges[row] = x + half;
    return { text, x, row };
  });
}

/** Names a flag set; numbers in no range (flags undefined) are a set of their own. */
function flagSetKey(flags: readonly string[] | undefined): string {
  return flags === undefined ? "" : `[${flags.join(",")}]`;
}

/** The fill of each flag set: hatched where a set has flags (each set its own angle), so that plain reads as free. */
function fillsOf(flagSets: readonly string[]): BandFill[] {
  let hatches = 0;
  return flagSets.map((key): BandFill => {
    if (key === "") return { kind: "outline" };
    if (key === "[]") return { kind: "solid" };
    const pattern = hatches++;
    return {
      kind: "hatch",
      angle: HATCH_ANGLES[pattern % HATCH_ANGLES.length]!,
      pattern,
    };
  });
}

function flagSetText(flags: readonly string[] | undefined): string {
  if (flags === undefined) return "in no range: no flags";
  return flags.length === 0 ? "no flags" : flags.join(", ");
}

export function layOutNumberSpace(input: NumberSpaceInput): NumberSpaceLayout {
  const width = DIAGRAM_WIDTH;
  const codes = [...new Set(input.codes.map(({ code }) => code))].sort(
    (a, b) => a - b,
  );
  const spans = spansOf(input.bounds, input.ranges);
  const intervals = spans.map((span) => intervalsOf(span, codes));
  const widths = allotWidths(
    intervals.map((parts) => parts.reduce((sum, part) => sum + part.weight, 0)),
    spans.map(
      (span) => textWidth(boundsText(span.from, span.to)) + 2 * LABEL_GAP,
    ),
    width,
  );
  const flagSets = [...new Set(spans.map((span) => flagSetKey(span.flags)))];
  const fills = fillsOf(flagSets);
  const ticks: NumberSpaceLayout["ticks"] = [];
  let x = 0;
  const placed = spans.map((span, index) => {
    const bandWidth = widths[index]!;
    const parts = intervals[index]!;
    const weight = parts.reduce((sum, part) => sum + part.weight, 0);
    let at = x;
    for (const part of parts) {
      const partWidth = (part.weight / weight) * bandWidth;
      if (part.isCode) ticks.push({ code: part.from, x: at + partWidth / 2 });
      at += partWidth;
    }
    const band = { ...span, x, width: bandWidth };
    x += bandWidth;
    return band;
  });
  const labels = placeLabels(
    placed.map((band) => ({
      text: boundsText(band.from, band.to),
      center: band.x + band.width / 2,
    })),
    BAND_LABEL_BASELINES.length,
    width,
  );
  const tickAt = new Map(ticks.map((tick) => [tick.code, tick.x]));
  const codeLabels = placeLabels(
    runsOf(codes).map(([first, last]) => ({
      text: boundsText(first, last),
      center: (tickAt.get(first)! + tickAt.get(last)!) / 2,
    })),
    1,
    width,
  ).flatMap((label) => (label ? [{ text: label.text, x: label.x }] : []));
  const labelRows = Math.max(
    1,
    ...labels.map((label) => (label?.row ?? 0) + 1),
  );
  const legendTop = BAND_LABEL_BASELINES[labelRows - 1]! + 12;
  const legend: NumberSpaceLayout["legend"] = [
    ...flagSets.map((key, row) => ({
      text: flagSetText(
        spans.find((span) => flagSetKey(span.flags) === key)!.flags,
      ),
      y: legendTop + row * LEGEND_ROW,
      fill: fills[row]!,
    })),
    {
      text: `${codes.length === 1 ? "a code" : `${codes.length} codes`}, each a tick`,
      y: legendTop + flagSets.length * LEGEND_ROW,
      fill: "tick",
    },
  ];
  return {
    width,
    height: legendTop + legend.length * LEGEND_ROW,
    bands: placed.map((band, index) => ({
      ...band,
      legendRow: flagSets.indexOf(flagSetKey(band.flags)),
      label: labels[index],
    })),
    ticks,
    codeLabels,
    legend,
    description: describeNumberSpace(input.name, input.bounds, spans, codes),
  };
}

/** The diagram in words, for screen readers: each span's bounds, flags and the codes in it. */
function describeNumberSpace(
  name: string,
  bounds: NumberSpaceInput["bounds"],
  spans: readonly Span[],
  codes: readonly number[],
): string {
  const parts = spans.map((span) => {
    const inside = codes.filter((code) => code >= span.from && code <= span.to);
    const codeText =
      inside.length === 0
        ? ""
        : `, ${inside.length === 1 ? "code" : `${inside.length} codes`} ${runsOf(
            inside,
          )
            .map(([first, last]) => boundsText(first, last))
            .join(", ")}`;
    return `${boundsText(span.from, span.to)}: ${flagSetText(span.flags)}${codeText}`;
  });
  return `The numbers ${bounds.min} to ${bounds.max} of ${name}. ${parts.join("; ")}.`;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function fillAttributes(fill: BandFill, idPrefix: string): string {
  switch (fill.kind) {
    case "outline":
      return 'fill="none" stroke-dasharray="4 3"';
    case "solid":
      return 'fill="currentColor" fill-opacity="0.12"';
    case "hatch":
      return `fill="url(#${htmlAttribute(`${idPrefix}-${fill.pattern}`)})"`;
  }
}

/**
 * The SVG text: one element per line (no blank line, so that it stays one HTML block in CommonMark), no
 * `<title>` or `<style>` (GitHub's tagfilter escapes them into visible text), role="img" with the description as
 * its accessible name.
 */
export function numberSpaceSvg(input: NumberSpaceInput): string {
  const layout = layOutNumberSpace(input);
  const idPrefix = `${input.name}-number-space`;
  const fillOfRow = (row: number) => layout.legend[row]!.fill as BandFill;
  const patterns = layout.legend.flatMap(({ fill }) =>
    fill !== "tick" && fill.kind === "hatch"
      ? [
          `<pattern id="${htmlAttribute(`${idPrefix}-${fill.pattern}`)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(${fill.angle})"><rect width="2.4" height="6" fill="currentColor" fill-opacity="0.6"/></pattern>`,
        ]
      : [],
  );
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${htmlAttribute(layout.description)}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-size="${FONT_SIZE}" style="max-width:100%;height:auto">`,
    ...(patterns.length > 0 ? ["<defs>", ...patterns, "</defs>"] : []),
    ...layout.bands.map(
      (band) =>
        `<rect x="${fmt(band.x + 0.5)}" y="${BAND_TOP}" width="${fmt(Math.max(band.width - 1, 0.5))}" height="${BAND_HEIGHT}" ${fillAttributes(fillOfRow(band.legendRow), idPrefix)} stroke="currentColor"/>`,
    ),
    ...tickMarks(layout.ticks),
    ...layout.codeLabels.map(
      (label) =>
        `<text x="${fmt(label.x)}" y="${CODE_LABEL_BASELINE}" text-anchor="middle" fill="currentColor">${htmlText(label.text)}</text>`,
    ),
    ...layout.bands.flatMap((band) =>
      band.label
        ? [
            `<text x="${fmt(band.label.x)}" y="${BAND_LABEL_BASELINES[band.label.row]}" text-anchor="middle" fill="currentColor">${htmlText(band.label.text)}</text>`,
          ]
        : [],
    ),
    ...layout.legend.flatMap((row) => [
      row.fill === "tick"
        ? `<line x1="${SWATCH.width / 2}" y1="${row.y}" x2="${SWATCH.width / 2}" y2="${row.y + SWATCH.height}" stroke="currentColor" stroke-width="2"/>`
        : `<rect x="0.5" y="${row.y + 0.5}" width="${SWATCH.width - 1}" height="${SWATCH.height - 1}" ${fillAttributes(row.fill, idPrefix)} stroke="currentColor"/>`,
      `<text x="${SWATCH.width + 8}" y="${row.y + SWATCH.height - 2}" fill="currentColor">${htmlText(row.text)}</text>`,
    ]),
    "</svg>",
  ];
  return lines.join("\n");
}

/** A line per tick; ticks closer than MIN_TICK_GAP together as one bar over the band. */
function tickMarks(ticks: NumberSpaceLayout["ticks"]): string[] {
  const groups: { first: number; last: number }[] = [];
  for (const { x } of ticks) {
    const last = groups.at(-1);
    if (last && x - last.last < MIN_TICK_GAP) last.last = x;
    else groups.push({ first: x, last: x });
  }
  return groups.map(({ first, last }) =>
    first === last
      ? `<line x1="${fmt(first)}" y1="${TICK_TOP}" x2="${fmt(first)}" y2="${BAND_TOP}" stroke="currentColor" stroke-width="1.5"/>`
      : `<rect x="${fmt(first - 0.75)}" y="${TICK_TOP}" width="${fmt(last - first + 1.5)}" height="${BAND_TOP - TICK_TOP}" fill="currentColor"/>`,
  );
}

// A short unified diff of the first region where two texts differ, for --check's report.

export interface DiffOptions {
  /** Header names of the two sides. */
  from: string;
  to: string;
  /** Unchanged lines shown around the change. */
  context?: number;
  /** At most this many lines of +, - and context; the rest is summarised in one line. */
  maxLines?: number;
}

/** Past this many lines in the differing middle, lines are paired up instead of aligned (keeps it linear). */
const MAX_ALIGNED_LINES = 2000;

type Edit = { kind: " " | "-" | "+"; text: string };

/**
 * The first hunk of a unified diff from `before` to `after`, with `---`/`+++` headers, or "" when the
 * texts are equal. Only the first hunk: enough to see what is stale without flooding a CI log.
 */
export function unifiedDiff(
  before: string,
  after: string,
  options: DiffOptions,
): string {
  if (before === after) return "";
  const context = options.context ?? 3;
  const maxLines = options.maxLines ?? 20;
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
    prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const middle = alignLines(
    a.slice(prefix, a.length - suffix),
    b.slice(prefix, b.length - suffix),
  );

  // The first hunk: the first change and any later change that its context reaches.
  const edits: Edit[] = [
    ...a
      .slice(Math.max(0, prefix - context), prefix)
      .map((text) => ({ kind: " " as const, text })),
  ];
  let unchangedRun = 0;
  for (const edit of [
    ...middle,
    ...a.slice(a.length - suffix).map((text) => ({ kind: " " as const, text })),
  ]) {
    unchangedRun = edit.kind === " " ? unchangedRun + 1 : 0;
    if (unchangedRun > 2 * context) break;
    edits.push(edit);
  }
  while (
    edits.length > 0 &&
    edits[edits.length - 1]!.kind === " " &&
    trailingContext(edits) > context
  )
    edits.pop();

  const start = Math.max(0, prefix - context);
  const fromCount = edits.filter((edit) => edit.kind !== "+").length;
  const toCount = edits.filter((edit) => edit.kind !== "-").length;
  const lines = [
    `--- ${options.from}`,
    `+++ ${options.to}`,
    `@@ -${range(start, fromCount)} +${range(start, toCount)} @@`,
    ...edits.slice(0, maxLines).map((edit) => `${edit.kind}${edit.text}`),
  ];
  if (edits.length > maxLines)
    lines.push(`... ${edits.length - maxLines} more lines in this hunk`);
  return lines.join("\n");
}

/** Lines without their terminators; a missing final newline is shown the way diff(1) shows it. */
function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  else lines[lines.length - 1] += "\n\\ No newline at end of file";
  return lines;
}

function trailingContext(edits: readonly Edit[]): number {
  let count = 0;
  for (let i = edits.length - 1; i >= 0 && edits[i]!.kind === " "; i--) count++;
  return count;
}

/** `start,count` in unified-diff numbering: 1-based, and an empty side names the line before it. */
function range(start: number, count: number): string {
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}

/** A shortest edit script by longest common subsequence; falls back to "all removed, all added" when huge. */
function alignLines(a: readonly string[], b: readonly string[]): Edit[] {
  if (a.length > MAX_ALIGNED_LINES || b.length > MAX_ALIGNED_LINES) {
    return [
      ...a.map((text) => ({ kind: "-" as const, text })),
      ...b.map((text) => ({ kind: "+" as const, text })),
    ];
  }
  // common[i][j] = length of the LCS of a[i..] and b[j..].
  const common = Array.from(
    { length: a.length + 1 },
    () => new Uint16Array(b.length + 1),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] =
        a[i] === b[j]
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      edits.push({ kind: " ", text: a[i++]! });
      j++;
    } else if (
      i < a.length &&
      (j === b.length || common[i + 1]![j]! >= common[i]![j + 1]!)
    ) {
      // On a tie, removals come first, as diff(1) prints them.
      edits.push({ kind: "-", text: a[i++]! });
    } else {
      edits.push({ kind: "+", text: b[j++]! });
    }
  }
  return edits;
}

// Prints the bench rows as one aligned table.

const DIGITS = { ms: 1, MiB: 1, x: 2, "ns/op": 2, B: 0 };

export function printTable(rows) {
  const lines = [["measurement", "median", "ratio", "target", "result"]];
  for (const row of rows) {
    const value = `${row.value.toFixed(DIGITS[row.unit] ?? 2)} ${row.unit}${row.rssMiB !== undefined ? `, ${row.rssMiB.toFixed(0)} MiB RSS` : ""}`;
    const ratio =
      row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}x ${row.baseline}`;
    const result = row.pass === undefined ? "" : row.pass ? "PASS" : "FAIL";
    lines.push([row.what, value, ratio, row.target ?? "", result]);
  }
  const widths = lines[0].map((_, i) =>
    Math.max(...lines.map((cells) => cells[i].length)),
  );
  const format = (cells) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  console.log(
    [
      format(lines[0]),
      format(widths.map((w) => "-".repeat(w))),
      ...lines.slice(1).map(format),
    ].join("\n"),
  );
}

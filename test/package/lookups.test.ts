// The generated lookups (dense tables, or the Map fallback for widely spread specs) against a
// brute-force reading of the spec, in the TypeScript source, the ESM and the CommonJS build.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, scratchDir } from "../helpers.js";

const require = createRequire(import.meta.url);

interface Code {
  name: string;
  code: number;
  flags: string[];
}
interface Range {
  from: number;
  to: number;
  flags: string[];
}
interface TestSpec {
  name: string;
  bounds: { min: number; max: number };
  flags: string[];
  ranges: Range[];
  /** The flags of every value no code or range holds. */
  otherwise: string[];
  codes: Code[];
}

function yamlOf(spec: TestSpec): string {
  const list = (items: string[]) => `[${items.join(", ")}]`;
  return [
    `name: ${spec.name}`,
    `bounds: { min: ${spec.bounds.min}, max: ${spec.bounds.max} }`,
    "flags:",
    ...spec.flags.map((flag) => `  ${flag}: Meaning of ${flag}.`),
    ...(spec.ranges.length > 0 ? ["ranges:"] : []),
    ...spec.ranges.map(
      (r) =>
        `  - { from: ${r.from}, to: ${r.to}, description: Range., flags: ${list(r.flags)} }`,
    ),
    `otherwise: { flags: ${list(spec.otherwise)} }`,
    "codes:",
    ...spec.codes.map(
      (c) =>
        `  - { name: ${c.name}, code: ${c.code}, description: Code ${c.code}., flags: ${list(c.flags)} }`,
    ),
  ].join("\n");
}

/** The contract's rule: a code's own flags, else its range's, else the spec's otherwise flags. */
function expectedFlags(spec: TestSpec, n: unknown): string[] {
  const code = spec.codes.find((c) => c.code === n);
  if (code) return spec.flags.filter((flag) => code.flags.includes(flag));
  const range = Number.isInteger(n)
    ? spec.ranges.find((r) => (n as number) >= r.from && (n as number) <= r.to)
    : undefined;
  const flags = range ? range.flags : spec.otherwise;
  return spec.flags.filter((flag) => flags.includes(flag));
}

/** Every code and range edge with its neighbours, plus numbers far outside. */
function probes(spec: TestSpec): number[] {
  const edges = [
    ...spec.codes.map((c) => c.code),
    ...spec.ranges.flatMap((r) => [r.from, r.to]),
  ];
  return [
    ...new Set([
      ...edges.flatMap((n) => [n - 1, n, n + 1]),
      spec.bounds.min - 1,
      spec.bounds.max + 1,
      0,
      -1,
      2 ** 31,
      -(2 ** 31) - 1,
    ]),
  ];
}

const NINE_FLAGS = ["f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"];
const SPECS: [string, TestSpec][] = [
  [
    "spread over more than 65536 numbers (Map fallback)",
    {
      name: "WideCodes",
      bounds: { min: -1000000, max: 5000000 },
      flags: ["low", "high"],
      ranges: [
        { from: -1000000, to: -1, flags: ["low"] },
        { from: 100000, to: 4999999, flags: ["high"] },
      ],
      otherwise: ["low", "high"],
      codes: [
        { name: "Zero", code: 0, flags: [] },
        { name: "Negative", code: -5, flags: ["high"] },
        { name: "Far", code: 4000000, flags: ["low", "high"] },
      ],
    },
  ],
  [
    "negative codes (JSON-RPC style)",
    {
      name: "RpcCodes",
      bounds: { min: -32768, max: -32000 },
      flags: ["server"],
      ranges: [{ from: -32099, to: -32000, flags: ["server"] }],
      otherwise: [],
      codes: [
        { name: "ParseError", code: -32700, flags: [] },
        { name: "ServerBusy", code: -32050, flags: [] },
      ],
    },
  ],
  [
    "more than 255 distinct flag sets (16-bit table)",
    {
      name: "ManySets",
      bounds: { min: 0, max: 65535 },
      flags: NINE_FLAGS,
      ranges: [{ from: 60000, to: 65535, flags: ["f8"] }],
      otherwise: ["f0", "f3"],
      codes: Array.from({ length: 300 }, (_, i) => ({
        name: `C${i}`,
        code: 100 + i * 7,
        flags: NINE_FLAGS.filter((_, bit) => ((i + 1) >> bit) & 1),
      })),
    },
  ],
];

describe.each(SPECS)("lookups of a spec %s", (_, spec) => {
  it("agree with the spec for every edge, in the source, ESM and CommonJS", async () => {
    const dir = scratchDir(spec.name);
    const specFile = path.join(dir, "spec.yaml");
    writeFileSync(specFile, yamlOf(spec));
    const out = path.join(dir, "out");
    const result = runCli(["gen", "--spec", specFile, "--out", out]);
    expect(result.stderr).toBe("");
    const modules = [
      await import(
        pathToFileURL(path.join(out, "src", `${spec.name}.ts`)).href
      ),
      await import(pathToFileURL(path.join(out, "dist", "index.js")).href),
      require(path.join(out, "dist", "index.cjs")),
    ];
    for (const module of modules) {
      for (const n of probes(spec)) {
        const code = spec.codes.find((c) => c.code === n);
        expect(module.describe(n)?.name, `describe(${n})`).toBe(code?.name);
        expect(module.isKnown(n), `isKnown(${n})`).toBe(code !== undefined);
        expect(module.flagsOf(n), `flagsOf(${n})`).toEqual(
          expectedFlags(spec, n),
        );
        for (const flag of spec.flags)
          expect(module.hasFlag(n, flag), `hasFlag(${n}, ${flag})`).toBe(
            expectedFlags(spec, n).includes(flag),
          );
        expect(module.flagsOf(n + 0.5)).toEqual(expectedFlags(spec, n + 0.5));
      }
      for (const junk of [
        String(spec.codes[0]!.code),
        Symbol("code"),
        10n,
        { valueOf: () => spec.codes[0]!.code },
        null,
        Number.NaN,
      ]) {
        expect(module.describe(junk)).toBeUndefined();
        expect(module.isKnown(junk)).toBe(false);
        expect(module.flagsOf(junk)).toEqual(expectedFlags(spec, junk));
        expect(module.hasFlag(junk, spec.flags[0])).toBe(
          expectedFlags(spec, junk).includes(spec.flags[0]!),
        );
      }
      expect(module.hasFlag(spec.codes[0]!.code, "notAFlag")).toBe(false);
    }
  });
});

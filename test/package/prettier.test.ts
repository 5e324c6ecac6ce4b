// Every generated file except the doc page (whose layout the seed dictates) is already what prettier
// prints: the templates and scripts/escape.ts emulate prettier, so gen never has to run it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { syntheticSpec } from "../../bench/syntheticSpec.mjs";
import { targetOfOutput } from "../../src/render/outputTargets.js";
import { DEFAULT_SPEC, renderSpec, scratchDir } from "../helpers.js";

const LONG_NAME =
  "AcmeRealtimeCollaborationServicePrivateApplicationCloseCodes";

/**
 * A private 4000-4999 code set with several flags, a long name, and descriptions whose lines land on
 * either side of prettier's 80 columns, with wide (CJK, emoji) and zero-width (combining) characters,
 * both kinds of quotes, backslashes and comment terminators.
 */
function privateAppSpec(): string {
  const tricky = [
    "Says \"retry\", then 'later' \\ and */ and ${template} and `ticks`.",
    "全角の説明文：サーバーが過負荷のため、しばらくしてから再接続してください。",
    "Emoji 🚀🔥 widen a line: the session ended because the room was archived 📦.",
    "Combining marks (é, ñ) take no width: café, jalapeño, naïve, résumé, über.",
    "It's the client's fault: it's sent a frame that isn't valid for this state.",
    "Line one of a longer note.\r\nLine two after a CRLF, and a third:\nline three.",
  ];
  const codes: string[] = [];
  for (let i = 0; i < 120; i++) {
    // Lengths sweep 20..139 characters, so `    description: "...",` crosses column 80 one step at a time.
    const base = tricky[i % tricky.length]!;
    const description = `${base} ${"padding words ".repeat(10)}`
      .slice(0, 20 + i)
      .trimEnd();
    codes.push(
      `  - name: ${["Session", "Auth", "Room", "Quota"][i % 4]}Reason${i}`,
      `    code: ${4000 + i * 8}`,
      `    description: ${JSON.stringify(description)}`,
      `    flags: ${JSON.stringify(["retryable", "fatal", "authRelated", "clientError", "serverError"].filter((_, bit) => (i >> bit) & 1))}`,
    );
    if (i % 5 === 0)
      codes.push(
        `    reference: https://docs.example.com/realtime/close-codes/${"section/".repeat(i % 9)}reason-${i}`,
      );
    if (i % 17 === 3)
      codes.push(
        `    deprecated: ${i % 2 ? "true" : JSON.stringify(`Use SessionReason${i + 1} instead; it's clearer.`)}`,
      );
  }
  return [
    `name: ${LONG_NAME}`,
    "title: Acme realtime collaboration service — private application close codes (4000-4999)",
    "reference: https://docs.example.com/realtime/close-codes",
    "description: |",
    "  Close codes the Acme realtime service sends in the private-use range of RFC 6455.",
    "package:",
    "  name: acme-realtime-private-close-codes-with-a-very-long-package-name",
    "  version: 2.3.4-beta.1",
    "  description: Private WebSocket close codes of the Acme realtime collaboration service, with flags.",
    "  keywords: [acme, realtime, websocket, close-codes, private-use, collaboration, very-long-keyword-list]",
    "bounds: { min: 4000, max: 4999 }",
    "typescript: { enumStyle: const }",
    "flags:",
    "  retryable: The client may reconnect after a randomized back-off delay of a few seconds.",
    "  fatal: Do not reconnect.",
    "  authRelated: Caused by authentication or authorization; the client must sign in again before it reconnects.",
    "  clientError: The client did something wrong.",
    "  serverError: 服务器内部错误（宽字符描述，用于测试显示宽度）。",
    "ranges:",
    "  - { from: 4000, to: 4499, description: Session and room reasons of the realtime service., flags: [fatal] }",
    "  - from: 4500",
    "    to: 4999",
    '    description: "Quota reasons; a number no code defines here is treated as \\"retry later\\"."',
    "    flags: [retryable, serverError]",
    "codes:",
    ...codes,
  ].join("\n");
}

async function uncleanFiles(specFile: string): Promise<string[]> {
  const unclean: string[] = [];
  for (const [file, content] of renderSpec(specFile)) {
    if (file.startsWith("docs/") && file.endsWith(".md")) continue;
    // The other languages' outputs answer to their own formatters (gofmt: test/targets).
    if (targetOfOutput(file) !== "typescript") continue;
    if (!(await prettier.check(content, { filepath: file })))
      unclean.push(file);
  }
  return unclean;
}

function writeSpec(name: string, text: string): string {
  const file = path.join(scratchDir(name), "spec.yaml");
  writeFileSync(file, text);
  return file;
}

describe("generated files are prettier-clean", () => {
  it("for the default spec", async () => {
    expect(await uncleanFiles(DEFAULT_SPEC)).toEqual([]);
  });

  it("for a private 4000-4999 code set with several flags, a long name and tricky text", async () => {
    expect(
      await uncleanFiles(writeSpec("prettier-private", privateAppSpec())),
    ).toEqual([]);
  });

  it("for a synthetic spec of 1,000 codes", async () => {
    expect(
      await uncleanFiles(writeSpec("prettier-1000", syntheticSpec(1000))),
    ).toEqual([]);
  });

  // One code and one range: single-row arrays sit on their declaration's line, or break when too wide.
  it.each([
    ["a short name", "Ok"],
    ["a name too long for one line", `Ok${"Long".repeat(16)}`],
    ["a name too long even for its own row", `Ok${"Long".repeat(20)}`],
  ])("for a spec of one code with %s", async (_, name) => {
    const spec = `name: OneCode\nflags: { retry: Try again. }\nranges: [{ from: 0, to: 9, description: Low., flags: [retry] }]\ncodes:\n  - { name: ${name}, code: 1, description: Fine., summary: Fine }\n`;
    expect(await uncleanFiles(writeSpec("prettier-one", spec))).toEqual([]);
  });

  it("for a spec spread over more than 65,536 numbers (Map lookups), with negative codes and long names", async () => {
    const spec = [
      "name: SparseCodes",
      "bounds: { min: -2147483648, max: 2147483647 }",
      "flags: { retry: Try again. }",
      "ranges:",
      "  - { from: -2147483648, to: -1, description: Negative., flags: [retry] }",
      "  - { from: 0, to: 2147483647, description: Positive. }",
      "codes:",
      "  - { name: ParseError, code: -32700, description: Parse error. }",
      "  - { name: Big, code: 100000, description: Big., flags: [retry] }",
      // Its line in the enum object is too wide: prettier moves a negative number, not a positive one.
      `  - { name: Negative${"Long".repeat(18)}, code: -2147483648, description: Low. }`,
      `  - { name: Positive${"Long".repeat(18)}, code: 2147483647, description: High. }`,
    ].join("\n");
    expect(await uncleanFiles(writeSpec("prettier-sparse", spec))).toEqual([]);
  });
});

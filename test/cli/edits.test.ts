// Hand edits of outputs, spec edits and template edits: every run and every --check sees them.
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SPEC, runCli, scratchDir } from "../helpers.js";

const gen = (args: string[]) => runCli(["gen", ...args]);

describe("what changed since the last run", () => {
  const dir = scratchDir("edits");
  const spec = path.join(dir, "spec.yaml");
  const out = path.join(dir, "out");
  copyFileSync(DEFAULT_SPEC, spec);
  const args = ["--spec", spec, "--out", out];

  it("notices an output edited, added or deleted by hand", () => {
    expect(gen(args).status).toBe(0);
    expect(gen(args).stdout).toContain("up to date");
    expect(gen([...args, "--check"]).status).toBe(0);
    const readme = path.join(out, "README.md");
    const original = readFileSync(readme, "utf8");
    appendFileSync(readme, "hand edit\n");
    expect(gen([...args, "--check"]).stderr).toContain("stale:");
    expect(gen(args).stdout).toContain("1 file changed");
    expect(readFileSync(readme, "utf8")).toBe(original);
    writeFileSync(path.join(out, "extra.txt"), "not generated\n");
    expect(gen([...args, "--check"]).stderr).toContain("extra: ");
    rmSync(path.join(out, "extra.txt"));
    rmSync(readme);
    expect(gen([...args, "--check"]).stderr).toContain("missing: ");
    expect(gen(args).status).toBe(0);
    expect(gen([...args, "--check"]).status).toBe(0);
  });

  it("notices a spec edit, and an edit of the spec's own templates", () => {
    const oldText =
      "Indicates that an endpoint is terminating the connection due to a protocol error.";
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace(oldText, "Edited, a protocol error."),
    );
    expect(gen([...args, "--check"]).status).toBe(1);
    expect(gen(args).status).toBe(0);
    expect(
      readFileSync(path.join(out, "WebSocketStatusCodes.schema.json"), "utf8"),
    ).toContain("Edited, a protocol error.");

    const templates = path.join(dir, "templates");
    mkdirSync(path.join(templates, "outputs"), { recursive: true });
    writeFileSync(
      path.join(templates, "outputs", "NOTICE.txt.hbs"),
      "{{name}}: first\n",
    );
    writeFileSync(
      spec,
      `${readFileSync(spec, "utf8")}\ntemplates: templates\n`,
    );
    expect(gen(args).status).toBe(0);
    expect(readFileSync(path.join(out, "NOTICE.txt"), "utf8")).toBe(
      "WebSocketStatusCodes: first\n",
    );
    expect(gen([...args, "--check"]).status).toBe(0);
    writeFileSync(
      path.join(templates, "outputs", "NOTICE.txt.hbs"),
      "{{name}}: second\n",
    );
    expect(gen([...args, "--check"]).stderr).toContain("stale: ");
    expect(gen(args).status).toBe(0);
    expect(readFileSync(path.join(out, "NOTICE.txt"), "utf8")).toBe(
      "WebSocketStatusCodes: second\n",
    );
  });
});

// The generator's caches (node_modules/.cache/codeset-gen) must never answer for changed inputs or outputs.
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, DEFAULT_SPEC, readTree, scratchDir } from "./support.js";

function gen(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, "gen", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("caches of up-to-date runs, models and templates", () => {
  const dir = scratchDir("cache");
  const spec = path.join(dir, "spec.yaml");
  const out = path.join(dir, "out");
  copyFileSync(DEFAULT_SPEC, spec);
  const args = ["--spec", spec, "--out", out];

  it("writes the same files with and without caches", () => {
    expect(gen(args).status).toBe(0);
    const cached = readTree(out);
    const uncached = path.join(dir, "uncached");
    expect(gen(["--spec", spec, "--out", uncached], { CODESET_NO_CACHE: "1" }).status).toBe(0);
    expect(readTree(uncached)).toEqual(cached);
  });

  it("notices an output edited, added or deleted by hand", () => {
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
    const oldText = "Indicates that an endpoint is terminating the connection due to a protocol error.";
    writeFileSync(spec, readFileSync(spec, "utf8").replace(oldText, "Edited, a protocol error."));
    expect(gen([...args, "--check"]).status).toBe(1);
    expect(gen(args).status).toBe(0);
    expect(readFileSync(path.join(out, "WebSocketStatusCodes.schema.json"), "utf8")).toContain("Edited, a protocol error.");

    const templates = path.join(dir, "templates");
    mkdirSync(path.join(templates, "outputs"), { recursive: true });
    writeFileSync(path.join(templates, "outputs", "NOTICE.txt.hbs"), "{{name}}: first\n");
    writeFileSync(spec, `${readFileSync(spec, "utf8")}\ntemplates: templates\n`);
    expect(gen(args).status).toBe(0);
    expect(readFileSync(path.join(out, "NOTICE.txt"), "utf8")).toBe("WebSocketStatusCodes: first\n");
    expect(gen([...args, "--check"]).status).toBe(0);
    writeFileSync(path.join(templates, "outputs", "NOTICE.txt.hbs"), "{{name}}: second\n");
    expect(gen([...args, "--check"]).stderr).toContain("stale: ");
    expect(gen(args).status).toBe(0);
    expect(readFileSync(path.join(out, "NOTICE.txt"), "utf8")).toBe("WebSocketStatusCodes: second\n");
  });
});

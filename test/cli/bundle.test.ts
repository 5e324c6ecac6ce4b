// The command as it ships: one bundle (lib/codeset.cjs) with the built-in templates precompiled into
// it, so that a run of the built-in templates loads no module from node_modules and no template
// compiler; templates of the user's are compiled at run time.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_TEMPLATES,
  PRECOMPILED_TEMPLATES,
} from "../../src/render/templateFiles.js";
import { listTemplates } from "../../src/render/templateFiles.js";
import { DEFAULT_SPEC, runCli, tempDir, writeFile } from "../helpers.js";

/** Runs the command with a hook that lists every module it loads from node_modules. */
function loadedModules(
  args: string[],
  cwd: string,
): { status: number | null; modules: string[] } {
  const log = path.join(cwd, "loaded.txt");
  const hook = path.join(cwd, "hook.cjs");
  writeFileSync(
    hook,
    `const Module = require("node:module");\nconst fs = require("node:fs");\nconst load = Module._load;\nModule._load = function (request, parent, isMain) {\n  const resolved = Module._resolveFilename(request, parent, isMain);\n  if (resolved.includes("node_modules")) fs.appendFileSync(${JSON.stringify(log)}, resolved + "\\n");\n  return load.apply(this, arguments);\n};\n`,
  );
  writeFileSync(log, "");
  const result = runCli(args, cwd, { NODE_OPTIONS: `--require ${hook}` });
  return {
    status: result.status,
    modules: readFileSync(log, "utf8").split("\n").filter(Boolean),
  };
}

describe("the bundled command", () => {
  it("renders the built-in templates without loading anything from node_modules", () => {
    const dir = tempDir();
    const { status, modules } = loadedModules(
      ["gen", "--spec", DEFAULT_SPEC, "--out", path.join(dir, "out")],
      dir,
    );
    expect(status).toBe(0);
    expect(modules).toEqual([]);
  });

  it("loads Handlebars' compiler for a template of the user's, and renders it", () => {
    const dir = tempDir();
    writeFile(
      path.join(dir, "templates", "outputs", "NOTE.txt.hbs"),
      "{{name}} has {{codes.length}} codes\n",
    );
    const out = path.join(dir, "out");
    const { status, modules } = loadedModules(
      [
        "gen",
        "--spec",
        DEFAULT_SPEC,
        "--out",
        out,
        "--templates",
        path.join(dir, "templates"),
      ],
      dir,
    );
    expect(status).toBe(0);
    expect(
      modules.some((file) => /node_modules\/handlebars\//.test(file)),
    ).toBe(true);
    expect(readFileSync(path.join(out, "NOTE.txt"), "utf8")).toBe(
      "WebSocketStatusCodes has 16 codes\n",
    );
  });

  it("holds every built-in template precompiled from its current text (npm run build is current)", async () => {
    const precompiled = (await import(PRECOMPILED_TEMPLATES)).default as Record<
      string,
      { source: string }
    >;
    const onDisk = ["partials", "outputs"].flatMap((kind) =>
      listTemplates(path.join(BUILT_IN_TEMPLATES, kind)).map(
        (file) => `${kind}/${file}`,
      ),
    );
    expect(Object.keys(precompiled).sort()).toEqual(onDisk.sort());
    for (const key of onDisk)
      expect(precompiled[key]!.source, key).toBe(
        readFileSync(path.join(BUILT_IN_TEMPLATES, key), "utf8"),
      );
  });
});

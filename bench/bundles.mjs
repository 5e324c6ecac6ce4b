// Apps that import a part of a generated package, bundled with esbuild as an app ships them
// (--bundle --minify): the bench reports their gzip sizes, the tests check what they hold.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * The apps, each importing one part of the package: from its dist/ ESM build, or from its src/
 * copied into a library's own tree (whose package.json says nothing about side effects).
 */
export const APPS = {
  "only hasFlag": {
    from: "dist",
    code: (name) =>
      `import { hasFlag } from "PKG";\nconsole.log(hasFlag(1000, "x"));\n`,
  },
  "only the enum": {
    from: "dist",
    code: (name) => `import { ${name} } from "PKG";\nconsole.log(${name});\n`,
  },
  "only describe": {
    from: "dist",
    code: () =>
      `import { describe } from "PKG";\nconsole.log(describe(1000));\n`,
  },
  "vendored src/, only the enum": {
    from: "src",
    code: (name) => `import { ${name} } from "PKG";\nconsole.log(${name});\n`,
  },
  "vendored src/, only hasFlag": {
    from: "src",
    code: () =>
      `import { hasFlag } from "PKG";\nconsole.log(hasFlag(1000, "x"));\n`,
  },
};

/** Each app bundled against the package in `packageDir` (enum `name`): app -> minified bundle text. */
export async function bundleApps(packageFolder, name) {
  const packageDir = path.resolve(packageFolder);
  const work = mkdtempSync(path.join(os.tmpdir(), "codeset-bundles-"));
  try {
    const vendored = path.join(work, "library", "vendor");
    cpSync(path.join(packageDir, "src"), vendored, { recursive: true });
    writeFileSync(
      path.join(work, "library", "package.json"),
      '{ "name": "library", "type": "module" }\n',
    );
    const targets = {
      dist: path.join(packageDir, "dist", "index.js"),
      src: path.join(vendored, `${name}.ts`),
    };
    const bundles = {};
    for (const [app, { from, code }] of Object.entries(APPS)) {
      const entry = path.join(
        work,
        "library",
        `${app.replace(/\W+/g, "-")}.js`,
      );
      writeFileSync(
        entry,
        code(name).replace("PKG", targets[from].split(path.sep).join("/")),
      );
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        write: false,
        logLevel: "silent",
      });
      bundles[app] = result.outputFiles[0].text;
    }
    return bundles;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** gzip -9 size in bytes. */
export function gzipSize(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

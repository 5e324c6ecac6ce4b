// --watch: regenerates on each save (also saves by rename and template edits), survives a bad spec, exits 0 on a signal.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  allFilesChanged,
  CLI,
  readTree,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

/** A running `gen --watch`, with its output so far and a way to wait for more. */
class Watcher {
  stdout = "";
  stderr = "";
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  private waiters: (() => void)[] = [];

  constructor(args: string[], cwd: string) {
    this.child = spawn(process.execPath, [CLI, "gen", "--watch", ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.on("data", (chunk: Buffer) =>
      this.received("stdout", chunk),
    );
    this.child.stderr!.on("data", (chunk: Buffer) =>
      this.received("stderr", chunk),
    );
    this.exited = new Promise((resolve) =>
      this.child.on("exit", (code) => resolve(code)),
    );
  }

  /** Lines reporting one spec's run, e.g. `codes.yaml -> out: 2 files changed (5 ms)`. */
  runLines(): string[] {
    return this.stdout
      .split("\n")
      .filter((line) => line.startsWith("codes.yaml"));
  }

  /** Resolves once the output satisfies `ready`; fails the test with the output so far if it never does. */
  async until(ready: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (!ready()) {
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(
          `gave up waiting for ${what}\n--- stdout\n${this.stdout}\n--- stderr\n${this.stderr}`,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }

  /** Waits for the run after the `count` runs seen so far, and returns its line. */
  async nextRun(count: number, what: string): Promise<string> {
    await this.until(() => this.runLines().length > count, what);
    return this.runLines()[count]!;
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  private received(stream: "stdout" | "stderr", chunk: Buffer): void {
    this[stream] += chunk.toString("utf8");
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

function outputHolds(file: string, text: string): boolean {
  try {
    return readFileSync(file, "utf8").includes(text);
  } catch {
    return false; // between the two renames of an atomic swap
  }
}

const RUN_LINE =
  /^codes\.yaml -> out: (\d+ files? changed|up to date) \(\d+ ms\)$/;

describe("gen --watch", { timeout: 120_000 }, () => {
  it("regenerates on each save, keeps the last good outputs through a bad spec, and exits 0 on SIGINT", async () => {
    const root = tempDir();
    const specFile = path.join(root, "codes.yaml");
    const schemaFile = path.join(root, "out", "WatchedCodes.schema.json");
    const spec = (description: string) =>
      specYaml("WatchedCodes", [{ name: "First", code: 1, description }]);
    writeFile(specFile, spec("Version one."));
    writeFile(
      path.join(root, "templates", "outputs", "notes.txt.hbs"),
      "first template for {{name}}\n",
    );
    const watcher = new Watcher(
      ["--spec", "codes.yaml", "--out", "out", "--templates", "templates"],
      root,
    );
    try {
      await watcher.until(
        () => watcher.stdout.includes("watching "),
        "the watch to start",
      );
      expect(watcher.runLines()).toHaveLength(1);
      const changed = allFilesChanged(specFile, [path.join(root, "templates")]);
      expect(watcher.runLines()[0]).toMatch(
        new RegExp(`^codes\\.yaml -> out: ${changed} \\(\\d+ ms\\)$`),
      );
      expect(readFileSync(schemaFile, "utf8")).toContain("Version one.");

      let runs = watcher.runLines().length;
      writeFileSync(specFile, spec("Version two."));
      await watcher.until(
        () =>
          watcher.runLines().length > runs &&
          outputHolds(schemaFile, "Version two."),
        "a run after a save",
      );
      expect(watcher.runLines().at(-1)).toMatch(RUN_LINE);

      // Saved the way many editors save: write a temporary file, rename it over the spec.
      runs = watcher.runLines().length;
      writeFileSync(`${specFile}.tmp`, spec("Version three."));
      renameSync(`${specFile}.tmp`, specFile);
      await watcher.until(
        () =>
          watcher.runLines().length > runs &&
          outputHolds(schemaFile, "Version three."),
        "a run after a save by rename",
      );
      expect(watcher.runLines().at(-1)).toMatch(RUN_LINE);

      const good = readTree(path.join(root, "out"));
      runs = watcher.runLines().length;
      writeFileSync(
        specFile,
        spec("Half typed.").replace("code: 1", "code: one"),
      );
      expect(await watcher.nextRun(runs, "a failed run")).toMatch(
        /^codes\.yaml: failed; kept the last good outputs \(\d+ ms\)$/,
      );
      expect(watcher.stderr).toMatch(/^codes\.yaml:\d+:\d+: .*integer/m);
      expect(readTree(path.join(root, "out"))).toEqual(good);

      runs = watcher.runLines().length;
      writeFileSync(specFile, spec("Fixed."));
      await watcher.until(
        () =>
          watcher.runLines().length > runs && outputHolds(schemaFile, "Fixed."),
        "a run after the fix",
      );
      expect(watcher.runLines().at(-1)).toMatch(RUN_LINE);

      // A template edit regenerates too, from the new template (not a cached one).
      const notes = path.join(root, "out", "notes.txt");
      runs = watcher.runLines().length;
      writeFileSync(
        path.join(root, "templates", "outputs", "notes.txt.hbs"),
        "second template for {{name}}\n",
      );
      await watcher.until(
        () =>
          watcher.runLines().length > runs &&
          outputHolds(notes, "second template for WatchedCodes\n"),
        "a run after a template edit",
      );
      expect(watcher.runLines().at(-1)).toMatch(
        /^codes\.yaml -> out: 1 file changed \(\d+ ms\)$/,
      );

      watcher.signal("SIGINT");
      expect(await watcher.exited).toBe(0);
      expect(watcher.stdout.trimEnd().split("\n").at(-1)).toBe(
        "stopped watching",
      );
    } finally {
      watcher.signal("SIGKILL");
    }
  });

  it("watches every spec/*.yaml without --spec, and exits 0 on SIGTERM", async () => {
    const root = tempDir();
    writeFile(
      path.join(root, "spec", "codes.yaml"),
      specYaml("FirstCodes", [{ name: "A", code: 1 }]),
    );
    const watcher = new Watcher([], root);
    try {
      await watcher.until(
        () => watcher.stdout.includes("watching "),
        "the watch to start",
      );
      // A spec added while watching is picked up.
      writeFile(
        path.join(root, "spec", "more.yml"),
        specYaml("MoreCodes", [{ name: "B", code: 2 }]),
      );
      await watcher.until(
        () =>
          new RegExp(
            `^spec/more\\.yml -> generated/more-codes: ${allFilesChanged(path.join(root, "spec", "more.yml"))} \\(\\d+ ms\\)$`,
            "m",
          ).test(watcher.stdout),
        "the new spec's run",
      );
      expect(watcher.stdout).toMatch(
        new RegExp(
          `^spec/codes\\.yaml -> generated/first-codes: ${allFilesChanged(path.join(root, "spec", "codes.yaml"))}`,
          "m",
        ),
      );
      watcher.signal("SIGTERM");
      expect(await watcher.exited).toBe(0);
    } finally {
      watcher.signal("SIGKILL");
    }
  });

  it("regenerates mapped outputs (outputs:) in the project on each save", async () => {
    const root = tempDir();
    writeFile(path.join(root, "package.json"), "{}\n");
    const spec = (description: string) =>
      `${specYaml("MappedCodes", [{ name: "First", code: 1, description }])}outputs:\n  src/[name].ts: src/mapped.ts\n`;
    const specFile = path.join(root, "codes.yaml");
    const mappedFile = path.join(root, "src", "mapped.ts");
    writeFile(specFile, spec("Version one."));
    const watcher = new Watcher(["--spec", "codes.yaml"], root);
    try {
      expect(await watcher.nextRun(0, "the first run")).toMatch(
        // The runtime goes beside the source that imports it.
        /^codes\.yaml -> src\/mapped\.ts, src\/codeset-runtime\.ts: 2 files changed \(\d+ ms\)$/,
      );
      expect(readFileSync(mappedFile, "utf8")).toContain("Version one.");
      // Saves before the watch is set up would go unseen.
      await watcher.until(
        () => watcher.stdout.includes("watching "),
        "the watch to start",
      );
      writeFileSync(specFile, spec("Version two."));
      await watcher.until(
        () => outputHolds(mappedFile, "Version two."),
        "the mapped file after a save",
      );
      watcher.signal("SIGTERM");
      expect(await watcher.exited).toBe(0);
    } finally {
      watcher.signal("SIGKILL");
    }
  });
});

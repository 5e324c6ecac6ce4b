// Runs killed at every point of a write, and writes that fail for real (read-only, full, immutable, taken
// over): the next run sees the old outputs or the new ones, never nothing, and says what it cleaned up.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import {
  CLI,
  ROOT,
  runCli,
  sameSnapshot,
  snapshotFolder,
  specYaml,
  tempDir,
  writeFile,
} from "../helpers.js";

/** Three generations: A, B (every description changed) and C (every code of A gone: breaking). */
const A = specYaml("KilledCodes", [
  { name: "First", code: 1 },
  { name: "Second", code: 2 },
]);
const B = A.replaceAll("code.", "code, second edition.");
const C = specYaml("KilledCodes", [{ name: "Other", code: 3 }]);

interface Project {
  root: string;
  spec: string;
  out: string;
  args: string[];
  /** What the folder holds after generating A, and after B. */
  generation: { A: Map<string, Buffer>; B: Map<string, Buffer> };
}

/** A folder with the spec, its outputs generated from A, and a snapshot of each generation. */
function project(parent = tempDir()): Project {
  const root = path.join(parent, "project");
  const spec = path.join(root, "codes.yaml");
  const out = path.join(root, "out");
  const args = ["--spec", spec, "--out", out];
  writeFile(spec, B);
  expect(runCli(args, root).status).toBe(0);
  const generationB = snapshotFolder(out);
  rmSync(out, { recursive: true });
  writeFile(spec, A);
  expect(runCli(args, root).status).toBe(0);
  return {
    root,
    spec,
    out,
    args,
    generation: { A: snapshotFolder(out), B: generationB },
  };
}

/** Which generation a folder holds, exactly. */
function holds(p: Project): "A" | "B" | "nothing" | "a mix" {
  if (!existsSync(p.out)) return "nothing";
  const now = snapshotFolder(p.out);
  if (sameSnapshot(now, p.generation.A)) return "A";
  if (sameSnapshot(now, p.generation.B)) return "B";
  return "a mix";
}

/** The run's own entries beside out: lock, unlinked locks, journals. */
const leftovers = (p: Project) =>
  readdirSync(p.root).filter((name) => name.startsWith(".codeset"));

/** Starts a child stopped at `point` by the test hook of src/output/testPause.ts; resolves once it is there. */
async function startPaused(
  command: string[],
  point: string,
  cwd: string,
): Promise<{
  child: ChildProcess;
  resume: () => void;
  done: Promise<{
    status: number | null;
    signal: string | null;
    stderr: string;
  }>;
}> {
  const pauseFile = path.join(tempDir(), "paused");
  const child = spawn(process.execPath, command, {
    cwd,
    env: {
      ...process.env,
      CODESET_TEST_PAUSE_AT: point,
      CODESET_TEST_PAUSE_FILE: pauseFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<{
    status: number | null;
    signal: string | null;
    stderr: string;
  }>((resolve) =>
    child.on("close", (status, signal) => resolve({ status, signal, stderr })),
  );
  const deadline = Date.now() + 30_000;
  while (!existsSync(pauseFile)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the run never reached ${point}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, resume: () => rmSync(pauseFile, { force: true }), done };
}

async function killedAt(
  p: Project,
  point: string,
  spec: string,
): Promise<void> {
  writeFileSync(p.spec, spec);
  const run = await startPaused([CLI, "gen", ...p.args], point, p.root);
  run.child.kill("SIGKILL");
  expect((await run.done).signal).toBe("SIGKILL");
}

/** Where each kill leaves the folder, and what the next --check then says and finds. */
const KILLS = [
  {
    point: "locked",
    left: "A",
    notice:
      /^codeset: removed the stale lock \S+ of process \d+, which is no longer running$/,
  },
  {
    point: "staging",
    left: "A",
    notice:
      /^codeset: cleaned up after an interrupted run \(process \d+\) in \S+\/$/,
  },
  {
    point: "staged",
    left: "A",
    notice:
      /^codeset: cleaned up after an interrupted run \(process \d+\) in \S+\/$/,
  },
  {
    point: "swapping",
    left: "nothing",
    notice:
      /^codeset: put back out as they were before a run that was interrupted while replacing it \(process \d+\)$/,
  },
  {
    point: "committed",
    left: "B",
    notice:
      /^codeset: cleaned up after an interrupted run \(process \d+\) in \S+\/$/,
  },
] as const;

describe("a run killed with SIGKILL at each point of its write", () => {
  test.each(KILLS)(
    "at $point: the folder holds $left; the next --check restores what was there, says so, and judges it",
    async ({ point, left, notice }) => {
      const p = project();
      await killedAt(p, point, B);
      expect(holds(p)).toBe(left);
      const check = runCli(["gen", "--check", ...p.args], p.root);
      const lines = check.stderr.split("\n");
      expect(
        lines.some((line) => notice.test(line)),
        check.stderr,
      ).toBe(true);
      const after = left === "B" ? "B" : "A";
      expect(holds(p)).toBe(after);
      expect(check.status).toBe(after === "B" ? 0 : 1);
      expect(leftovers(p)).toEqual([]);
      const gen = runCli(["gen", ...p.args], p.root);
      expect(gen.stderr).toBe("");
      expect(gen.status).toBe(0);
      expect(holds(p)).toBe("B");
    },
    60_000,
  );

  test("between the two renames, a following --fail-on-breaking judges the restored outputs and refuses", async () => {
    const p = project();
    await killedAt(p, "swapping", C);
    expect(holds(p)).toBe("nothing");
    const result = runCli(["gen", "--fail-on-breaking", ...p.args], p.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^codeset: put back \S+ as they were before a run that was interrupted/m,
    );
    expect(result.stderr).toContain("removed First (1)");
    expect(result.stderr).toContain(
      "nothing written: --fail-on-breaking refuses the breaking changes above",
    );
    expect(holds(p)).toBe("A");
  }, 60_000);

  test("SIGTERM, too, leaves a lock that the next run breaks, and a lock of a live run is waited for", async () => {
    const p = project();
    writeFileSync(p.spec, B);
    const run = await startPaused([CLI, "gen", ...p.args], "locked", p.root);
    // While it holds the lock, --check waits for it: release it after a moment.
    const check = spawnSync(
      process.execPath,
      [CLI, "gen", "--check", ...p.args],
      {
        cwd: p.root,
        encoding: "utf8",
        timeout: 1_000,
      },
    );
    expect(check.signal).toBe("SIGTERM"); // Still waiting when the timeout ended it.
    run.child.kill("SIGTERM");
    await run.done;
    const next = runCli(["gen", ...p.args], p.root);
    expect(next.stderr).toMatch(/^codeset: removed the stale lock /);
    expect(next.status).toBe(0);
    expect(holds(p)).toBe("B");
    expect(leftovers(p)).toEqual([]);
  }, 60_000);
});

describe("a set of files at arbitrary paths (the writer's file mode)", () => {
  const writer = pathToFileURL(
    path.join(ROOT, "lib", "output", "write.js"),
  ).href;
  /** A child that writes two files under root as one set, old or new content by `edition`. */
  const script = (root: string, edition: string) => `
    import { writeOutputs } from ${JSON.stringify(writer)};
    const root = ${JSON.stringify(root)};
    const banner = "// generated from spec.yaml by \`npm run gen\`; do not edit\\n";
    writeOutputs(root, [
      { kind: "file", path: root + "/src/closeCodes.ts", content: banner + "${edition}\\n" },
      { kind: "file", path: root + "/docs/lib/close-codes.ts", content: banner + "${edition}\\n" },
    ], { protect: [], notice: (line) => process.stderr.write(line + "\\n") });`;
  const contents = (root: string) =>
    ["src/closeCodes.ts", "docs/lib/close-codes.ts"].map(
      (file) => snapshotFolder(root).get(file)?.toString().split("\n")[1],
    );

  test.each(["staging", "staged", "swapping", "committed"])(
    "killed at %s: both files old, or both new, once the next run settles",
    async (point) => {
      const root = tempDir();
      expect(
        spawnSync(process.execPath, [
          "--input-type=module",
          "-e",
          script(root, "old"),
        ]).status,
      ).toBe(0);
      expect(contents(root)).toEqual(["old", "old"]);
      const run = await startPaused(
        ["--input-type=module", "-e", script(root, "new")],
        point,
        root,
      );
      run.child.kill("SIGKILL");
      await run.done;
      const settle = spawnSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `import { settle } from ${JSON.stringify(writer)}; settle(${JSON.stringify(root)}, (line) => console.error(line));`,
        ],
        { encoding: "utf8" },
      );
      expect(settle.status, settle.stderr).toBe(0);
      const expected = point === "committed" ? "new" : "old";
      expect(contents(root)).toEqual([expected, expected]);
      expect(
        readdirSync(root).filter((name) => name.startsWith(".codeset")),
      ).toEqual([]);
    },
    60_000,
  );
});

describe("writes that fail for real", () => {
  /** Root can mount a tmpfs here; elsewhere (an unprivileged CI) these cases cannot be staged and are skipped. */
  const canMount = (() => {
    if (process.getuid?.() !== 0) return false;
    const probe = path.join(
      ROOT,
      "test",
      ".output",
      `mount-probe-${process.pid}`,
    );
    mkdirSync(probe, { recursive: true });
    const mounted =
      spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe])
        .status === 0;
    if (mounted) spawnSync("umount", [probe]);
    rmSync(probe, { recursive: true, force: true });
    return mounted;
  })();
  /** chattr works where the file system keeps the immutable flag (ext4, not tmpfs or overlayfs): tried on a probe file. */
  const canChattr = (() => {
    if (process.getuid?.() !== 0) return false;
    const probe = path.join(
      ROOT,
      "test",
      ".output",
      `chattr-probe-${process.pid}`,
    );
    mkdirSync(path.dirname(probe), { recursive: true });
    writeFileSync(probe, "");
    const works = spawnSync("chattr", ["+i", probe]).status === 0;
    spawnSync("chattr", ["-i", probe]);
    rmSync(probe, { force: true });
    return works;
  })();

  function mountTmpfs(size: string): string {
    const dir = tempDir();
    expect(
      spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir])
        .status,
    ).toBe(0);
    return dir;
  }
  const unmount = (dir: string) => spawnSync("umount", ["-l", dir]);

  /** One line on stderr, exit 1. */
  function expectOneLine(
    result: { status: number | null; stderr: string },
    line: RegExp,
  ): void {
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${line.source}\\n$`));
  }

  test.skipIf(!canMount)(
    "a read-only file system: refused before anything, or undone when it turns read-only mid-write",
    async () => {
      const mount = mountTmpfs("8m");
      try {
        const p = project(mount);
        writeFileSync(p.spec, B);
        spawnSync("mount", ["-o", "remount,ro", mount]);
        expectOneLine(
          runCli(["gen", ...p.args], p.root),
          /codeset: cannot lock \S+: the file system is read-only \(EROFS\); nothing written/,
        );
        expect(holds(p)).toBe("A");
        spawnSync("mount", ["-o", "remount,rw", mount]);
        const run = await startPaused(
          [CLI, "gen", ...p.args],
          "staged",
          p.root,
        );
        spawnSync("mount", ["-o", "remount,ro", mount]);
        run.resume();
        const result = await run.done;
        expectOneLine(
          result,
          /codeset: cannot write out: the file system is read-only \(EROFS\); nothing changed/,
        );
        expect(holds(p)).toBe("A");
        spawnSync("mount", ["-o", "remount,rw", mount]);
        const next = runCli(["gen", ...p.args], p.root);
        expect(next.stderr).toMatch(
          /^codeset: cleaned up after an interrupted run/m,
        );
        expect(holds(p)).toBe("B");
        expect(leftovers(p)).toEqual([]);
      } finally {
        unmount(mount);
      }
    },
    60_000,
  );

  test.skipIf(!canMount)(
    "a full disk: named on one line, the old outputs kept, nothing left behind",
    () => {
      const mount = mountTmpfs("400k");
      try {
        const p = project(mount);
        const huge = A.replace("The First code.", "x".repeat(300_000));
        writeFileSync(p.spec, huge);
        expectOneLine(
          runCli(["gen", ...p.args], p.root),
          /codeset: cannot write out\/\S+: no space left on the device \(ENOSPC\); nothing written/,
        );
        expect(holds(p)).toBe("A");
        expect(leftovers(p)).toEqual([]);
      } finally {
        unmount(mount);
      }
    },
    60_000,
  );

  test.skipIf(!canChattr)(
    "an immutable folder is not replaced; an immutable old file is said, and the outputs still written",
    () => {
      const p = project();
      writeFileSync(p.spec, B);
      spawnSync("chattr", ["+i", p.out]);
      try {
        expectOneLine(
          runCli(["gen", ...p.args], p.root),
          /codeset: cannot write out: operation not permitted \(an immutable or protected file\?\) \(EPERM\); nothing changed/,
        );
        expect(holds(p)).toBe("A");
      } finally {
        spawnSync("chattr", ["-i", p.out]);
      }
      const source = path.join(p.out, "src", "KilledCodes.ts");
      spawnSync("chattr", ["+i", source]);
      let result;
      try {
        result = runCli(["gen", ...p.args], p.root);
      } finally {
        for (const dir of leftovers(p))
          spawnSync("chattr", ["-R", "-i", path.join(p.root, dir)]);
        spawnSync("chattr", ["-i", source]);
      }
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(
        /^codeset: warning: cannot remove \S+\/KilledCodes\.ts: operation not permitted .*; the outputs are written, remove it by hand\n$/,
      );
      expect(holds(p)).toBe("B");
      expect(runCli(["gen", ...p.args], p.root).stderr).toMatch(
        /^codeset: cleaned up after an interrupted run/m,
      );
      expect(leftovers(p)).toEqual([]);
    },
    60_000,
  );

  test("a folder created at the output's place during the swap is never deleted; the old outputs wait and come back", async () => {
    const p = project();
    writeFileSync(p.spec, B);
    const run = await startPaused([CLI, "gen", ...p.args], "swapping", p.root);
    writeFile(path.join(p.out, "theirs.txt"), "someone else's\n");
    run.resume();
    const result = await run.done;
    expectOneLine(
      result,
      /codeset: cannot write out: something else is already there \(E(NOTEMPTY|EXIST)\); out was created by something else during the write; the previous outputs wait in \S+\/old\/; the next run puts them back/,
    );
    const next = runCli(["gen", ...p.args], p.root);
    expect(next.status).toBe(1);
    expect(next.stderr).toContain(
      "out/theirs.txt was not written by this generator",
    );
    expect(snapshotFolder(p.out).get("theirs.txt")?.toString()).toBe(
      "someone else's\n",
    );
    rmSync(p.out, { recursive: true });
    const settled = runCli(["gen", "--check", ...p.args], p.root);
    expect(settled.stderr).toMatch(
      /^codeset: put back out as they were before/m,
    );
    expect(holds(p)).toBe("A");
  }, 60_000);
});

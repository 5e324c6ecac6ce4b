// A worker thread of the fuzz harness (test/fuzz/harness.ts): runs the compiled command line in-process,
// one command at a time, and hands back its exit status and what it printed. The harness bounds each
// command's time (it terminates the worker) and memory (the worker's resource limits).
import { parentPort } from "node:worker_threads";

const { main } = await import(
  new URL("../../lib/cli/commandLine.js", import.meta.url).href
);
const { captureOutput } = await import(
  new URL("../../lib/cli/terminal.js", import.meta.url).href
);

parentPort.on("message", async ({ argv }) => {
  let stdout = "";
  let stderr = "";
  const release = captureOutput({
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  const started = performance.now();
  let status = null;
  let thrown = null;
  try {
    status = await main(argv);
  } catch (error) {
    thrown = error instanceof Error ? `${error.stack}` : String(error);
  } finally {
    release();
  }
  parentPort.postMessage({
    status,
    stdout,
    stderr,
    thrown,
    ms: performance.now() - started,
  });
});

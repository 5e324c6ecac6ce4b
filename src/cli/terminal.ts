// Where the command's text goes: straight to file descriptors 1 and 2 with write(2). Touching
// process.stdout would load Node's stream modules, a few milliseconds of every run's start-up.
import { writeSync } from "node:fs";

/** A reader that went away (`codeset gen | head -1`): the run ends quietly with its status so far. */
function readerGone(): never {
  process.exit(process.exitCode ?? 0);
}

/** Where text goes instead of the file descriptors while a caller runs the command in-process. */
export interface Capture {
  out(text: string): void;
  err(text: string): void;
}

let capture: Capture | undefined;

/**
 * Sends what the command prints to `sink` until the returned function is called: for a program that
 * runs the command line in its own process (the fuzz harness runs it in a worker thread, whose file
 * descriptors are the whole process's).
 */
export function captureOutput(sink: Capture): () => void {
  const outer = capture;
  capture = sink;
  return () => {
    capture = outer;
  };
}

function write(fd: 1 | 2, text: string): void {
  if (capture) return fd === 1 ? capture.out(text) : capture.err(text);
  const bytes = Buffer.from(text, "utf8");
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") readerGone();
      // A non-blocking pipe that is full for now: wait a moment, then write the rest.
      if (code === "EAGAIN")
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      else throw error;
    }
  }
}

/** Writes text (ending in its own newline) to standard output. */
export function writeOut(text: string): void {
  write(1, text);
}

/** Writes text (ending in its own newline) to standard error. */
export function writeErr(text: string): void {
  write(2, text);
}

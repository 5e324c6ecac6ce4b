// Reads a spec's bytes: only from a regular file, and only up to a size limit, so no path (a FIFO,
// /dev/zero, a huge file) can make a run hang or grow without bound.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { fsErrorReason } from "../fsErrors.js";

/**
 * The largest spec read, in bytes: 4 MiB. A spec of 10,000 codes (bench/syntheticSpec.mjs) is 2.2 MiB,
 * and a run over 4 MiB of spec stays near 400 MiB of memory and a few seconds.
 */
export const MAX_SPEC_BYTES = 4 * 1024 * 1024;

/** The bytes of `file`, or the reason (a sentence for a message) why it is not read. */
export function readSpecFile(file: string): Buffer | string {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return "no such file; give the path of a .yaml spec";
    return `cannot read the spec: ${fsErrorReason(error) ?? String(error)}`;
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory())
      return "is a directory, not a spec file; give the path of a .yaml spec";
    if (!stats.isFile())
      return "is not a regular file (a pipe, a device or a socket); give the path of a .yaml spec";
    if (stats.size > MAX_SPEC_BYTES) return tooLarge(stats.size);
    // Read to the end, but never past the limit: a file may grow while it is read.
    const buffer = Buffer.alloc(MAX_SPEC_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SPEC_BYTES) return tooLarge(length);
    return buffer.subarray(0, length);
  } catch (error) {
    return `cannot read the spec: ${fsErrorReason(error) ?? String(error)}`;
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number): string {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `the spec is ${size > MAX_SPEC_BYTES + 1 ? mib(size) : "larger than the limit"}; a spec may be at most ${mib(MAX_SPEC_BYTES)} (10,000 codes take about 2.2 MiB)`;
}

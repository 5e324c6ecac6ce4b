// What a failed file-system call means, in words a user can act on: one table for every message that names one.

const REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted (an immutable or protected file?)",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EEXIST: "something else is already there",
  ENOTEMPTY: "something else is already there",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  ENOENT: "no such file or folder",
  ENAMETOOLONG: "a file name in the path is too long",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EXDEV: "it lies on another file system",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EBUSY: "it is busy",
  ETXTBSY: "it is busy",
  EINVAL: "the file system refused the name",
};

/** The error code of a failed file-system call (`ENOSPC`...), or undefined for any other error. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** `no space left on the device (ENOSPC)`; undefined when error is not a file-system error. */
export function fsErrorReason(error: unknown): string | undefined {
  const code = fsErrorCode(error);
  if (code === undefined) return undefined;
  return `${REASONS[code] ?? "the file system refused"} (${code})`;
}

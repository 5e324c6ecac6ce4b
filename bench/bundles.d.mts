/** The apps that each import one part of a generated package. */
export const APPS: Record<
  string,
  { from: "dist" | "src"; code(name: string): string }
>;
/** Each app bundled with esbuild (--bundle --minify) against the package in packageDir: app -> bundle text. */
export function bundleApps(
  packageDir: string,
  name: string,
): Promise<Record<string, string>>;
/** gzip -9 size in bytes. */
export function gzipSize(text: string): number;

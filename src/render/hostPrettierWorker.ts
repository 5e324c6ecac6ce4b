// The child process of hostPrettier.ts: formats files with the host project's prettier (stdin JSON
// request -> stdout JSON response), as `prettier --write` would at each file's path.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface FormatRequest {
  /** The entry of the project's prettier package. */
  prettier: string;
  /** The project's ignore files, as prettier's CLI reads them. */
  ignorePaths: string[];
  files: { path: string; content: string }[];
}

export type FormatResponse =
  { formatted: string[] } | { problem: { file: string; message: string } };

/** The part of prettier's API used here. */
interface Prettier {
  getFileInfo(
    file: string,
    options: { ignorePath: string[] },
  ): Promise<{ ignored: boolean; inferredParser: string | null }>;
  resolveConfig(
    file: string,
    options: { editorconfig: boolean },
  ): Promise<Record<string, unknown> | null>;
  format(text: string, options: Record<string, unknown>): Promise<string>;
}

async function formatAll(request: FormatRequest): Promise<FormatResponse> {
  const prettier = createRequire(import.meta.url)(request.prettier) as Prettier;
  const formatted: string[] = [];
  for (const file of request.files) {
    try {
      const info = await prettier.getFileInfo(file.path, {
        ignorePath: request.ignorePaths,
      });
      if (info.ignored || info.inferredParser === null) {
        formatted.push(file.content);
        continue;
      }
      const options = await prettier.resolveConfig(file.path, {
        editorconfig: true,
      });
      formatted.push(
        await prettier.format(file.content, {
          ...options,
          filepath: file.path,
        }),
      );
    } catch (error) {
      return {
        problem: {
          file: file.path,
          message: (error as Error)?.message?.split("\n")[0] ?? String(error),
        },
      };
    }
  }
  return { formatted };
}

const request = JSON.parse(readFileSync(0, "utf8")) as FormatRequest;
process.stdout.write(JSON.stringify(await formatAll(request)));

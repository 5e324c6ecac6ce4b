// A JSON file as a tree whose nodes know where they stand, so that every problem is FILE:LINE:COL.
import {
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
} from "yaml";
import { sourceError, type SourcePosition } from "./imported.js";

export class JsonTree {
  private readonly lines = new LineCounter();
  readonly root: Node | null;

  /** Strict JSON (JSON.parse is the judge); YAML 1.2's JSON schema then reads it again, keeping offsets. */
  constructor(
    readonly file: string,
    text: string,
  ) {
    const syntax = jsonSyntaxError(text);
    const document = parseDocument(text, {
      schema: "json",
      lineCounter: this.lines,
      uniqueKeys: false,
      prettyErrors: false,
    });
    if (syntax !== undefined) {
      const offset = document.errors[0]?.pos[0] ?? syntax.offset ?? 0;
      throw sourceError(
        file,
        this.lines.linePos(offset),
        `not valid JSON: ${syntax.message}`,
      );
    }
    this.root = document.contents;
  }

  at(node: Node | null | undefined): SourcePosition {
    return this.lines.linePos(node?.range?.[0] ?? 0);
  }

  error(node: Node | null | undefined, message: string) {
    return sourceError(this.file, this.at(node), message);
  }

  /** The node at a dotted path of an object ("comment.description"), or undefined when a step is missing. */
  field(object: YAMLMap, dotted: string): Node | undefined {
    let node: Node | undefined = object;
    for (const key of dotted.split(".")) {
      if (!isMap(node)) return undefined;
      node = (node.get(key, true) as Node | undefined) ?? undefined;
    }
    return node;
  }

  /** A string, or undefined for a missing, null or blank one. */
  string(node: Node | undefined, what: string): string | undefined {
    if (node === undefined || (isScalar(node) && node.value === null))
      return undefined;
    if (!isScalar(node) || typeof node.value !== "string")
      throw this.error(node, `${what} must be a string`);
    return node.value.trim() === "" ? undefined : node.value;
  }

  integer(node: Node | undefined, what: string): number {
    if (
      !isScalar(node) ||
      typeof node.value !== "number" ||
      !Number.isSafeInteger(node.value)
    )
      throw this.error(
        node,
        `${what} must be an integer${isScalar(node) ? `, not ${JSON.stringify(node.value)}` : ""}`,
      );
    return node.value;
  }
}

/** JSON.parse's verdict: undefined for valid JSON, else its message and, where it gives one, the offset. */
function jsonSyntaxError(
  text: string,
): { message: string; offset?: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message
      .replace(/, ".*" is not valid JSON$/s, "")
      .replace(/ in JSON at position \d+.*$/s, "");
    const offset = / at position (\d+)/.exec((error as Error).message)?.[1];
    return {
      message,
      offset: offset === undefined ? undefined : Number(offset),
    };
  }
}

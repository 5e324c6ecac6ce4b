// What the one reading of a spec refuses beyond YAML syntax, so that every spec is read by the same rules:
// YAML 1.2 only (a `%YAML 1.1` directive would make 017 fifteen and yes true), no tags (their values differ
// from one YAML version and library to the next), and no text that a UTF-8 file cannot hold.
import { isNode, isScalar, visit, type Document, type Node } from "yaml";
import type { Diagnostic } from "./diagnostics.js";

type Position = (offset: number) => { line: number; col: number };

const MAY_HOLD_REFUSED_NODE = /[!\p{Cs}]|\\[uU]/u;

/** Every such problem of a parsed spec, at its position. */
export function yamlRuleProblems(
  file: string,
  text: string,
  document: Document.Parsed,
  position: Position,
): Diagnostic[] {
  const at = (offset: number, message: string): Diagnostic => ({
    file,
    ...position(offset),
    message,
  });
  const problems: Diagnostic[] = [];
  const directive = /^%YAML[ \t]+(\S*)/m.exec(text);
  if (
    document.directives?.yaml.explicit &&
    directive &&
    directive[1] !== "1.2"
  ) {
    problems.push(
      at(
        directive.index,
        `%YAML ${directive[1]}: a spec is read as YAML 1.2 (where 017 is 17 and yes is text); remove the directive`,
      ),
    );
  }
  // A tag starts with `!`; a lone surrogate stands in the text itself (import parses JS strings) or is a
  // \u or \U escape: a text with none of these holds no node to refuse, and its walk is skipped
  // (a tenth of a 10,000-code run).
  if (!MAY_HOLD_REFUSED_NODE.test(text)) return problems;
  visit(document, {
    Node(_, node) {
      const tagged = tagOf(node);
      if (tagged !== undefined)
        problems.push(
          at(
            tagged.offset,
            `the YAML tag ${tagged.tag} is not part of the spec format; write the value without it (quote it to make it text)`,
          ),
        );
      if (isScalar(node) && typeof node.value === "string") {
        const lone = /\p{Cs}/u.exec(node.value);
        if (lone) {
          const escaped = `\\u${lone[0].charCodeAt(0).toString(16)}`;
          problems.push(
            at(
              node.range?.[0] ?? 0,
              `the text holds an unpaired surrogate (${escaped}), which no UTF-8 file can hold; write the character itself, or a whole pair like \\ud83d\\ude00`,
            ),
          );
        }
      }
      return undefined;
    },
  });
  return problems;

  /** The tag as written before a node, and where. */
  function tagOf(node: Node): { tag: string; offset: number } | undefined {
    if (!isNode(node) || node.tag === undefined) return undefined;
    const start = node.range?.[0] ?? 0;
    const written = /!\S*\s*$/.exec(
      text.slice(Math.max(0, text.lastIndexOf("\n", start - 1) + 1), start),
    );
    return written
      ? { tag: written[0].trim(), offset: start - written[0].length }
      : { tag: node.tag, offset: start };
  }
}

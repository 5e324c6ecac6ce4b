// What the one reading of a spec refuses beyond YAML syntax, so that every spec is read by the same rules:
// YAML 1.2 only (a `%YAML 1.1` directive would make 017 fifteen and yes true), no tags (their values differ
// from one YAML version and library to the next), and no text that a UTF-8 file cannot hold.
import type { Diagnostic } from "./diagnostics.js";
import type { SpecNode } from "./nodes.js";

type Position = (offset: number) => { line: number; col: number };

/** A tag starts with `!`; a lone surrogate stands in the text itself (import parses JS strings) or is a \u or \U escape. */
const MAY_HOLD_TAG_OR_SURROGATE = /[!\p{Cs}]|\\[uU]/u;
const MAY_HOLD_SURROGATE = /\p{Cs}|\\[uU]/u;

/** How yaml.parseDocument read a spec; undefined when the fast reader read it. */
export interface YamlReading {
  /** The text starts with a `%YAML` directive. */
  directive: boolean;
}

/**
 * Every such problem of a parsed spec, at its position. `yaml` is how yaml read the text, or undefined
 * when the fast reader did: it declines directives, tags and aliases, so its tree holds none of them.
 */
export function yamlRuleProblems(
  file: string,
  text: string,
  contents: SpecNode | null,
  position: Position,
  yaml: YamlReading | undefined,
): Diagnostic[] {
  const at = (offset: number, message: string): Diagnostic => ({
    file,
    ...position(offset),
    message,
  });
  const problems: Diagnostic[] = [];
  const directive = yaml?.directive ? /^%YAML[ \t]+(\S*)/m.exec(text) : null;
  if (directive && directive[1] !== "1.2") {
    problems.push(
      at(
        directive.index,
        `%YAML ${directive[1]}: a spec is read as YAML 1.2 (where 017 is 17 and yes is text); remove the directive`,
      ),
    );
  }
  // A text that cannot hold a node to refuse is not walked (the walk of 10,000 codes takes 15-20 ms; a
  // `!` in a description is common, and only yaml's trees can hold a tag).
  const mayHold = yaml ? MAY_HOLD_TAG_OR_SURROGATE : MAY_HOLD_SURROGATE;
  if (!mayHold.test(text)) return problems;
  // Aliases make yaml's tree a graph: each node is checked once.
  const seen = yaml ? new Set<SpecNode>() : undefined;
  const walk = (node: SpecNode | null): void => {
    if (node === null || seen?.has(node)) return;
    seen?.add(node);
    const tagged = tagOf(node);
    if (tagged !== undefined)
      problems.push(
        at(
          tagged.offset,
          `the YAML tag ${tagged.tag} is not part of the spec format; write the value without it (quote it to make it text)`,
        ),
      );
    switch (node.kind) {
      case "scalar":
        if (typeof node.value === "string")
          loneSurrogate(node.value, node.start);
        return;
      case "seq":
        return node.items.forEach(walk);
      case "map":
        for (const pair of node.pairs) {
          walk(pair.key);
          walk(pair.value);
        }
    }
  };
  walk(contents);
  return problems;

  function loneSurrogate(value: string, start: number): void {
    const lone = /\p{Cs}/u.exec(value);
    if (!lone) return;
    const escaped = `\\u${lone[0].charCodeAt(0).toString(16)}`;
    problems.push(
      at(
        start,
        `the text holds an unpaired surrogate (${escaped}), which no UTF-8 file can hold; write the character itself, or a whole pair like \\ud83d\\ude00`,
      ),
    );
  }

  /** The tag as written before a node, and where. */
  function tagOf(node: SpecNode): { tag: string; offset: number } | undefined {
    if (node.tag === undefined) return undefined;
    const start = node.start;
    const written = /!\S*\s*$/.exec(
      text.slice(Math.max(0, text.lastIndexOf("\n", start - 1) + 1), start),
    );
    return written
      ? { tag: written[0].trim(), offset: start - written[0].length }
      : { tag: node.tag, offset: start };
  }
}

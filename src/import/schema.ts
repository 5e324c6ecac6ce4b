// This project's own <Name>.schema.json back into a spec, read by its `oneOf` entries (const, title,
// description, externalDocs, deprecated), the part of its shape that every version of the output keeps.
import path from "node:path";
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import {
  isShortLabel,
  undocumented,
  type ImportedCode,
  type ImportedSet,
} from "./imported.js";
import type { JsonTree } from "./jsonTree.js";
import { nameFromFile, pascalCase } from "./names.js";

/** Whether a JSON object is a schema of a code set: one that lists its values under oneOf. */
export function isCodeSetSchema(root: Node | null): root is YAMLMap {
  return isMap(root) && isSeq(root.get("oneOf", true));
}

/** The set's name in `title`, its title in `description`, a code per oneOf entry. */
export function readSchema(tree: JsonTree, root: YAMLMap): ImportedSet {
  const title = tree.string(tree.field(root, "title"), '"title"');
  const heading = tree.string(tree.field(root, "description"), '"description"');
  const name = pascalCase(title ?? "");
  const set: ImportedSet = {
    file: tree.file,
    origin: path.basename(tree.file),
    name: /^[A-Z]/.test(name) ? name : nameFromFile(tree.file),
    codes: [],
    ranges: [],
    at: tree.at(tree.field(root, "title") ?? root),
  };
  // Without a title of its own, a spec's schema repeats its name here.
  if (heading !== undefined && heading !== title) {
    if (isShortLabel(heading)) set.title = heading;
    else set.description = heading;
  }
  const entries = tree.field(root, "oneOf");
  if (!isSeq(entries) || entries.items.length === 0)
    throw tree.error(entries ?? root, "oneOf must list the codes");
  (entries.items as Node[]).forEach((entry, index) =>
    set.codes.push(readEntry(tree, entry, `oneOf[${index}]`)),
  );
  return set;
}

function readEntry(tree: JsonTree, entry: Node, what: string): ImportedCode {
  if (!isMap(entry)) throw tree.error(entry, `${what} must be an object`);
  const field = (key: string) => tree.field(entry, key);
  const code = tree.integer(field("const"), `${what}.const`);
  const name = tree.string(field("title"), `${what}.title`);
  if (name === undefined)
    throw tree.error(entry, `${what} has no "title"; it names the code`);
  const imported: ImportedCode = {
    name,
    code,
    description:
      tree.string(field("description"), `${what}.description`) ??
      undocumented(name, tree.file),
    at: tree.at(field("const")),
  };
  const reference = tree.string(
    field("externalDocs.url"),
    `${what}.externalDocs.url`,
  );
  if (reference !== undefined) imported.reference = reference;
  const deprecated = field("deprecated");
  if (isScalar(deprecated) && deprecated.value === true)
    imported.deprecated = true;
  return imported;
}

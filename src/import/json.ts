// JSON sources: an array of code objects (http-status-codes' codes.json as it is, or other fields named by
// options), or this project's own <Name>.schema.json, read by its `oneOf` entries (const, title, description).
import path from "node:path";
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
} from "yaml";
import {
  isShortLabel,
  sourceError,
  START,
  undocumented,
  type ImportedCode,
  type ImportedSet,
  type SourcePosition,
} from "./imported.js";
import { nameFromFile, NameMaker, pascalCase } from "./names.js";

/** Where each datum of a code object is, as dotted paths ("comment.description"). */
export interface JsonFields {
  code: string;
  name: string;
  summary: string;
  description: string;
  reference: string;
  deprecated: string;
}

/** The fields of http-status-codes' codes.json. */
export const CODES_JSON_FIELDS: JsonFields = {
  code: "code",
  name: "constant",
  summary: "phrase",
  description: "comment.description",
  reference: "comment.doc",
  deprecated: "isDeprecated",
};

/** A JSON tree whose nodes know where they stand. */
class JsonTree {
  private readonly lines = new LineCounter();
  readonly root: Node | null;

  constructor(
    readonly file: string,
    text: string,
  ) {
    const syntax = jsonSyntaxError(text);
    // YAML 1.2's JSON schema reads JSON as it is, keeping each node's offset; JSON.parse alone knows no positions.
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
        this.position(offset),
        `not valid JSON: ${syntax.message}`,
      );
    }
    this.root = document.contents;
  }

  position(offset: number): SourcePosition {
    return this.lines.linePos(offset);
  }

  at(node: Node | null | undefined): SourcePosition {
    return this.position(node?.range?.[0] ?? 0);
  }

  error(node: Node | null | undefined, message: string) {
    return sourceError(this.file, this.at(node), message);
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

export function readJson(
  file: string,
  text: string,
  fields: JsonFields,
): ImportedSet {
  const tree = new JsonTree(file, text);
  const root = tree.root;
  if (isSeq(root)) return readRecords(tree, root.items as Node[], fields);
  if (isMap(root) && isSeq(root.get("oneOf", true)))
    return readSchema(tree, root);
  throw tree.error(
    root,
    "expected an array of code objects (like http-status-codes' codes.json) or a JSON Schema whose oneOf lists the codes (like <Name>.schema.json)",
  );
}

/** The node at a dotted path of a JSON object, or undefined when some step is missing. */
function field(object: YAMLMap, dotted: string): Node | undefined {
  let node: Node | undefined = object;
  for (const key of dotted.split(".")) {
    if (!isMap(node)) return undefined;
    node = (node.get(key, true) as Node | undefined) ?? undefined;
  }
  return node;
}

function stringAt(
  tree: JsonTree,
  node: Node | undefined,
  what: string,
): string | undefined {
  if (node === undefined || (isScalar(node) && node.value === null))
    return undefined;
  if (!isScalar(node) || typeof node.value !== "string")
    throw tree.error(node, `${what} must be a string`);
  return node.value.trim() === "" ? undefined : node.value;
}

function integerAt(
  tree: JsonTree,
  node: Node | undefined,
  what: string,
): number {
  if (
    !isScalar(node) ||
    typeof node.value !== "number" ||
    !Number.isSafeInteger(node.value)
  )
    throw tree.error(
      node,
      `${what} must be an integer${isScalar(node) ? `, not ${JSON.stringify(node.value)}` : ""}`,
    );
  return node.value;
}

function readRecords(
  tree: JsonTree,
  items: readonly Node[],
  fields: JsonFields,
): ImportedSet {
  if (items.length === 0)
    throw tree.error(
      tree.root,
      "the array is empty; it needs one object per code",
    );
  const objects = items.map((item, index) => {
    if (!isMap(item))
      throw tree.error(item, `entry ${index + 1} must be an object`);
    return item;
  });
  const names = new NameMaker();
  const given = objects.map((object) =>
    stringAt(tree, field(object, fields.name), `"${fields.name}"`),
  );
  const codes = objects.map((object, index) => {
    const codeNode = field(object, fields.code);
    if (codeNode === undefined)
      throw tree.error(
        object,
        `entry ${index + 1} has no "${fields.code}" field; name the field that holds the number with --code-field`,
      );
    const code = integerAt(tree, codeNode, `"${fields.code}"`);
    if (given[index] !== undefined) names.take(given[index], code);
    return code;
  });
  const set: ImportedSet = {
    file: tree.file,
    origin: path.basename(tree.file),
    name: nameFromFile(tree.file),
    codes: [],
    ranges: [],
    at: START,
  };
  objects.forEach((object, index) =>
    set.codes.push(
      readRecord(tree, object, fields, {
        code: codes[index]!,
        given: given[index],
        names,
      }),
    ),
  );
  return set;
}

function readRecord(
  tree: JsonTree,
  object: YAMLMap,
  fields: JsonFields,
  { code, given, names }: { code: number; given?: string; names: NameMaker },
): ImportedCode {
  const text = (key: keyof JsonFields) =>
    stringAt(tree, field(object, fields[key]), `"${fields[key]}"`);
  const summary = text("summary");
  const made =
    given === undefined ? names.make(summary ?? "", code) : undefined;
  const name = given ?? made?.name;
  if (name === undefined)
    throw tree.error(
      object,
      `code ${code} has no "${fields.name}" to name it (--name-field) and no "${fields.summary}" to make a name from (--summary-field)`,
    );
  const entry: ImportedCode = {
    name,
    code,
    description:
      text("description") ?? summary ?? undocumented(name, tree.file),
    at: tree.at(field(object, fields.code)),
  };
  if (summary !== undefined && isShortLabel(summary)) entry.summary = summary;
  const reference = /https?:\/\/[^\s<>"]+/.exec(text("reference") ?? "")?.[0];
  if (reference !== undefined)
    entry.reference = reference.replace(/[.,;:)\]]+$/, "");
  const deprecated = deprecation(
    tree,
    field(object, fields.deprecated),
    fields.deprecated,
  );
  if (deprecated !== undefined) entry.deprecated = deprecated;
  if (made?.note !== undefined) entry.nameNote = made.note;
  return entry;
}

/** true, or a one-line note saying what to use instead; false and a missing field mean not deprecated. */
function deprecation(
  tree: JsonTree,
  node: Node | undefined,
  what: string,
): true | string | undefined {
  if (node === undefined) return undefined;
  if (isScalar(node) && (node.value === false || node.value === null))
    return undefined;
  if (isScalar(node) && node.value === true) return true;
  if (
    isScalar(node) &&
    typeof node.value === "string" &&
    node.value.trim() !== ""
  )
    return node.value.trim().replace(/\s+/g, " ");
  throw tree.error(
    node,
    `"${what}" must be true, false, or a note saying what to use instead`,
  );
}

/** This project's <Name>.schema.json: the set's name in `title`, its title in `description`, a code per oneOf entry. */
function readSchema(tree: JsonTree, root: YAMLMap): ImportedSet {
  const title = stringAt(tree, field(root, "title"), '"title"');
  const heading = stringAt(tree, field(root, "description"), '"description"');
  const name = pascalCase(title ?? "");
  const set: ImportedSet = {
    file: tree.file,
    origin: path.basename(tree.file),
    name: /^[A-Z]/.test(name) ? name : nameFromFile(tree.file),
    codes: [],
    ranges: [],
    at: tree.at(field(root, "title") ?? root),
  };
  if (heading !== undefined && heading !== title) {
    if (isShortLabel(heading)) set.title = heading;
    else set.description = heading;
  }
  const entries = field(root, "oneOf");
  if (!isSeq(entries) || entries.items.length === 0)
    throw tree.error(entries ?? root, "oneOf must list the codes");
  for (const [index, entry] of (entries.items as Node[]).entries()) {
    if (!isMap(entry))
      throw tree.error(entry as Node, `oneOf[${index}] must be an object`);
    const code = integerAt(
      tree,
      field(entry, "const"),
      `oneOf[${index}].const`,
    );
    const codeName = stringAt(
      tree,
      field(entry, "title"),
      `oneOf[${index}].title`,
    );
    if (codeName === undefined)
      throw tree.error(
        entry,
        `oneOf[${index}] has no "title"; it names the code`,
      );
    const imported: ImportedCode = {
      name: codeName,
      code,
      description:
        stringAt(
          tree,
          field(entry, "description"),
          `oneOf[${index}].description`,
        ) ?? undocumented(codeName, tree.file),
      at: tree.at(field(entry, "const")),
    };
    const reference = stringAt(
      tree,
      field(entry, "externalDocs.url"),
      `oneOf[${index}].externalDocs.url`,
    );
    if (reference !== undefined) imported.reference = reference;
    const deprecated = field(entry, "deprecated");
    if (isScalar(deprecated) && deprecated.value === true)
      imported.deprecated = true;
    set.codes.push(imported);
  }
  return set;
}

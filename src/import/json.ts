// JSON sources: an array of code objects (http-status-codes' codes.json as it is, or other fields named by
// options), or this project's own <Name>.schema.json or <Name>.openapi.json (schema.ts).
import path from "node:path";
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import {
  isShortLabel,
  START,
  undocumented,
  type ImportedCode,
  type ImportedSet,
} from "./imported.js";
import { JsonTree } from "./jsonTree.js";
import { nameFromFile, NameMaker } from "./names.js";
import { isCodeSetSchema, readSchema } from "./schema.js";

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

export function readJson(
  file: string,
  text: string,
  fields: JsonFields,
): ImportedSet {
  const tree = new JsonTree(file, text);
  const root = tree.root;
  if (isSeq(root)) return readRecords(tree, root.items as Node[], fields);
  if (isCodeSetSchema(root)) return readSchema(tree, root);
  const component = openApiCodeSet(root);
  if (component !== undefined) return readSchema(tree, component);
  throw tree.error(
    root,
    "expected an array of code objects (like http-status-codes' codes.json), a JSON Schema whose oneOf lists the codes (like <Name>.schema.json) or an OpenAPI document holding one in components.schemas (like <Name>.openapi.json)",
  );
}

/** The first schema of an OpenAPI document's components.schemas that lists codes under oneOf (<Name>.openapi.json holds one, with each code's externalDocs). */
function openApiCodeSet(root: Node | null): YAMLMap | undefined {
  if (!isMap(root) || !root.has("openapi")) return undefined;
  const schemas = root.getIn(["components", "schemas"], true);
  if (!isMap(schemas)) return undefined;
  return schemas.items
    .map((pair) => pair.value as Node | null)
    .find((schema): schema is YAMLMap => isCodeSetSchema(schema));
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
    tree.string(tree.field(object, fields.name), `"${fields.name}"`),
  );
  const codes = objects.map((object, index) => {
    const codeNode = tree.field(object, fields.code);
    if (codeNode === undefined)
      throw tree.error(
        object,
        `entry ${index + 1} has no "${fields.code}" field; name the field that holds the number with --code-field`,
      );
    const code = tree.integer(codeNode, `"${fields.code}"`);
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
    tree.string(tree.field(object, fields[key]), `"${fields[key]}"`);
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
    at: tree.at(tree.field(object, fields.code)),
  };
  if (summary !== undefined && isShortLabel(summary)) entry.summary = summary;
  const reference = /https?:\/\/[^\s<>"]+/.exec(text("reference") ?? "")?.[0];
  if (reference !== undefined)
    entry.reference = reference.replace(/[.,;:)\]]+$/, "");
  const deprecated = deprecation(
    tree,
    tree.field(object, fields.deprecated),
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

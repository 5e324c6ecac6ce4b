// The per-code blocks of the TypeScript and JavaScript outputs (the enum's members, the entries), one typed
// function each: a 10,000-code spec makes them most of each file. index.js, index.cjs and the source hold the
// same entries and data rows, and index.d.ts and index.d.cts the same members: each block is built once per
// list of codes.
import type { CodeModel } from "../../model/buildModel.js";
import { jsdoc } from "../helpers/typescript.js";
import { tsNumberKey, tsProperty, tsRows } from "../layout.js";
import { joinedInChunks } from "../joinedInChunks.js";

/** Which text a member's JSDoc shows: the description (sources), or the hover text (`.d.ts`: the summary if any). */
export type MemberDoc = "description" | "hover";

/** How a member is declared: `Name: 1000,` in an object, `readonly Name: 1000;` in a type, `Name = 1000,` in an enum. */
export type MemberForm = "property" | "readonly" | "enumMember";

const MEMBER_FORMS: Record<MemberForm, (code: CodeModel) => string> = {
  property: (code) => `  ${code.name}: ${code.code},`,
  readonly: (code) => `  readonly ${code.name}: ${code.code};`,
  enumMember: (code) => `  ${code.name} = ${code.code},`,
};

const built = new WeakMap<readonly CodeModel[], Map<string, string>>();

/** A block of `codes`, built once by `build` under `key` (index.js and index.cjs share it). */
function once(
  codes: readonly CodeModel[],
  key: string,
  build: () => string,
): string {
  let blocks = built.get(codes);
  if (blocks === undefined) built.set(codes, (blocks = new Map()));
  let block = blocks.get(key);
  if (block === undefined) blocks.set(key, (block = build()));
  return block;
}

/** A code's JSDoc at `indent`: its description or hover text, its reference as `@see`, its deprecation. */
export function codeJsdoc(
  code: CodeModel,
  doc: MemberDoc,
  indent: string,
): string {
  return jsdoc(doc === "hover" ? code.hover : code.description, indent, {
    see: code.reference,
    deprecated: code.deprecated,
  });
}

/** Each code as a member of the enum (or its object or type), under its JSDoc; lines without the last newline. */
export function tsDocumentedMembers(
  codes: readonly CodeModel[],
  doc: MemberDoc,
  form: MemberForm,
): string {
  const member = MEMBER_FORMS[form];
  return once(codes, `members ${doc} ${form}`, () =>
    joinedInChunks(
      codes,
      "\n",
      (code) => `${codeJsdoc(code, doc, "  ")}\n${member(code)}`,
    ),
  );
}

/** The enum's object in JavaScript: `Name: 1000,` for each code, and `1000: "Name",` after it for a reverse mapping. */
export function tsEnumObjectMembers(
  codes: readonly CodeModel[],
  reverseMapping: boolean,
): string {
  return once(codes, `object ${reverseMapping}`, () =>
    joinedInChunks(codes, "\n", (code) => {
      const member = tsProperty(code.name, code.code, 1);
      return reverseMapping
        ? `${member}\n${tsProperty(tsNumberKey(code.code), code.name, 1)}`
        : member;
    }),
  );
}

/** The lookup data's rows, `[code, "Name", mask],` for each code, after `prefix` and before `suffix`, as tsRows lays them out. */
export function tsCodeRows(
  codes: readonly CodeModel[],
  prefix: string,
  suffix: string,
): string {
  return once(codes, `rows ${prefix} ${suffix}`, () =>
    tsRows(
      prefix,
      codes.map((code) => [code.code, code.name, code.mask]),
      suffix,
    ),
  );
}

/** The entries' texts: each code's number, summary, description, reference and deprecation as an object literal. */
export function tsEntries(codes: readonly CodeModel[]): string {
  return once(codes, "entries", () =>
    joinedInChunks(codes, "\n", (code) => {
      let entry = `  {\n    code: ${code.code},\n`;
      if (code.summary) entry += `${tsProperty("summary", code.summary, 2)}\n`;
      entry += `${tsProperty("description", code.description, 2)}\n`;
      if (code.reference)
        entry += `${tsProperty("reference", code.reference, 2)}\n`;
      if (code.deprecated)
        entry += `${tsProperty("deprecated", code.deprecated, 2)}\n`;
      return `${entry}  },`;
    }),
  );
}

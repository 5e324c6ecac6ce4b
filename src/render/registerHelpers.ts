// The Handlebars helpers every template may call: each one hands its arguments to one tested function of helpers/, blocks/ or layout.ts.
import type Handlebars from "handlebars";
import type { CodeModel, FlagModel, Model } from "../model/buildModel.js";
import { jsonCodeSchemas } from "./blocks/jsonBlocks.js";
import {
  markdownCodeSections,
  markdownCodeTable,
  markdownFlagLinks,
} from "./blocks/markdownBlocks.js";
import {
  codeJsdoc,
  tsCodeRows,
  tsDocumentedMembers,
  tsEntries,
  tsEnumObjectMembers,
  type MemberDoc,
  type MemberForm,
} from "./blocks/typescriptBlocks.js";
import {
  csDocElement,
  csTypeDoc,
  csFlagMember,
  csIdentifier,
  csLiteral,
  csObsolete,
} from "./helpers/csharp.js";
import {
  goBlock,
  goComment,
  goDeprecated,
  goExported,
  goFlagConstant,
  goKeyed,
  goString,
} from "./helpers/go.js";
import { htmlAnchor } from "./helpers/html.js";
import { jsonValue } from "./helpers/json.js";
import {
  markdownCell,
  markdownCellUrl,
  markdownDefinition,
  markdownListItem,
  markdownText,
  markdownUrl,
  markdownWithLead,
} from "./helpers/markdown.js";
import { numberSpaceSvg } from "./numberSpace.js";
import {
  pyDocstring,
  pyFlagType,
  pyFrozenset,
  pyLiteral,
  pyMember,
  pyString,
} from "./helpers/python.js";
import { spelled } from "./helpers/text.js";
import { jsdoc, jsdocLines, tsString } from "./helpers/typescript.js";
import {
  jsonArrayMember,
  markdownTable,
  tsBracedList,
  tsList,
  tsNumberKey,
  tsProperty,
  tsRows,
  tsTypeAlias,
} from "./layout.js";
import { runtimeText } from "./runtime.js";

/** Handlebars passes its options object last: the helper's own arguments are the rest. */
function argumentsOf(args: readonly unknown[]): unknown[] {
  return args.slice(0, -1);
}

export function registerHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper({
    tsString: (text: string) => tsString(text),
    tsProperty: (key: string, value: unknown, level: number) =>
      tsProperty(key, value, level),
    tsTypeAlias: (name: string, type: string, keyword: unknown) =>
      typeof keyword === "string"
        ? tsTypeAlias(name, type, keyword)
        : tsTypeAlias(name, type),
    tsList: (prefix: string, items: string[], suffix: string) =>
      tsList(prefix, items, suffix),
    tsKey: (value: number) => tsNumberKey(value),
    runtime: (file: string) => runtimeText(file),
    tsRows: (
      prefix: string,
      items: Record<string, unknown>[],
      ...args: unknown[]
    ) => {
      const fields = args.slice(0, -2) as string[];
      return tsRows(
        prefix,
        items.map((item) => fields.map((field) => item[field])),
        args.at(-2) as string,
      );
    },
    tsBracedList: (prefix: string, ...args: unknown[]) =>
      tsBracedList(
        prefix,
        args.slice(0, -2) as string[],
        args.at(-2) as string,
      ),
    jsdoc: (text: string, indent: unknown) =>
      jsdoc(text, typeof indent === "string" ? indent : ""),
    headerDoc: (model: Model, ...args: unknown[]) =>
      jsdoc(
        [model.title, model.description, ...argumentsOf(args)]
          .map((part) => (typeof part === "string" ? part.trim() : ""))
          .filter(Boolean)
          .join("\n\n"),
        "",
        { see: model.reference },
      ),
    memberDoc: (code: CodeModel, indent: string) =>
      codeJsdoc(code, "description", indent),
    hoverDoc: (code: CodeModel, indent: string) =>
      codeJsdoc(code, "hover", indent),
    jsdocLines: (text: string) => jsdocLines(text),
    json: (value: unknown) => jsonValue(value),
    jsonArray: (key: string, items: (string | number)[], level: number) =>
      jsonArrayMember(key, items, level),
    mdText: (text: string) => markdownText(text),
    mdDefinition: (text: string) => markdownDefinition(text),
    // Null-safe, as Handlebars evaluates every argument of `when`, also the one it then drops.
    mdCell: (text: string | undefined) =>
      text == null ? "" : markdownCell(text),
    mdUrl: (url: string | undefined) => (url == null ? "" : markdownUrl(url)),
    mdCellUrl: (url: string) => markdownCellUrl(url),
    mdTable(this: unknown, ...args: unknown[]) {
      const options = args.pop() as Handlebars.HelperOptions;
      return markdownTable(args as string[], options.fn(this));
    },
    concat: (...args: unknown[]) => argumentsOf(args).join(""),
    when: (condition: unknown, value: unknown) => (condition ? value : ""),
    join: (separator: string, ...args: unknown[]) =>
      argumentsOf(args)
        .filter((part) => part !== "" && part != null)
        .join(separator),
    mdFlagLinks: (flags: string[]) => markdownFlagLinks(flags),
    mdWithLead: (text: string, ...lead: unknown[]) =>
      markdownWithLead(
        argumentsOf(lead).filter(
          (line): line is string => typeof line === "string",
        ),
        text,
      ),
    mdListItem: (lead: string, text: string) => markdownListItem(lead, text),
    htmlAnchor: (id: string) => htmlAnchor(id),
    // The per-code blocks (blocks/): one call a list of codes, not a Handlebars loop.
    mdCodeTable: (codes: CodeModel[]) => markdownCodeTable(codes),
    mdCodeSections: (model: Model) => markdownCodeSections(model),
    jsonCodeSchemas: (
      codes: CodeModel[],
      level: number,
      externalDocs: boolean,
    ) => jsonCodeSchemas(codes, level, { externalDocs }),
    tsMembers: (codes: CodeModel[], doc: MemberDoc, form: MemberForm) =>
      tsDocumentedMembers(codes, doc, form),
    tsEnumObjectMembers: (codes: CodeModel[], reverseMapping: boolean) =>
      tsEnumObjectMembers(codes, reverseMapping),
    tsEntries: (codes: CodeModel[]) => tsEntries(codes),
    tsCodeRows: (codes: CodeModel[], prefix: string, suffix: string) =>
      tsCodeRows(codes, prefix, suffix),
    numberSpaceSvg: (model: Model) => numberSpaceSvg(model),
    pyName: (name: string) => spelled(pyMember(name)),
    pyLiteral: (value: unknown) => pyLiteral(value),
    pyFlagType: (flags: FlagModel[]) =>
      pyFlagType(flags.map(({ name }) => name)),
    pyString: (text: string) => pyString(text),
    pyFrozenset: (items: string[]) => pyFrozenset(items),
    pyDocstring: (indent: string, ...parts: unknown[]) =>
      pyDocstring(
        argumentsOf(parts).filter(
          (part): part is string =>
            typeof part === "string" && part.trim() !== "",
        ),
        indent,
      ),
    // Null-safe like mdCell: a title or description the spec leaves out prints nothing.
    csDoc: (tag: string, text: string | undefined, indent: string) =>
      text == null || text.trim() === "" ? "" : csDocElement(tag, text, indent),
    csTypeDoc: (summary: string, remarks: string | undefined, indent: string) =>
      csTypeDoc(summary, remarks, indent),
    csName: (name: string) => csIdentifier(name),
    csFlag: (flag: string) => spelled(csFlagMember(flag)),
    csLiteral: (value: unknown) => csLiteral(value),
    csObsolete: (code: CodeModel) => csObsolete(code.deprecatedNote),
    goName: (name: string) => spelled(goExported(name)),
    goFlag: (flag: string) => goFlagConstant(flag),
    goBool: (value: unknown) => (value ? "true" : "false"),
    // An absent text (summary, reference, note) is Go's zero value, the empty string.
    goString: (text: string | undefined) => goString(text ?? ""),
    // Go indents with tabs: the level is how many.
    goComment: (text: string, level: number) =>
      goComment(text, "\t".repeat(level)),
    goCodeDoc: (code: CodeModel, level: number) =>
      goComment(
        goDeprecated(code.description, code.deprecated),
        "\t".repeat(level),
      ),
    // A keyed composite literal on one line: name, value, name, value...
    goKeyed: (...args: unknown[]) => goKeyed(argumentsOf(args).map(String)),
    goBlock(
      this: unknown,
      open: string,
      close: string,
      options: Handlebars.HelperOptions,
    ) {
      return goBlock(open, close, options.fn(this));
    },
  });
}

// Every key of the spec format, in one table per mapping: the single statement of the format from
// which the validator reads specs and spec/spec.schema.json and spec/README.md's key tables are made.
// Each key's `example` is a valid value, different from the default, in the small spec of
// test/unit/spec-keys.test.ts (one flag `retryable`, one range 100..199 holding one code 150),
// which checks that every key reaches at least one output.
import {
  FORBIDDEN_CODE_NAMES,
  IDENTIFIER,
  NPM_NAME,
  PAGE_ANCHORS,
  PASCAL_CASE,
  SEMVER,
} from "./names.js";
import {
  CS_KEYWORDS,
  CS_NAMESPACE,
  csNamespaceProblem,
} from "../render/helpers/csharp.js";
import {
  GO_KEYWORDS,
  GO_PACKAGE,
  goPackageProblem,
} from "../render/helpers/go.js";
import { isMap, isScalar, valueAt, type SpecNode } from "./nodes.js";
import { listOf, mapping } from "./table.js";
import { TARGETS } from "./types.js";
import {
  anyMapping,
  boolean,
  choice,
  choiceList,
  deprecation,
  flagList,
  flagVocabulary,
  folder,
  integer,
  languageName,
  markdown,
  named,
  outputMap,
  summary,
  text,
  textList,
  url,
  type ValueType,
} from "./valueTypes.js";

export const DEFAULT_BOUNDS = { min: 0, max: 65535 } as const;
/** Flags are bits of a 31-bit mask in the generated lookups. */
export const MAX_FLAGS = 30;

export const PACKAGE = mapping(
  {
    name: {
      type: named(
        NPM_NAME,
        "a valid npm package name (lower case, like websocket-status-codes)",
        "npm package name",
        ["websocket-status-codes"],
      ),
      required: true,
      doc: "npm package name, lower case, optionally scoped (`@scope/name`). The default output folder is generated/<package.name>.",
      example: "other-package",
    },
    version: {
      type: named(SEMVER, "a semver version like 1.0.0", "semantic version", [
        "1.0.0",
      ]),
      required: true,
      doc: "Semantic version of the package, like 1.0.0.",
      example: "2.3.4",
    },
    description: {
      type: text,
      doc: "Description in package.json and the README's first line. Defaults to title.",
      example: "Another description.",
    },
    keywords: {
      type: textList,
      doc: "Keywords in package.json.",
      example: ["other"],
    },
    license: {
      type: text,
      doc: "SPDX license identifier in package.json, like MIT.",
      example: "Apache-2.0",
    },
  },
  {
    doc: "The npm package made from this spec. Without it the package is named after `name` in kebab-case, at version 0.0.0.",
  },
);

export const DOCS = mapping(
  {
    values: {
      type: boolean,
      doc: "Show each code's number on the doc page. false, with no flags, ranges, summaries, references or deprecations, gives the seed page's layout: names and descriptions only.",
      shownDefault: "`true`",
      default: true,
      example: false,
    },
  },
  { doc: "Options of the doc page." },
);

export const BOUNDS = mapping(
  {
    min: {
      type: integer,
      required: true,
      doc: "Smallest allowed number.",
      default: DEFAULT_BOUNDS.min,
      example: -5,
    },
    max: {
      type: integer,
      required: true,
      doc: "Largest allowed number; not below min.",
      default: DEFAULT_BOUNDS.max,
      example: 70000,
    },
  },
  {
    doc: "Inclusive range every code and range must lie in. Declare it for numbers outside 0..65535, such as JSON-RPC's negative error codes.",
  },
);

export const TYPESCRIPT = mapping(
  {
    enumStyle: {
      type: choice(["enum", "const"] as const, {
        "const enum":
          "a published `const enum` breaks consumers that use isolatedModules",
      }),
      doc: "`enum` emits `export enum <name>`; `const` emits `export const <name> = { ... } as const` plus a type of the same name, for `erasableSyntaxOnly`. Never `const enum`: a published one breaks isolatedModules consumers.",
      shownDefault: "`enum`",
      default: "enum",
      example: "const",
    },
  },
  { doc: "Options of the TypeScript output." },
);

/** The namespace of the C# output when the spec does not name one. */
export const DEFAULT_CSHARP_NAMESPACE = "Codeset";

export const CSHARP = mapping(
  {
    namespace: {
      type: languageName(
        {
          pattern: CS_NAMESPACE.source,
          not: { pattern: `(^|\\.)(${[...CS_KEYWORDS].join("|")})(\\.|$)` },
          examples: ["Company.Protocol"],
        },
        "C# namespace",
        csNamespaceProblem,
      ),
      doc: "The namespace of the enum, its flags and its lookups: identifiers joined by dots, none a C# keyword, like Company.Protocol.",
      shownDefault: `\`${DEFAULT_CSHARP_NAMESPACE}\``,
      default: DEFAULT_CSHARP_NAMESPACE,
      example: "Other.Space",
    },
  },
  { doc: "Options of the C# output (targets: csharp)." },
);

export const GO = mapping(
  {
    package: {
      type: languageName(
        {
          pattern: GO_PACKAGE.source,
          not: { enum: [...GO_KEYWORDS] },
          examples: ["closecodes"],
        },
        "Go package name",
        goPackageProblem,
      ),
      doc: "The Go package name: lower-case letters and digits, not a Go keyword, like closecodes.",
      shownDefault: "the spec's `name` in lower case",
      example: "otherpackage",
    },
  },
  { doc: "Options of the Go output (targets: go)." },
);

export const RANGE = mapping(
  {
    from: {
      type: integer,
      required: true,
      doc: "First number of the range.",
      example: 110,
    },
    to: {
      type: integer,
      required: true,
      doc: "Last number of the range; not below from.",
      example: 190,
    },
    description: {
      type: text,
      required: true,
      doc: "What the numbers of this range are for, plain text.",
      example: "Another range.",
    },
    flags: {
      type: flagList,
      doc: "Flags of every number in the range that no code defines.",
      example: ["retryable"],
    },
  },
  { doc: "An inclusive block of numbers.", defName: "range" },
);

export const OTHERWISE = mapping(
  {
    flags: {
      type: flagList,
      required: true,
      doc: "Declared flags that every such value has.",
      example: ["retryable"],
    },
  },
  {
    doc: "The flags of every value that no code defines and no range holds: other numbers, fractions, NaN, ±Infinity, and values that are not numbers at all. flagsOf() and hasFlag() answer with them, so a guard such as !hasFlag(value, 'reserved') is false for each of them.",
  },
);

/** A code's name: an identifier, without the names the doc page or the enum cannot carry. */
const codeName: ValueType<string> = {
  ...named(
    IDENTIFIER,
    "a valid TypeScript identifier (letters, digits, _ or $; not starting with a digit)",
    "identifier",
    [],
  ),
  schema: {
    type: "string",
    // No `$`: the doc page's heading anchors drop it (a rule of rules.ts, with its own message).
    pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
    not: {
      pattern: `^(${[...FORBIDDEN_CODE_NAMES, ...[...PAGE_ANCHORS].map(anyCase)].join("|")})$`,
    },
  },
};

/** `flags` -> `[Ff][Ll][Aa][Gg][Ss]`: a JSON Schema pattern matching the word in any case. */
function anyCase(word: string): string {
  return [...word]
    .map((ch) => `[${ch.toUpperCase()}${ch.toLowerCase()}]`)
    .join("");
}

export const CODE = mapping(
  {
    name: {
      type: codeName,
      required: true,
      label: "code name",
      doc: "Name of the enum member: a TypeScript identifier without '$' (the doc page's heading anchors drop it), PascalCase by convention (e.g. NormalClosure). Not __proto__, NaN, Infinity, nor fields, flags or ranges in any case (the page's own section anchors), nor the spec's own name in any case (the page title's anchor). Unique, also ignoring case (doc anchors are lower case).",
      example: "RenamedCode",
    },
    code: {
      type: integer,
      required: true,
      doc: "The number, an integer within bounds (0..65535 unless bounds says otherwise), unique.",
      example: 4321,
    },
    summary: {
      type: summary,
      doc: "A short label, one line of at most 80 characters, like the IANA registry's Meaning (\"Normal Closure\") or HTTP's reason phrase: what the package's types show on hover (else the whole description), the doc page beside the code's number, and describe().summary.",
      example: "Another label",
    },
    description: {
      type: text,
      required: true,
      doc: "What the code means, plain text: it appears verbatim in JSDoc, describe(), the JSON Schema and the doc page, whatever characters it holds. Newlines are kept; blank lines separate paragraphs.",
      example: "Another description.",
    },
    flags: {
      type: flagList,
      doc: "The code's own flags; they replace those of the range holding it.",
      example: ["retryable"],
    },
    reference: {
      type: url,
      doc: "http(s) URL of the code's definition (RFC section, registry entry, mailing-list post); JSDoc @see, OpenAPI externalDocs and a link on the page.",
      example: "https://example.com/another",
    },
    deprecated: {
      type: deprecation,
      doc: "true, or a one-line note saying what to use instead; false is the same as leaving it out. Emitted as JSDoc @deprecated, `deprecated: true` in the JSON Schema and a note on the page. YAML 1.1 words such as yes or no are refused.",
      example: "Use another code.",
    },
  },
  {
    doc: "One code.",
    defName: "code",
    label: (parent, key) => `${parent}: ${key}`,
  },
);

/** How messages name a code: by its name when it has one, else by its position in the list. */
function codeLabel(_check: unknown, item: SpecNode, index: number): string {
  const name = isMap(item) ? valueAt(item, "name") : undefined;
  return isScalar(name) &&
    typeof name.value === "string" &&
    name.value.trim() !== ""
    ? `code '${name.value}'`
    : `codes[${index}]`;
}

export const SPEC = mapping(
  {
    name: {
      type: named(
        PASCAL_CASE,
        "PascalCase (like WebSocketStatusCodes)",
        "PascalCase name",
        ["WebSocketStatusCodes"],
      ),
      required: true,
      doc: "PascalCase name of the code set. It names the enum, the generated files (src/<name>.ts, <name>.schema.json, docs/<name>.md) and the page's title.",
      example: "OtherCodes",
    },
    title: {
      type: text,
      doc: "Human title of the code set, plain text. Used as the enum's JSDoc, the JSON Schema's description and the package description when package.description is absent. Defaults to name.",
      shownDefault: "`name`",
      example: "Another title",
    },
    reference: {
      type: url,
      doc: "http(s) URL of the document that defines the code set; shown under the page's title.",
      example: "https://example.com/codes",
    },
    description: {
      type: markdown,
      doc: "Markdown introduction to the code set, shown on the doc page and in the package README. Unlike the descriptions of codes, this text is Markdown and is not escaped.",
      example: "Another *introduction*.",
    },
    frontMatter: {
      type: anyMapping("front matter keys"),
      doc: "YAML front matter of the doc page (for mkdocs-material, e.g. `comments: true`), written between `---` lines at its top. Any mapping.",
      example: { hide: ["toc"] },
    },
    package: {
      type: PACKAGE,
      doc: PACKAGE.definition.description as string,
      shownDefault: "kebab-case `name`, version 0.0.0",
      example: { name: "other-package", version: "2.0.0" },
    },
    docs: {
      type: DOCS,
      doc: DOCS.definition.description as string,
      shownDefault: "`{ values: true }`",
      example: { values: false },
    },
    bounds: {
      type: BOUNDS,
      doc: BOUNDS.definition.description as string,
      shownDefault: "`{ min: 0, max: 65535 }`",
      default: { ...DEFAULT_BOUNDS },
      example: { min: -5, max: 70000 },
    },
    flags: {
      type: flagVocabulary(MAX_FLAGS),
      doc: `The flag vocabulary: each key is a flag name (camelCase), each value says what the flag means. Codes and ranges may only use flags declared here; the generated hasFlag(code, flag) answers from them. At most ${MAX_FLAGS}.`,
      shownDefault: "no flags",
      example: { other: "Another flag." },
    },
    ranges: {
      type: listOf(RANGE),
      doc: "Blocks of numbers with a meaning of their own, in ascending order, not overlapping, each inside bounds. A number that no code defines takes the flags of the range holding it.",
      shownDefault: "no ranges",
      example: [{ from: 10, to: 20, description: "Another range." }],
    },
    otherwise: {
      type: OTHERWISE,
      doc: OTHERWISE.definition.description as string,
      shownDefault: "no flags",
      example: { flags: ["retryable"] },
    },
    codes: {
      type: listOf(CODE, {
        itemLabel: codeLabel,
        minItems: { count: 1, empty: "at least one code" },
      }),
      required: true,
      doc: "The codes, in the order every output lists them. Numbers and names must be unique; names also ignoring case, since doc anchors are lower case.",
      example: [{ name: "OnlyCode", code: 7, description: "The only code." }],
    },
    typescript: {
      type: TYPESCRIPT,
      doc: TYPESCRIPT.definition.description as string,
      shownDefault: "`{ enumStyle: enum }`",
      example: { enumStyle: "const" },
    },
    targets: {
      type: choiceList(TARGETS, "target"),
      doc: "The languages to generate for, each once: typescript (the npm package with its JSON Schema and doc page), csharp (csharp/<name>.cs), python (python/<name in snake_case>.py), go (go/<name in lower case>.go).",
      shownDefault: "`[typescript]`",
      default: ["typescript"],
      example: ["typescript", "csharp"],
    },
    csharp: {
      type: CSHARP,
      doc: CSHARP.definition.description as string,
      shownDefault: "`{ namespace: Codeset }`",
      example: { namespace: "Other.Space" },
    },
    go: {
      type: GO,
      doc: GO.definition.description as string,
      shownDefault: "`{ package: <name in lower case> }`",
      example: { package: "otherpackage" },
    },
    outputs: {
      type: outputMap,
      doc: "Outputs placed in your own project instead of a package folder: each key a template's output path (as under templates/outputs, like src/[name].ts or docs/[name].md), each value where that file goes, a path from the project root (the nearest folder with a package.json). Only these files are written, each at its path; gen --check covers them; a file there that the generator did not write is never replaced.",
      shownDefault: "every output, in generated/<package.name>",
      example: { "src/[name].ts": "src/reachCodes.ts" },
    },
    templates: {
      type: folder,
      doc: "Folder of template overrides, relative to the spec, laid out like templates/ (outputs/ and partials/); a file there replaces the built-in one of the same path.",
      shownDefault: "the built-in templates",
      example: "templates",
    },
  },
  {
    doc: "One set of status codes: the single source of truth from which `npm run gen` generates a TypeScript enum with helpers, a JSON Schema, a Markdown doc page and an npm package.",
    label: (_parent, key) => key,
  },
);

/** Every mapping of the format by the name tests and docs give it. */
export const MAPPINGS = {
  spec: SPEC,
  package: PACKAGE,
  docs: DOCS,
  bounds: BOUNDS,
  typescript: TYPESCRIPT,
  csharp: CSHARP,
  go: GO,
  range: RANGE,
  otherwise: OTHERWISE,
  code: CODE,
} as const;

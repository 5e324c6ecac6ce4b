// The types of values a spec holds. Each type reads a YAML node (reporting what is wrong, with its
// position) and describes itself as JSON Schema and in words, so the validator, spec.schema.json
// and spec/README.md cannot disagree about it.
import { describeValue, type Checker } from "./checker.js";
import { didYouMean } from "./diagnostics.js";
import { FLAG_NAME, URL_PATTERN } from "./names.js";
import { isMap, isScalar, toPlain, type SpecNode } from "./nodes.js";

export type JsonSchema = Record<string, unknown>;

export interface ValueType<T> {
  /** The value's JSON Schema, for spec/spec.schema.json. */
  readonly schema: JsonSchema;
  /** How spec/README.md names the type. */
  readonly shown: string;
  /** The value, or undefined after reporting why it cannot be one. `what` names it in messages. */
  read(check: Checker, node: SpecNode | null, what: string): T | undefined;
}

/** A value and where it stands, for the rules that compare values with each other. */
export interface Placed<T> {
  value: T;
  node: SpecNode;
}

/** Text with at least one character that is not white space. */
export const text: ValueType<string> = {
  schema: { $ref: "#/$defs/text" },
  shown: "text",
  read: (check, node, what) => check.string(node, what),
};

/** The one text of a spec that is Markdown, not escaped. */
export const markdown: ValueType<string> = { ...text, shown: "Markdown" };

/** A path, relative to the spec. */
export const folder: ValueType<string> = { ...text, shown: "folder path" };

export const url: ValueType<string> = {
  schema: { $ref: "#/$defs/url" },
  shown: "http(s) URL",
  read: (check, node, what) =>
    check.matching(node, what, URL_PATTERN, "an http(s) URL"),
};

/** A string matching `pattern`; `expected` says what that means in a message. */
export function named(
  pattern: RegExp,
  expected: string,
  shown: string,
  examples: string[],
): ValueType<string> {
  return {
    schema: { type: "string", pattern: pattern.source, examples },
    shown,
    read: (check, node, what) => check.matching(node, what, pattern, expected),
  };
}

export const integer: ValueType<number> = {
  schema: { type: "integer" },
  shown: "integer",
  read: (check, node, what) => check.integer(node, what),
};

export const boolean: ValueType<boolean> = {
  schema: { type: "boolean" },
  shown: "boolean",
  read: (check, node, what) => check.boolean(node, what),
};

/** One of `values`; `refused` are values people try, each with why it is not offered. */
export function choice<T extends string>(
  values: readonly T[],
  refused: Readonly<Record<string, string>> = {},
): ValueType<T> {
  return {
    schema: { enum: [...values] },
    shown: values.map((value) => `\`${value}\``).join(" or "),
    read(check, node, what) {
      const value = check.string(node, what);
      if (value === undefined) return undefined;
      if ((values as readonly string[]).includes(value)) return value as T;
      const allowed = `allowed: ${values.join(", ")}`;
      if (Object.hasOwn(refused, value))
        return check.report(
          node,
          `${what} '${value}' is not offered: ${refused[value]}; ${allowed}`,
        );
      return check.report(
        node,
        `${what} '${value}' is not allowed; ${allowed}${didYouMean(value, values)}`,
      );
    },
  };
}

/** A list of `values`, each at most once, at least one; `singular` names one in messages (the spec's `targets`). */
export function choiceList<T extends string>(
  values: readonly T[],
  singular: string,
): ValueType<T[]> {
  return {
    schema: {
      type: "array",
      items: { enum: [...values] },
      uniqueItems: true,
      minItems: 1,
    },
    shown: `list of ${values.map((value) => `\`${value}\``).join(", ")}`,
    read(check, node, what) {
      const items = check.list(node, what);
      if (items === undefined) return undefined;
      if (items.length === 0)
        check.report(
          node,
          `${what} must name at least one ${singular}; allowed: ${values.join(", ")}`,
        );
      const chosen: T[] = [];
      for (const item of items) {
        const value = check.string(item, `each entry of ${what}`);
        if (value === undefined) continue;
        if (!(values as readonly string[]).includes(value))
          check.report(
            item,
            `${singular} '${value}' is not offered; allowed: ${values.join(", ")}${didYouMean(value, values)}`,
          );
        else if (chosen.includes(value as T))
          check.report(
            item,
            `${singular} '${value}' is listed twice in ${what}`,
          );
        else chosen.push(value as T);
      }
      return chosen;
    },
  };
}

/**
 * A name in another target language: `problemOf` is that language's rule (why a name cannot be one,
 * with `what` naming it), `schema` the same rule as far as JSON Schema can say it.
 */
export function languageName(
  schema: JsonSchema,
  shown: string,
  problemOf: (name: string, what: string) => string | undefined,
): ValueType<string> {
  return {
    schema: { type: "string", ...schema },
    shown,
    read(check, node, what) {
      const value = check.string(node, what);
      if (value === undefined) return undefined;
      const problem = problemOf(value, what);
      return problem === undefined ? value : check.report(node, problem);
    },
  };
}

export const textList: ValueType<string[]> = {
  schema: { type: "array", items: { $ref: "#/$defs/text" } },
  shown: "list of text",
  read(check, node, what) {
    const items = check.list(node, what);
    return items
      ?.map((item) => check.string(item, `each entry of ${what}`))
      .filter((s): s is string => s !== undefined);
  },
};

/** Any mapping, kept as plain data (the doc page's front matter). `meaning` completes "must be a mapping of ...". */
export function anyMapping(
  meaning: string,
): ValueType<Record<string, unknown>> {
  return {
    schema: { type: "object" },
    shown: "mapping",
    read(check, node, what) {
      if (!isMap(node))
        return check.report(
          node,
          `${what} must be a mapping of ${meaning}${describeValue(node)}`,
        );
      // Aliases are bounded once for the whole spec when it is loaded (MAX_ALIAS_EXPANSION), not again here.
      return toPlain(node) as Record<string, unknown>;
    },
  };
}

/** Names of declared flags; whether each is declared is a rule of its own (see rules.ts). */
export const flagList: ValueType<Placed<string>[]> = {
  schema: { $ref: "#/$defs/flagList" },
  shown: "list of flag names",
  read(check, node, what) {
    const items = check.list(node, what);
    if (items === undefined) return undefined;
    return items.flatMap((item) => {
      const flag = check.string(item, `each flag of ${what}`);
      return flag === undefined ? [] : [{ value: flag, node: item }];
    });
  },
};

/** The flag vocabulary: flag name -> what it means, in spec order; at most `max` flags (a rule of rules.ts). */
export function flagVocabulary(
  max: number,
): ValueType<{ name: Placed<string>; description: string | undefined }[]> {
  return {
    schema: {
      type: "object",
      maxProperties: max,
      propertyNames: { pattern: FLAG_NAME.source },
      additionalProperties: {
        description: "What the flag means, plain text.",
        $ref: "#/$defs/text",
      },
      examples: [
        {
          reserved:
            "MUST NOT be set as a status code in a Close frame by an endpoint.",
        },
      ],
    },
    shown: "mapping name -> text",
    read(check, node, what) {
      if (!isMap(node))
        return check.report(
          node,
          `${what} must be a mapping of flag name to its meaning${describeValue(node)}`,
        );
      return node.pairs.flatMap(({ key, value }) => {
        const name = check.matching(
          key,
          "flag name",
          FLAG_NAME,
          "camelCase (like reserved or browserRejected)",
        );
        const description = check.string(
          value,
          `the meaning of flag ${flagLabel(name, key)}`,
        );
        return name === undefined
          ? []
          : [{ name: { value: name, node: key! }, description }];
      });
    },
  };
}

/** How a message names a flag whose name may be invalid: `'reserved'`, or the key as written. */
function flagLabel(name: string | undefined, key: SpecNode | null): string {
  if (name !== undefined) return `'${name}'`;
  return isScalar(key)
    ? `'${String(key.value)}'`
    : "(a key that is not a name)";
}

/** Words YAML 1.1 read as booleans; YAML 1.2 (and this parser) reads them as strings. */
export const YAML11_BOOLEANS =
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** `true`, or a one-line note saying what to use instead; `false` is the same as no deprecation. */
export const deprecation: ValueType<true | string | false> = {
  schema: {
    anyOf: [
      { type: "boolean" },
      {
        type: "string",
        pattern: "^[^\\r\\n]*\\S[^\\r\\n]*$",
        not: { pattern: YAML11_BOOLEANS.source },
      },
    ],
  },
  shown: "`true` or a note",
  read(check, node, what) {
    const allowed = "true, false, or a note saying what to use instead";
    if (isScalar(node) && typeof node.value === "boolean") return node.value;
    if (!isScalar(node) || typeof node.value !== "string")
      return check.report(
        node,
        `${what} must be ${allowed}${describeValue(node)}`,
      );
    if (node.value.trim() === "")
      return check.report(
        node,
        `${what} must not be an empty note; allowed: ${allowed}`,
      );
    if (/[\r\n]/.test(node.value))
      return check.report(
        node,
        `${what} must be a one-line note saying what to use instead; put details in the description`,
      );
    if (YAML11_BOOLEANS.test(node.value)) {
      return check.report(
        node,
        `${what} '${node.value}' is a string in YAML 1.2, not a boolean; write true or false, or a note saying what to use instead`,
      );
    }
    return node.value;
  },
};

/** A summary is a short label for hovers, the doc page and describe() (like the IANA registry's "Meaning"); details belong in the description. */
export const MAX_SUMMARY_LENGTH = 80;

export const summary: ValueType<string> = {
  schema: {
    type: "string",
    minLength: 1,
    maxLength: MAX_SUMMARY_LENGTH,
    pattern:
      "^[^\\r\\n\\u2028\\u2029\\u0085]*\\S[^\\r\\n\\u2028\\u2029\\u0085]*$",
  },
  shown: `one line of text, at most ${MAX_SUMMARY_LENGTH} characters`,
  read(check, node, what) {
    const value = check.string(node, what);
    if (value === undefined) return undefined;
    if (/[\r\n\u2028\u2029\u0085]/.test(value))
      return check.report(
        node,
        `${what} must be one line; put details in the description`,
      );
    const length = [...value].length;
    if (length > MAX_SUMMARY_LENGTH) {
      return check.report(
        node,
        `${what} is ${length} characters long; keep it to ${MAX_SUMMARY_LENGTH} (like "Normal Closure") and put details in the description`,
      );
    }
    return value;
  },
};

/** A path from the project root to a file: forward slashes, no `.` or `..` segment, not absolute. */
export const PROJECT_PATH =
  /^(?![A-Za-z]:)(?!.*\\)(?!\/)(?!(.*\/)?\.\.?(\/|$))[^/]+(\/[^/]+)*$/;

/** One entry of `outputs`: the template path (as under templates/outputs, `[name]` kept or replaced) and where it goes. */
export interface OutputEntry {
  template: Placed<string>;
  destination: Placed<string>;
}

/** `outputs`: template path -> path from the project root, each destination once. */
export const outputMap: ValueType<OutputEntry[]> = {
  schema: {
    type: "object",
    minProperties: 1,
    additionalProperties: {
      description: "Where the output goes: a file path from the project root.",
      type: "string",
      pattern: PROJECT_PATH.source,
    },
    examples: [
      {
        "src/[name].ts": "src/closeCodes.ts",
        "docs/[name].md": "docs/close-codes.md",
      },
    ],
  },
  shown: "mapping template path -> path from the project root",
  read(check, node, what) {
    if (!isMap(node) || node.pairs.length === 0) {
      return check.report(
        node,
        `${what} must be a mapping of template path (like src/[name].ts) to a path from the project root${describeValue(node)}`,
      );
    }
    const taken = new Map<string, string>();
    return node.pairs.flatMap(({ key, value }) => {
      const template = check.string(key, `a template path of ${what}`);
      const destination = check.atKey(key!, () =>
        check.string(value, `where ${what} puts ${template ?? "an output"}`),
      );
      if (template === undefined || destination === undefined) return [];
      if (!PROJECT_PATH.test(destination)) {
        return (
          check.report(
            value,
            `'${destination}' is not a path from the project root (forward slashes, no . or .. segments, not absolute)`,
          ) ?? []
        );
      }
      const earlier = taken.get(destination);
      if (earlier !== undefined)
        return (
          check.report(
            value,
            `${template} and ${earlier} both go to ${destination}`,
          ) ?? []
        );
      taken.set(destination, template);
      return [
        {
          template: { value: template, node: key! },
          destination: { value: destination, node: value! },
        },
      ];
    });
  },
};

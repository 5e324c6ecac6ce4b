// Checks a parsed spec against every rule of the format and returns it typed, or all problems at once.
import path from "node:path";
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";
import { byPosition, didYouMean, SpecError, type Diagnostic } from "./diagnostics.js";
import type { LoadedSpec } from "./load.js";
import { DEFAULT_BOUNDS, MAX_FLAGS, type CodeSpec, type FlagSpec, type RangeSpec, type Spec } from "./types.js";

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const FLAG_NAME = /^[a-z][A-Za-z0-9]*$/;
const URL_PATTERN = /^https?:\/\/[^\s<>"]+$/;
const NPM_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** Names an enum or object literal cannot carry, or that clash with the page's own section anchors. */
const FORBIDDEN_NAMES = new Set(["__proto__", "NaN", "Infinity"]);
const PAGE_ANCHORS = new Set(["fields", "flags", "ranges"]);

type Fields = Record<string, { required?: boolean }>;

const TOP_LEVEL: Fields = {
  name: { required: true }, title: {}, reference: {}, description: {}, frontMatter: {}, package: {}, docs: {},
  bounds: {}, flags: {}, ranges: {}, otherwise: {}, codes: { required: true }, typescript: {}, templates: {},
};
const PACKAGE: Fields = { name: { required: true }, version: { required: true }, description: {}, keywords: {}, license: {} };
const DOCS: Fields = { values: {} };
const BOUNDS: Fields = { min: { required: true }, max: { required: true } };
const TYPESCRIPT: Fields = { enumStyle: {} };
/** The flags of every value no code or range holds (`otherwise: { flags: [...] }`). */
const OTHERWISE: Fields = { flags: { required: true } };
const RANGE: Fields = { from: { required: true }, to: { required: true }, description: { required: true }, flags: {} };
const CODE: Fields = { name: { required: true }, code: { required: true }, summary: {}, description: { required: true }, flags: {}, reference: {}, deprecated: {} };
/** A summary is a short label for hovers, the doc page and describe() (like the IANA registry's "Meaning"); details belong in the description. */
export const MAX_SUMMARY_LENGTH = 80;

/** The keys of every mapping of the format, required or not; spec/spec.schema.json must declare the same. */
export const SPEC_KEYS: Readonly<Record<string, Readonly<Fields>>> = {
  spec: TOP_LEVEL, package: PACKAGE, docs: DOCS, bounds: BOUNDS, typescript: TYPESCRIPT, range: RANGE, otherwise: OTHERWISE, code: CODE,
};

/** Walks the YAML tree, collecting problems with their positions instead of stopping at the first. */
class Checker {
  readonly problems: Diagnostic[] = [];
  constructor(
    private readonly file: string,
    private readonly lineCounter: LineCounter,
    private readonly document: Document.Parsed,
  ) {}

  report(node: Node | null | undefined, message: string): undefined {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lineCounter.linePos(offset);
    this.problems.push({ file: this.file, line, col, message });
    return undefined;
  }

  resolve(node: unknown): Node | null {
    let current = node as Node | null;
    for (let depth = 0; current && isAlias(current) && depth < 10; depth++) current = current.resolve(this.document) ?? null;
    return current;
  }

  /** Entries of a mapping by key; unknown keys and missing required keys are reported. */
  mapping(node: unknown, what: string, fields: Fields, at: Node | null = null): Map<string, { key: Scalar; value: Node | null }> | undefined {
    const map = this.resolve(node);
    if (!isMap(map)) return this.report(map ?? at, `${what} must be a mapping with keys ${Object.keys(fields).join(", ")}${describeValue(map)}`);
    const entries = new Map<string, { key: Scalar; value: Node | null }>();
    for (const pair of (map as YAMLMap).items as Pair<Node, Node>[]) {
      const key = this.resolve(pair.key);
      if (!isScalar(key) || typeof key.value !== "string") {
        const shown = isScalar(key) ? ` ${JSON.stringify(key.value)}` : "";
        this.report(key, `key${shown} of ${what} is not a name; allowed: ${Object.keys(fields).join(", ")}`);
        continue;
      }
      if (!(key.value in fields)) {
        const allowed = Object.keys(fields);
        this.report(key, `unknown key '${key.value}' in ${what}${didYouMean(key.value, allowed)}; allowed: ${allowed.join(", ")}`);
        continue;
      }
      entries.set(key.value, { key, value: this.resolve(pair.value) });
    }
    const missing = Object.entries(fields).filter(([name, field]) => field.required && !entries.has(name)).map(([name]) => `'${name}'`);
    if (missing.length === 1) this.report(map, `${what} is missing the required key ${missing[0]}`);
    else if (missing.length > 1) this.report(map, `${what} is missing the required keys ${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`);
    return entries;
  }

  string(node: Node | null, what: string, { allowEmpty = false } = {}): string | undefined {
    if (!isScalar(node) || typeof node.value !== "string") return this.report(node, `${what} must be a string${describeValue(node)}`);
    if (!allowEmpty && node.value.trim() === "") return this.report(node, `${what} must not be empty`);
    return node.value;
  }

  matching(node: Node | null, what: string, pattern: RegExp, expected: string): string | undefined {
    const value = this.string(node, what);
    if (value === undefined) return undefined;
    if (!pattern.test(value)) return this.report(node, `${what} '${value}' is not ${expected}`);
    return value;
  }

  integer(node: Node | null, what: string): number | undefined {
    if (!isScalar(node) || typeof node.value !== "number") return this.report(node, `${what} must be an integer${describeValue(node)}`);
    if (!Number.isSafeInteger(node.value)) return this.report(node, `${what} must be an integer, not ${node.value}`);
    return node.value;
  }

  boolean(node: Node | null, what: string): boolean | undefined {
    if (!isScalar(node) || typeof node.value !== "boolean") return this.report(node, `${what} must be true or false${describeValue(node)}`);
    return node.value;
  }

  list(node: Node | null, what: string): Node[] | undefined {
    if (!isSeq(node)) return this.report(node, `${what} must be a list${describeValue(node)}`);
    return node.items.map((item) => this.resolve(item)).filter((item): item is Node => item !== null);
  }

  stringList(node: Node | null, what: string): string[] | undefined {
    const items = this.list(node, what);
    return items?.map((item) => this.string(item, `each entry of ${what}`)).filter((s): s is string => s !== undefined);
  }
}

/** Words YAML 1.1 read as booleans; YAML 1.2 (and this parser) reads them as strings. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** How messages name a code: by its name when it has one, else by its position in the list. */
function codeLabel(item: Node, index: number): string {
  if (isMap(item)) {
    const name = item.get("name", true);
    if (isScalar(name) && typeof name.value === "string" && name.value.trim() !== "") return `code '${name.value}'`;
  }
  return `codes[${index}]`;
}

function describeValue(node: Node | null): string {
  if (node === null) return ", not empty";
  if (isMap(node)) return ", not a mapping";
  if (isSeq(node)) return ", not a list";
  if (isScalar(node)) return `, not ${node.value === null ? "empty" : `${typeof node.value} ${JSON.stringify(node.value)}`}`;
  return "";
}

export function validateSpec({ file, document, lineCounter }: LoadedSpec, source: string): Spec {
  const check = new Checker(file, lineCounter, document);
  const top = check.mapping(document.contents, "the spec", TOP_LEVEL);
  if (!top) throw new SpecError(byPosition(check.problems));
  const get = (key: string) => top.get(key)?.value ?? null;
  const has = (key: string) => top.has(key);

  const name = has("name") ? check.matching(get("name"), "name", PASCAL_CASE, "PascalCase (like WebSocketStatusCodes)") : undefined;
  const optionalString = (key: string) => (has(key) ? check.string(get(key), key) : undefined);
  const optionalUrl = (node: Node | null, what: string) => check.matching(node, what, URL_PATTERN, "an http(s) URL");

  const spec: Omit<Spec, "package"> & { package?: Spec["package"] } = {
    source,
    name: name ?? "",
    title: optionalString("title"),
    reference: has("reference") ? optionalUrl(get("reference"), "reference") : undefined,
    description: optionalString("description"),
    docs: { values: true },
    bounds: { ...DEFAULT_BOUNDS },
    flags: [],
    ranges: [],
    otherwise: { flags: [] },
    codes: [],
    typescript: { enumStyle: "enum" },
  };

  if (has("frontMatter")) {
    const node = get("frontMatter");
    if (isMap(node)) spec.frontMatter = node.toJS(document, { maxAliasCount: 100 }) as Record<string, unknown>;
    else check.report(node, `frontMatter must be a mapping of front matter keys${describeValue(node)}`);
  }

  if (has("package")) {
    const pkg = check.mapping(get("package"), "package", PACKAGE, top.get("package")!.key);
    if (pkg) {
      const field = (key: string) => pkg.get(key)?.value ?? null;
      spec.package = {
        name: (pkg.has("name") && check.matching(field("name"), "package.name", NPM_NAME, "a valid npm package name (lower case, like websocket-status-codes)")) || "",
        version: (pkg.has("version") && check.matching(field("version"), "package.version", SEMVER, "a semver version like 1.0.0")) || "",
        description: pkg.has("description") ? check.string(field("description"), "package.description") : undefined,
        keywords: pkg.has("keywords") ? (check.stringList(field("keywords"), "package.keywords") ?? []) : [],
        license: pkg.has("license") ? check.string(field("license"), "package.license") : undefined,
      };
    }
  }

  if (has("docs")) {
    const docs = check.mapping(get("docs"), "docs", DOCS, top.get("docs")!.key);
    if (docs?.has("values")) spec.docs.values = check.boolean(docs.get("values")!.value, "docs.values") ?? true;
  }

  if (has("typescript")) {
    const ts = check.mapping(get("typescript"), "typescript", TYPESCRIPT, top.get("typescript")!.key);
    if (ts?.has("enumStyle")) {
      const node = ts.get("enumStyle")!.value;
      const style = check.string(node, "typescript.enumStyle");
      if (style === "enum" || style === "const") spec.typescript.enumStyle = style;
      else if (style === "const enum") check.report(node, "typescript.enumStyle 'const enum' is not offered: a published `const enum` breaks consumers that use isolatedModules; allowed: enum, const");
      else if (style !== undefined) check.report(node, `typescript.enumStyle '${style}' is not allowed; allowed: enum, const${didYouMean(style, ["enum", "const"])}`);
    }
  }

  if (has("templates")) {
    const dir = check.string(get("templates"), "templates");
    if (dir !== undefined) spec.templates = path.resolve(path.dirname(file), dir);
  }

  let boundsOk = true;
  if (has("bounds")) {
    const bounds = check.mapping(get("bounds"), "bounds", BOUNDS, top.get("bounds")!.key);
    const min = bounds?.has("min") ? check.integer(bounds.get("min")!.value, "bounds.min") : undefined;
    const max = bounds?.has("max") ? check.integer(bounds.get("max")!.value, "bounds.max") : undefined;
    if (min === undefined || max === undefined) boundsOk = false;
    else if (min > max) {
      boundsOk = false;
      check.report(bounds!.get("min")!.value, `bounds.min ${min} is greater than bounds.max ${max}`);
    } else spec.bounds = { min, max };
  }
  const { min, max } = spec.bounds;
  const inBounds = (node: Node | null, value: number | undefined, what: string): number | undefined => {
    if (value === undefined || !boundsOk) return value;
    if (value < min || value > max) return check.report(node, `${what} ${value} is outside the bounds ${min}..${max}${has("bounds") ? "" : " (declare `bounds: { min, max }` for other numbers)"}`);
    return value;
  };

  const declaredFlags = new Set<string>();
  if (has("flags")) {
    const node = get("flags");
    if (!isMap(node)) check.report(node, `flags must be a mapping of flag name to its meaning${describeValue(node)}`);
    else {
      for (const pair of node.items as Pair<Node, Node>[]) {
        const key = check.resolve(pair.key);
        const flagName = check.matching(key, "flag name", FLAG_NAME, "camelCase (like reserved or browserRejected)");
        const description = check.string(check.resolve(pair.value), `the meaning of flag '${flagName ?? ""}'`);
        if (flagName === undefined) continue;
        declaredFlags.add(flagName);
        if (declaredFlags.size === MAX_FLAGS + 1) check.report(key, `flag '${flagName}' is flag number ${MAX_FLAGS + 1}; at most ${MAX_FLAGS} flags may be declared (they are bits of a 31-bit mask)`);
        if (description !== undefined) spec.flags.push({ name: flagName, description } satisfies FlagSpec);
      }
    }
  }
  const flagList = (node: Node | null, what: string): string[] => {
    const items = check.list(node, what) ?? [];
    const seen = new Set<string>();
    for (const item of items) {
      const flag = check.string(item, `each flag of ${what}`);
      if (flag === undefined) continue;
      if (!declaredFlags.has(flag)) {
        const declared = declaredFlags.size > 0 ? `declared: ${[...declaredFlags].join(", ")}` : "no flags are declared";
        check.report(item, `flag '${flag}' is not declared under flags; ${declared}${didYouMean(flag, declaredFlags)}`);
      } else if (seen.has(flag)) check.report(item, `flag '${flag}' is listed twice in ${what}`);
      seen.add(flag);
    }
    return [...seen].filter((flag) => declaredFlags.has(flag));
  };

  if (has("ranges")) {
    let previous: { range: RangeSpec; node: Node } | undefined;
    (check.list(get("ranges"), "ranges") ?? []).forEach((item, index) => {
      const what = `ranges[${index}]`;
      const range = check.mapping(item, what, RANGE);
      if (!range) return;
      const field = (key: string) => range.get(key)?.value ?? null;
      const from = range.has("from") ? inBounds(field("from"), check.integer(field("from"), `${what}.from`), `${what}.from`) : undefined;
      const to = range.has("to") ? inBounds(field("to"), check.integer(field("to"), `${what}.to`), `${what}.to`) : undefined;
      const description = range.has("description") ? check.string(field("description"), `${what}.description`) : undefined;
      const flags = range.has("flags") ? flagList(field("flags"), `${what}.flags`) : [];
      if (from === undefined || to === undefined || description === undefined) return;
      if (from > to) {
        check.report(field("from"), `${what} is inverted: from ${from} is greater than to ${to}`);
        return;
      }
      const current = { from, to, description, flags };
      if (previous && from <= previous.range.to) {
        const how = to < previous.range.from ? "is out of order: ranges must be listed in ascending order" : `overlaps the previous range ${previous.range.from}..${previous.range.to}`;
        check.report(field("from"), `${what} ${from}..${to} ${how}`);
      } else previous = { range: current, node: item };
      spec.ranges.push(current);
    });
  }

  if (has("otherwise")) spec.otherwise = checkOtherwise(check, top.get("otherwise")!, flagList);

  if (has("codes")) {
    const items = check.list(get("codes"), "codes");
    if (items && items.length === 0) check.report(get("codes"), "codes must list at least one code");
    const byCode = new Map<number, string>();
    const byName = new Map<string, string>();
    (items ?? []).forEach((item, index) => {
      const what = codeLabel(item, index);
      const entry = check.mapping(item, what, CODE);
      if (!entry) return;
      const field = (key: string) => entry.get(key)?.value ?? null;
      const codeName = entry.has("name") ? check.matching(field("name"), "code name", IDENTIFIER, "a valid TypeScript identifier (letters, digits, _ or $; not starting with a digit)") : undefined;
      const codeNumber = entry.has("code") ? inBounds(field("code"), check.integer(field("code"), `${what}: code`), `${what}: code`) : undefined;
      const description = entry.has("description") ? check.string(field("description"), `${what}: description`) : undefined;
      const summary = entry.has("summary") ? checkSummary(check, field("summary"), `${what}: summary`) : undefined;
      const flags = entry.has("flags") ? flagList(field("flags"), `${what}: flags`) : [];
      const reference = entry.has("reference") ? optionalUrl(field("reference"), `${what}: reference`) : undefined;
      let deprecated: true | string | undefined;
      if (entry.has("deprecated")) {
        const node = field("deprecated");
        const allowed = "true, false, or a note saying what to use instead";
        if (isScalar(node) && node.value === true) deprecated = true;
        else if (isScalar(node) && node.value === false) deprecated = undefined;
        else if (!isScalar(node) || typeof node.value !== "string") check.report(node, `${what}: deprecated must be ${allowed}${describeValue(node)}`);
        else if (node.value.trim() === "") check.report(node, `${what}: deprecated must not be an empty note; allowed: ${allowed}`);
        else if (/[\r\n]/.test(node.value)) check.report(node, `${what}: deprecated must be a one-line note saying what to use instead; put details in the description`);
        else if (YAML11_BOOLEANS.test(node.value)) check.report(node, `${what}: deprecated '${node.value}' is a string in YAML 1.2, not a boolean; write true or false, or a note saying what to use instead`);
        else deprecated = node.value;
      }
      if (codeName !== undefined) {
        const folded = codeName.toLowerCase();
        const clash = byName.get(folded);
        if (FORBIDDEN_NAMES.has(codeName)) check.report(field("name"), `code name '${codeName}' cannot be an enum member; choose another name`);
        else if (PAGE_ANCHORS.has(folded)) check.report(field("name"), `code name '${codeName}' would clash with the doc page's '${folded}' section anchor; choose another name`);
        else if (name !== undefined && folded === name.toLowerCase()) check.report(field("name"), `code name '${codeName}' would clash with the anchor of the doc page's title '${name}'; choose another name`);
        // mkdocs' heading slugs drop '$': Foo$Bar's anchor would be #foobar, shared with FooBar.
        else if (codeName.includes("$")) check.report(field("name"), `code name '${codeName}' contains '$', which the doc page's heading anchor drops; use letters, digits and _`);
        else if (clash === codeName) check.report(field("name"), `duplicate name '${codeName}'; each code needs its own name`);
        else if (clash !== undefined) check.report(field("name"), `name '${codeName}' differs from '${clash}' only in case; their doc anchors would clash`);
        else byName.set(folded, codeName);
      }
      if (codeNumber !== undefined) {
        const holder = byCode.get(codeNumber);
        if (holder !== undefined) check.report(field("code"), `duplicate code ${codeNumber}: already defined as '${holder}'`);
        else byCode.set(codeNumber, codeName ?? `codes[${index}]`);
      }
      if (codeName === undefined || codeNumber === undefined || description === undefined) return;
      const code: CodeSpec = { name: codeName, code: codeNumber, description, flags };
      if (summary !== undefined) code.summary = summary;
      if (reference !== undefined) code.reference = reference;
      if (deprecated !== undefined) code.deprecated = deprecated;
      spec.codes.push(code);
    });
  }

  if (check.problems.length > 0) throw new SpecError(byPosition(check.problems));
  return { ...spec, package: spec.package ?? { name: kebabCase(spec.name), version: "0.0.0", keywords: [] } };
}

/** `otherwise: { flags: [...] }`: declared flags, each once, for every value no code or range holds. */
function checkOtherwise(check: Checker, { key, value }: { key: Scalar; value: Node | null }, flagList: (node: Node | null, what: string) => string[]): Spec["otherwise"] {
  const otherwise = check.mapping(value, "otherwise", OTHERWISE, key);
  return { flags: otherwise?.has("flags") ? flagList(otherwise.get("flags")!.value, "otherwise.flags") : [] };
}

function checkSummary(check: Checker, node: Node | null, what: string): string | undefined {
  const summary = check.string(node, what);
  if (summary === undefined) return undefined;
  if (/[\r\n\u2028\u2029\u0085]/.test(summary)) return check.report(node, `${what} must be one line; put details in the description`);
  const length = [...summary].length;
  if (length > MAX_SUMMARY_LENGTH) return check.report(node, `${what} is ${length} characters long; keep it to ${MAX_SUMMARY_LENGTH} (like "Normal Closure") and put details in the description`);
  return summary;
}

function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2").toLowerCase();
}

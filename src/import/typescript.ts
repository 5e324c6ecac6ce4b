// TypeScript sources (.ts, .d.ts): a numeric enum or an object of numbers (`as const`, or its .d.ts form), read
// with the compiler's own checker, so values are what tsc computes (auto-increment, 1 << 3, references).
import path from "node:path";
import type * as TypeScript from "typescript";
import { closestMatch } from "../spec/diagnostics.js";
import {
  sourceError,
  undocumented,
  type ImportedCode,
  type ImportedSet,
  type SourcePosition,
} from "./imported.js";
import { jsdoc } from "./jsdoc.js";
import type { TypeScriptApi } from "./loadTypeScript.js";
import { pascalCase } from "./names.js";

/** A declaration that can become a code set, with its members read. */
interface Candidate {
  kind: "enum" | "object";
  name: string;
  at: SourcePosition;
  symbol: TypeScript.Symbol | undefined;
  /** The members with a number value. */
  members: Member[];
  /** The first member without one (a string, a value tsc cannot compute): the candidate cannot be imported. */
  notNumeric?: { name: string; at: SourcePosition; value: unknown };
}

interface Member {
  name: string;
  value: number;
  symbol: TypeScript.Symbol | undefined;
  at: SourcePosition;
}

export function readTypeScript(
  ts: TypeScriptApi,
  file: string,
  text: string,
  enumName: string | undefined,
): ImportedSet {
  const { source, checker } = compile(ts, file, text);
  const position = (node: TypeScript.Node): SourcePosition => {
    const { line, character } = source.getLineAndCharacterOfPosition(
      node.getStart(source),
    );
    return { line: line + 1, col: character + 1 };
  };
  const candidates = findCandidates(ts, source, checker, position);
  const chosen = choose(file, candidates, enumName);
  return toSet(checker, file, chosen);
}

/** One file, checked on its own: no lib, no imports followed, so only its own declarations count. */
function compile(
  ts: TypeScriptApi,
  file: string,
  text: string,
): { source: TypeScript.SourceFile; checker: TypeScript.TypeChecker } {
  const fileName = path.resolve(file);
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
  );
  const host: TypeScript.CompilerHost = {
    getSourceFile: (name) => (name === fileName ? source : undefined),
    writeFile: () => {},
    getDefaultLibFileName: () => "lib.d.ts",
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => path.dirname(fileName),
    getNewLine: () => "\n",
    fileExists: (name) => name === fileName,
    readFile: () => undefined,
  };
  const program = ts.createProgram({
    rootNames: [fileName],
    options: { noLib: true, noResolve: true, types: [] },
    host,
  });
  return { source, checker: program.getTypeChecker() };
}

function findCandidates(
  ts: TypeScriptApi,
  source: TypeScript.SourceFile,
  checker: TypeScript.TypeChecker,
  position: (node: TypeScript.Node) => SourcePosition,
): Candidate[] {
  const candidates: Candidate[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isEnumDeclaration(node))
      candidates.push(enumCandidate(checker, node, position));
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      ts.isVariableDeclarationList(node.parent) &&
      (node.parent.flags & ts.NodeFlags.Const) !== 0
    ) {
      const candidate = objectCandidate(ts, checker, node, node.name, position);
      if (candidate !== undefined) candidates.push(candidate);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return candidates;
}

function enumCandidate(
  checker: TypeScript.TypeChecker,
  node: TypeScript.EnumDeclaration,
  position: (node: TypeScript.Node) => SourcePosition,
): Candidate {
  const candidate: Candidate = {
    kind: "enum",
    name: node.name.text,
    at: position(node.name),
    symbol: checker.getSymbolAtLocation(node.name),
    members: [],
  };
  for (const member of node.members) {
    const symbol = checker.getSymbolAtLocation(member.name);
    const name = symbol?.name ?? member.name.getText();
    const value = checker.getConstantValue(member);
    if (typeof value !== "number") {
      candidate.notNumeric ??= { name, at: position(member.name), value };
      continue;
    }
    candidate.members.push({ name, value, symbol, at: position(member.name) });
  }
  return candidate;
}

/** A const whose type is an object of number literals: `{ A: 1 } as const`, or `{ readonly A: 1 }` in a .d.ts. */
function objectCandidate(
  ts: TypeScriptApi,
  checker: TypeScript.TypeChecker,
  node: TypeScript.VariableDeclaration,
  name: TypeScript.Identifier,
  position: (node: TypeScript.Node) => SourcePosition,
): Candidate | undefined {
  const shape = objectShape(ts, node);
  if (shape === undefined) return undefined;
  const type = checker.getTypeAtLocation(shape);
  const properties = checker.getPropertiesOfType(type);
  if (properties.length === 0) return undefined;
  const members: Member[] = [];
  for (const property of properties) {
    const value = checker.getTypeOfSymbolAtLocation(property, node);
    if (!value.isNumberLiteral()) return undefined;
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    const declared =
      declaration !== undefined && ts.isPropertyAssignment(declaration)
        ? declaration.name
        : declaration !== undefined && ts.isPropertySignature(declaration)
          ? declaration.name
          : undefined;
    members.push({
      name: property.name,
      value: value.value,
      // The literal's own symbol carries the JSDoc; the property of an `as const` type is a copy without it.
      symbol: (declared && checker.getSymbolAtLocation(declared)) ?? property,
      at: position(declared ?? name),
    });
  }
  return {
    kind: "object",
    name: name.text,
    at: position(name),
    symbol: checker.getSymbolAtLocation(name),
    members,
  };
}

/**
 * Where an object's type is read: the object literal (with its `as const`, without a `satisfies`, whose type
 * this lib-less check may not resolve), or a .d.ts's type literal; undefined for anything else (arrays, numbers).
 */
function objectShape(
  ts: TypeScriptApi,
  node: TypeScript.VariableDeclaration,
): TypeScript.Node | undefined {
  if (node.initializer === undefined)
    return node.type !== undefined && ts.isTypeLiteralNode(node.type)
      ? node.name
      : undefined;
  let value: TypeScript.Expression = node.initializer;
  while (ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))
    value = value.expression;
  const literal =
    ts.isAsExpression(value) && ts.isConstTypeReference(value.type)
      ? value.expression
      : value;
  return ts.isObjectLiteralExpression(literal) ? value : undefined;
}

/** The one candidate to import: the one --enum names, else the only numeric one. */
function choose(
  file: string,
  candidates: readonly Candidate[],
  enumName: string | undefined,
): Candidate {
  const numeric = candidates.filter(
    (candidate) =>
      candidate.notNumeric === undefined && candidate.members.length > 0,
  );
  const list = (some: readonly Candidate[]) =>
    some
      .map((candidate) => `${candidate.name} (line ${candidate.at.line})`)
      .join(", ");
  if (enumName !== undefined) {
    const named = candidates.find((candidate) => candidate.name === enumName);
    if (named === undefined) {
      const match = closestMatch(
        enumName,
        numeric.map((candidate) => candidate.name),
      );
      throw sourceError(
        file,
        { line: 1, col: 1 },
        `no enum or const object named ${enumName}${match ? ` (did you mean ${match}?)` : ""}; ${numeric.length === 0 ? "the file has no numeric enum" : `numeric ones here: ${list(numeric)}`}`,
      );
    }
    if (named.notNumeric !== undefined)
      throw sourceError(
        file,
        named.notNumeric.at,
        `${named.name}.${named.notNumeric.name} is ${named.notNumeric.value === undefined ? "not a constant number" : `${JSON.stringify(named.notNumeric.value)}, not a number`}; only numeric enums can be imported`,
      );
    if (named.members.length === 0)
      throw sourceError(file, named.at, `${named.name} has no members`);
    return named;
  }
  if (numeric.length === 1) return numeric[0]!;
  if (numeric.length === 0)
    throw sourceError(
      file,
      { line: 1, col: 1 },
      `no numeric enum or \`as const\` object of numbers here${candidates.length > 0 ? ` (${candidates.map((candidate) => candidate.name).join(", ")} ${candidates.length === 1 ? "holds" : "hold"} other values)` : ""}`,
    );
  throw sourceError(
    file,
    numeric[1]!.at,
    `${numeric.length} numeric enums or objects here: ${list(numeric)}; choose one with --enum NAME`,
  );
}

function toSet(
  checker: TypeScript.TypeChecker,
  file: string,
  chosen: Candidate,
): ImportedSet {
  const doc = chosen.symbol ? jsdoc(checker, chosen.symbol) : undefined;
  const set: ImportedSet = {
    file,
    origin: `${chosen.kind === "enum" ? "enum" : "const"} ${chosen.name} in ${path.basename(file)}`,
    name: pascalCase(chosen.name),
    codes: chosen.members.map((member) => toCode(checker, file, member)),
    ranges: [],
    at: chosen.at,
  };
  if (doc?.description) set.description = doc.description;
  if (doc?.reference) set.reference = doc.reference;
  return set;
}

function toCode(
  checker: TypeScript.TypeChecker,
  file: string,
  member: Member,
): ImportedCode {
  const doc = member.symbol ? jsdoc(checker, member.symbol) : undefined;
  const code: ImportedCode = {
    name: member.name,
    code: member.value,
    description: doc?.description || undocumented(member.name, file),
    at: member.at,
  };
  if (doc?.reference !== undefined) code.reference = doc.reference;
  if (doc?.deprecated !== undefined) code.deprecated = doc.deprecated;
  return code;
}

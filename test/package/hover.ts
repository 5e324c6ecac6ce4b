// What an editor shows on hover over `<Enum>.<Member>` in a file that imports the package's dist/ types.
import path from "node:path";
import ts from "typescript";

export interface Hover {
  /** e.g. `(enum member) Name.Member = 1000` or `(property) Member: 1000`. */
  signature: string;
  documentation: string;
  tags: { name: string; text: string }[];
  /** The editor strikes the member through when this holds `deprecated`. */
  kindModifiers: string[];
}

export interface HoverReport {
  hovers: Map<string, Hover>;
  /** What the editor shows over each of the package's helpers and lists (`hasFlag`, `entries`...). */
  apiHovers: Map<string, Hover>;
  /** Errors in the consumer file and in the package's declarations. */
  diagnostics: string[];
  /** The value (not type-only) exports the declarations declare. */
  declaredValues: string[];
}

/**
 * The package's helpers and lists, each a value export of its root, as a consumer writes it: a
 * helper's docs show on a call (TypeScript takes them from its signature).
 */
const API_USES: Record<string, string> = {
  entries: "entries",
  ranges: "ranges",
  isKnown: "isKnown(0)",
  flagsOf: "flagsOf(0)",
  hasFlag: "hasFlag(0, undefined as never)",
  describe: "describe(0)",
  nameOf: "nameOf(0)",
  codeOf: 'codeOf("")',
};
export const API_NAMES = Object.keys(API_USES);

/**
 * Hovers over every member and every helper through TypeScript's language service (what tsserver
 * answers editors), from a consumer file placed in the package folder that imports `./dist/index.js`.
 */
export function hoverMembers(
  packageDir: string,
  enumName: string,
  members: readonly string[],
): HoverReport {
  const consumer = path.join(packageDir, "hover-consumer.ts");
  const text = `import { ${[enumName, ...API_NAMES].join(", ")} } from "./dist/index.js";\n${members.map((member) => `${enumName}.${member};\n`).join("")}${API_NAMES.map((name) => `${API_USES[name]};\n`).join("")}`;
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    types: [],
    // The ES library alone: the DOM's declarations would only slow every check down.
    lib: ["lib.es2022.d.ts"],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [consumer],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      const content = file === consumer ? text : ts.sys.readFile(file);
      return content === undefined
        ? undefined
        : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => packageDir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === consumer || ts.sys.fileExists(file),
    readFile: (file) => (file === consumer ? text : ts.sys.readFile(file)),
  };
  const service = ts.createLanguageService(host);
  const hoverAt = (position: number): Hover | undefined => {
    const info = service.getQuickInfoAtPosition(consumer, position);
    if (!info) return undefined;
    return {
      signature: ts.displayPartsToString(info.displayParts),
      documentation: ts.displayPartsToString(info.documentation),
      tags: (info.tags ?? []).map((tag) => ({
        name: tag.name,
        text: ts.displayPartsToString(tag.text),
      })),
      kindModifiers: info.kindModifiers.split(",").filter(Boolean),
    };
  };
  const hovers = new Map<string, Hover>();
  for (const member of members) {
    const hover = hoverAt(
      text.indexOf(`\n${enumName}.${member};`) + enumName.length + 2,
    );
    if (hover) hovers.set(member, hover);
  }
  const apiHovers = new Map<string, Hover>();
  for (const name of API_NAMES) {
    const hover = hoverAt(text.indexOf(`\n${API_USES[name]};`) + 1);
    if (hover) apiHovers.set(name, hover);
  }
  const program = service.getProgram()!;
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  const checker = program.getTypeChecker();
  const declarations = program.getSourceFile(
    path.join(packageDir, "dist", "index.d.ts"),
  );
  const moduleSymbol =
    declarations && checker.getSymbolAtLocation(declarations);
  const declaredValues = moduleSymbol
    ? checker
        .getExportsOfModule(moduleSymbol)
        .filter((symbol) => symbol.flags & ts.SymbolFlags.Value)
        .map((symbol) => symbol.name)
    : [];
  service.dispose();
  return { hovers, apiHovers, diagnostics, declaredValues };
}

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
  /** Errors in the consumer file and in the package's declarations. */
  diagnostics: string[];
  /** The value (not type-only) exports the declarations declare. */
  declaredValues: string[];
}

/**
 * Hovers over every member through TypeScript's language service (what tsserver answers editors),
 * from a consumer file placed in the package folder that imports `./dist/index.js`.
 */
export function hoverMembers(
  packageDir: string,
  enumName: string,
  members: readonly string[],
): HoverReport {
  const consumer = path.join(packageDir, "hover-consumer.ts");
  const text = `import { ${enumName} } from "./dist/index.js";\n${members.map((member) => `${enumName}.${member};\n`).join("")}`;
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
  const hovers = new Map<string, Hover>();
  for (const member of members) {
    const info = service.getQuickInfoAtPosition(
      consumer,
      text.indexOf(`${enumName}.${member};`) + enumName.length + 1,
    );
    if (!info) continue;
    hovers.set(member, {
      signature: ts.displayPartsToString(info.displayParts),
      documentation: ts.displayPartsToString(info.documentation),
      tags: (info.tags ?? []).map((tag) => ({
        name: tag.name,
        text: ts.displayPartsToString(tag.text),
      })),
      kindModifiers: info.kindModifiers.split(",").filter(Boolean),
    });
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
  return { hovers, diagnostics, declaredValues };
}

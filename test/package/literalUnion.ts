// What a type alias resolves to, as the TypeScript checker sees it.
import ts from "typescript";

/** The number literals the exported type alias `typeName` of `file` resolves to, sorted; NaN marks any other member. */
export function literalUnion(
  file: string,
  typeName: string,
  options: ts.CompilerOptions = {},
): number[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    types: [],
    lib: ["lib.es2022.d.ts"],
    ...options,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const alias = source.statements.find(
    (statement): statement is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(statement) && statement.name.text === typeName,
  );
  if (!alias) throw new Error(`${file} declares no type ${typeName}`);
  const type = checker.getTypeAtLocation(alias.name);
  const members = type.isUnion() ? type.types : [type];
  return members
    .map((member) => (member.isNumberLiteral() ? member.value : Number.NaN))
    .sort((a, b) => a - b);
}

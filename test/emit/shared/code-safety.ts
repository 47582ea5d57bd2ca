/** Checks that generated code holds no code that came from docs text: only known calls and names. */
import ts from 'typescript';

/** Every identifier used in `text` outside comments and strings. */
export function identifiersOf(text: string): Set<string> {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) found.add(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** Syntax errors of `text` parsed as TypeScript. */
export function syntaxErrors(text: string): string[] {
  const output = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return (output.diagnostics ?? []).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** The document with its schemas, operations and their order shuffled deterministically. */
export function reversed<T>(items: T[]): T[] {
  return [...items].reverse();
}

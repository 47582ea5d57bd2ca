/**
 * The emitters lay out text they compose themselves (source-file.ts); this reads what they print
 * back as a TypeScript AST with ts-morph and checks its shape: only the statements an emitter
 * means to write, every docs text inside the comment or string it was put in, and schemas.ts
 * declaring a schema for each type types.ts declares.
 */
import { Node, Project, type SourceFile, SyntaxKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import { emitZod } from '../../../src/emit/zod/index.js';
import type { ApiDocument } from '../../../src/ir/types.js';
import { HOSTILE, hostileDocument, richDocument } from './rich-document.js';

function parse(files: Record<string, string>): Record<string, SourceFile> {
  const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, project.createSourceFile(name, text)]));
}

function emitBoth(doc: ApiDocument): { types: SourceFile; schemas: SourceFile } {
  const files = parse({ 'types.ts': emitTypes(doc), 'schemas.ts': emitZod(doc) });
  return { types: files['types.ts']!, schemas: files['schemas.ts']! };
}

/** What each top-level statement is: `import`, `interface Name`, `type Name`, `const Name`. */
function topLevel(file: SourceFile): string[] {
  return file.getStatements().map((statement) => {
    if (Node.isImportDeclaration(statement)) return `import ${statement.getModuleSpecifierValue()}`;
    if (Node.isInterfaceDeclaration(statement)) return `interface ${statement.getName()}`;
    if (Node.isTypeAliasDeclaration(statement)) return `type ${statement.getName()}`;
    if (Node.isVariableStatement(statement))
      return statement
        .getDeclarations()
        .map((d) => `const ${d.getName()}`)
        .join(', ');
    if (Node.isExportDeclaration(statement)) return `export ${statement.getText()}`;
    // The one function: schemas.ts builds its operation lookup in it (cheaper for the type checker).
    if (Node.isFunctionDeclaration(statement) && statement.getName() === 'operationSchemaTable') return 'function operationSchemaTable';
    return `unexpected ${statement.getKindName()}`;
  });
}

/** Comment text as written, with the `*` line prefixes of a JSDoc block removed. */
function commentText(file: SourceFile): string {
  const comments = file.getDescendantsOfKind(SyntaxKind.JSDoc).map((doc) => doc.getText());
  return comments.join('\n').replace(/\n\s*\* ?/g, '\n');
}

describe('generated code read back with ts-morph', () => {
  for (const [name, document] of [
    ['rich', richDocument],
    ['hostile', hostileDocument],
  ] as const) {
    it(`should hold only imports, exported declarations and consts (${name} document)`, () => {
      const { types, schemas } = emitBoth(document());
      for (const file of [types, schemas]) {
        expect(file.getPreEmitDiagnostics().filter((d) => d.getCategory() === 1 && d.getCode() < 2000)).toEqual([]);
        expect(topLevel(file).filter((kind) => kind.startsWith('unexpected'))).toEqual([]);
        for (const statement of file.getStatements()) {
          if (Node.isImportDeclaration(statement) || Node.isFunctionDeclaration(statement)) continue;
          // `export { A as B };`: an alias of a local const, never a re-export from another module.
          if (Node.isExportDeclaration(statement)) {
            expect(statement.getModuleSpecifier(), statement.getText()).toBeUndefined();
            continue;
          }
          expect(Node.isExportable(statement) && statement.isExported(), statement.getText().slice(0, 80)).toBe(true);
        }
      }
      const imports = topLevel(schemas).filter((kind) => kind.startsWith('import'));
      expect(imports.every((kind) => kind === 'import zod' || kind === 'import ./types.js')).toBe(true);
      // Initialisers are zod expressions: no call on anything but `z`, the schemas themselves and
      // the null-prototype copy that keeps a `__proto__` key an own property.
      const allowed = new Set(['Array.isArray', 'Object.assign', 'Object.create', 'operationSchemaTable']);
      const callees = schemas.getDescendantsOfKind(SyntaxKind.CallExpression).map((call) => call.getExpression().getText());
      const others = callees.filter((callee) => !allowed.has(callee) && !/^(z|\w+Schema)\b/.test(callee));
      expect(new Set(others)).toEqual(new Set());
    });
  }

  it('should declare a zod schema for every named type', () => {
    const { types, schemas } = emitBoth(richDocument());
    const typeNames = [...types.getInterfaces(), ...types.getTypeAliases()].map((d) => d.getName());
    const schemaNames = new Set(schemas.getVariableDeclarations().map((d) => d.getName()));
    const named = typeNames.filter((typeName) => !/^(operations|.*(Request|Response|Params|Query|Headers|Body|Responses))$/.test(typeName));
    expect(named.length).toBeGreaterThan(3);
    for (const typeName of named) expect(schemaNames, typeName).toContain(`${typeName}Schema`);
  });

  it('should keep hostile descriptions inside their doc comments', () => {
    const { types } = emitBoth(richDocument());
    const entity = types.getInterfaceOrThrow('TicketMessageEntity');
    const description = entity
      .getJsDocs()
      .map((doc) => doc.getDescription())
      .join('\n');
    // Every visible word of the hostile text is in the comment, and `*/` is escaped there.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template
    for (const word of ['Ends here', 'alert(1)', '${process.exit(1)}', 'new line', 'ls', 'ps']) expect(description).toContain(word);
    expect(commentText(types)).not.toMatch(/\*\/ alert/);
    expect(types.getDescendantsOfKind(SyntaxKind.Identifier).map((id) => id.getText())).not.toContain('alert');
    expect(HOSTILE).toContain('*/');
  });
});

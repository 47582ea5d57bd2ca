/**
 * The zod v4 emitter: `schemas.ts` with a const per named schema (dependency order) and per
 * operation part, whose inferred types agree with types.ts. Each declaration is text composed from
 * escaped pieces (emit/shared: names, strings, comments); the file is laid out once.
 */
import type { ApiDocument } from '../../ir/types.js';
import { lowerDocument } from '../../lower/index.js';
import { oneLine } from '../shared/comments.js';
import { buildNames, type NamingOptions } from '../shared/naming.js';
import { generatedHeader, printSourceFile, type Statement, textStatement } from '../shared/source-file.js';
import { declareNamedSchemas, namedContext } from './declarations.js';
import { declareOperationSchemas } from './operations.js';
import { printSchemaDeclarations } from './schema-const.js';

export interface ZodEmitOptions {
  /** Module specifier of the generated types, used by recursive schemas (default `./types.js`). */
  typesModule?: string;
  /** Must be the same as the types emitter's, so the two files agree. */
  naming?: NamingOptions;
}

/** The text of `schemas.ts` for `doc`. Same document → byte-identical text. */
export function emitZod(input: ApiDocument, options: ZodEmitOptions = {}): string {
  // The run lowers the document once for both code emitters; a caller of the API may pass the IR as it is.
  const doc = lowerDocument(input);
  const names = buildNames(doc, options.naming);
  const { declarations, recursive } = declareNamedSchemas(doc.schemas, names);
  const named = new Map(doc.schemas.map((schema) => [schema.name, schema]));
  const operationContext = namedContext(names, named, recursive, () => false);
  declarations.push(...declareOperationSchemas(doc.operations, operationContext));
  const statements: Statement[] = [generatedHeader(`zod schemas for ${oneLine(doc.info.title)} ${oneLine(doc.info.version)}.`)];
  // An empty document declares nothing: importing `z` then would trip `noUnusedLocals`.
  if (declarations.length > 0) statements.push({ kind: 'import', namedImports: ['z'], moduleSpecifier: 'zod' });
  if (recursive.size > 0) {
    statements.push({
      kind: 'import',
      isTypeOnly: true,
      namespaceImport: 'Types',
      moduleSpecifier: options.typesModule ?? './types.js',
    });
  }
  if (declarations.length > 0) statements.push(textStatement(`\n${printSchemaDeclarations(declarations).join('\n\n')}`));
  // Nothing to declare: still a module, so importers and `isolatedModules` accept the file.
  else statements.push(textStatement('\nexport {};'));
  return printSourceFile(statements);
}

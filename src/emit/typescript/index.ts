/**
 * The TypeScript types emitter: `types.ts` with one declaration per named schema (sorted by type
 * name), the types of every operation's parts and an `operations` map. Each declaration is text
 * composed from escaped pieces (emit/shared: names, strings, comments); the file is laid out once.
 */
import type { ApiDocument } from '../../ir/types.js';
import { lowerDocument } from '../../lower/index.js';
import { oneLine } from '../shared/comments.js';
import { buildNames, compareText, type NamingOptions } from '../shared/naming.js';
import { generatedHeader, printSourceFile, type Statement, textStatement } from '../shared/source-file.js';
import { declareNamedSchema } from './declarations.js';
import { declareOperations } from './operations.js';
import { createTypeContext } from './type.js';

export interface TypesEmitOptions {
  naming?: NamingOptions;
}

/** The text of `types.ts` for `doc`. Same document → byte-identical text. */
export function emitTypes(input: ApiDocument, options: TypesEmitOptions = {}): string {
  // The run lowers the document once for both code emitters; a caller of the API may pass the IR as it is.
  const doc = lowerDocument(input);
  const names = buildNames(doc, options.naming);
  const context = createTypeContext(names);
  const declarations: string[] = [];
  const named = doc.schemas
    .map((schema) => ({ schema, typeName: names.types.get(schema.name) ?? '' }))
    .filter((entry, index, all) => all.findIndex((other) => other.typeName === entry.typeName) === index)
    .sort((a, b) => compareText(a.typeName, b.typeName));
  for (const { schema, typeName } of named) declarations.push(...declareNamedSchema(schema, typeName, context));
  declarations.push(...declareOperations(doc.operations, context));
  const statements: Statement[] = [generatedHeader(`Types for ${oneLine(doc.info.title)} ${oneLine(doc.info.version)}.`)];
  if (declarations.length > 0) statements.push(textStatement(`\n${declarations.join('\n\n')}`));
  // Nothing to declare: still a module, so importers and `isolatedModules` accept the file.
  else statements.push(textStatement('\nexport {};'));
  return printSourceFile(statements);
}

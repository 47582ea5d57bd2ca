/**
 * The zod v4 emitter: `schemas.ts` with a const per named schema (dependency order) and per
 * operation part, whose inferred types agree with types.ts, printed once.
 */
import type { ApiDocument } from '../../ir/types.js';
import type { Reuse } from '../reuse.js';
import { type CodeDocument, lowerForCode } from '../shared/code-document.js';
import { oneLine } from '../shared/comments.js';
import { buildNames, type EmitNames, type NamingOptions } from '../shared/naming.js';
import { PieceText } from '../shared/piece-text.js';
import { generatedHeader, printImport } from '../shared/source-file.js';
import { declareNamedSchemas, namedContext } from './declarations.js';
import { declareOperationSchemas } from './operations.js';

export interface ZodEmitOptions {
  /** Module specifier of the generated types, used by recursive schemas (default `./types.js`). */
  typesModule?: string;
  /** Must be the same as the types emitter's, so the two files agree. */
  naming?: NamingOptions;
}

/** What a later run needs to render one named schema or operation of `schemas.ts` alone. */
export interface ZodLayout {
  names: EmitNames;
  recursive: Set<string>;
  component: Map<string, number>;
  /** The schema text of every operation part that could be shared (a later part with the same text is an alias). */
  partTexts: string[];
}

/** The text of `schemas.ts` for `doc`. Same document → byte-identical text. */
export function emitZod(input: ApiDocument, options: ZodEmitOptions = {}): string {
  // Discriminated unions narrow their variants (discriminators.ts); request bodies leave readOnly
  // properties out, responses writeOnly ones (read-write.ts).
  return emitZodPieces(lowerForCode(input), options).text.finish();
}

/** `schemas.ts` of a lowered document, with where each named schema's and operation's text is. */
/** `reuse`: given the names and reference cycles, which consts of the last run's schemas.ts can be taken as they are. */
export function emitZodPieces(
  { doc }: CodeDocument,
  options: ZodEmitOptions = {},
  reuse?: (names: EmitNames, cycles: { recursive: Set<string>; component: Map<string, number> }) => Reuse | undefined,
): { text: PieceText; layout: ZodLayout } {
  const names = buildNames(doc, options.naming);
  const { declarations, recursive, component } = declareNamedSchemas(doc.schemas, names, reuse && ((cycles) => reuse(names, cycles)));
  const named = new Map(doc.schemas.map((schema) => [schema.name, schema]));
  const operationContext = namedContext(names, named, recursive, () => false);
  const operations = declareOperationSchemas(doc.operations, operationContext);
  const pieces = [...declarations, ...operations.pieces];
  const out = new PieceText().add(generatedHeader(`zod schemas for ${oneLine(doc.info.title)} ${oneLine(doc.info.version)}.`));
  // An empty document declares nothing: importing `z` then would trip `noUnusedLocals`.
  if (pieces.length > 0) out.add(`\n${printImport({ namedImports: ['z'], moduleSpecifier: 'zod' })}`);
  if (recursive.size > 0)
    out.add(`\n${printImport({ isTypeOnly: true, namespaceImport: 'Types', moduleSpecifier: options.typesModule ?? './types.js' })}`);
  if (pieces.length > 0) out.add('\n\n').join(pieces, '\n\n');
  // Nothing to declare: still a module, so importers and `isolatedModules` accept the file.
  else out.add('\n\nexport {};');
  if (!out.endsWithNewline()) out.add('\n');
  return { text: out, layout: { names, recursive, component, partTexts: operations.texts } };
}

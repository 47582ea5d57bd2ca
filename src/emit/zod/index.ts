/**
 * The zod v4 emitter: `schemas.ts` with a const per named schema (dependency order) and per
 * operation part, whose inferred types agree with types.ts. Each declaration is text composed from
 * escaped pieces (emit/shared: names, strings, comments), keyed by the IR item it renders
 * (piece-text.ts); the file is laid out once.
 */
import type { ApiDocument } from '../../ir/types.js';
import { type CodeDocument, lowerForCode } from '../../lower/index.js';
import type { Reuse } from '../reuse.js';
import { oneLine } from '../shared/comments.js';
import { buildNames, type EmitNames, type NamingOptions } from '../shared/naming.js';
import { PieceText } from '../shared/piece-text.js';
import { generatedHeader, printImport } from '../shared/source-file.js';
import { declareNamedSchemas, namedContext, namedSchemaPieces } from './declarations.js';
import { declareOperationSchemas, operationPieces } from './operations.js';
import { usesFunctionForm } from './schema-const.js';

export interface ZodEmitOptions {
  /** Module specifier of the generated types, used by recursive schemas (default `./types.js`). */
  typesModule?: string;
  /** Must be the same as the types emitter's, so the two files agree. */
  naming?: NamingOptions;
  /** The names the types emitter built for the same document and `naming` (else built here, the same). */
  names?: EmitNames;
  /** The text's likely length in bytes (the last run's output), so it is built in one buffer. */
  expectedBytes?: number;
}

/** What a later run needs to render one named schema or operation of `schemas.ts` alone. */
export interface ZodLayout {
  names: EmitNames;
  recursive: Set<string>;
  component: Map<string, number>;
  /** The schema text of every operation part that could be shared (a later part with the same text is an alias). */
  partTexts: string[];
  /** Each schema is built in a function of its own (schema-const.ts). */
  functionForm: boolean;
}

/** The reference cycles and the const form the named schemas of a `schemas.ts` are rendered in. */
export interface ZodSchemaContext {
  recursive: Set<string>;
  component: Map<string, number>;
  functionForm: boolean;
}

/** The text of `schemas.ts` for `doc`. Same document → byte-identical text. */
export function emitZod(input: ApiDocument, options: ZodEmitOptions = {}): string {
  // The run lowers the document once for both code emitters; a caller of the API may pass the IR as it is.
  return emitZodPieces(lowerForCode(input), options).text.finish();
}

/**
 * `schemas.ts` of a lowered document, with where each named schema's and operation's text is.
 * `reuse`: given the names, reference cycles and const form, which consts of the last run's
 * schemas.ts can be taken as they are.
 */
export function emitZodPieces(
  { doc }: CodeDocument,
  options: ZodEmitOptions = {},
  reuse?: (names: EmitNames, context: ZodSchemaContext) => Reuse | undefined,
): { text: PieceText; layout: ZodLayout } {
  const names = options.names ?? buildNames(doc, options.naming);
  const planned = declareNamedSchemas(doc.schemas, names);
  const { recursive, component } = planned;
  const named = new Map(doc.schemas.map((schema) => [schema.name, schema]));
  const operationContext = namedContext(names, named, recursive, () => false);
  const operations = declareOperationSchemas(doc.operations, operationContext);
  const functionForm = usesFunctionForm(planned.consts.length + operations.consts);
  const reused = reuse?.(names, { recursive, component, functionForm });
  const pieces = [...namedSchemaPieces(planned, functionForm, reused), ...operationPieces(operations, functionForm)];
  const out = new PieceText(options.expectedBytes).add(
    generatedHeader(`zod schemas for ${oneLine(doc.info.title)} ${oneLine(doc.info.version)}.`),
  );
  // An empty document declares nothing: importing `z` then would trip `noUnusedLocals`.
  if (pieces.length > 0) out.add(`\n${printImport({ namedImports: ['z'], moduleSpecifier: 'zod' })}`);
  if (recursive.size > 0)
    out.add(`\n${printImport({ isTypeOnly: true, namespaceImport: 'Types', moduleSpecifier: options.typesModule ?? './types.js' })}`);
  if (pieces.length > 0) out.add('\n\n').join(pieces, '\n\n');
  // Nothing to declare: still a module, so importers and `isolatedModules` accept the file.
  else out.add('\n\nexport {};');
  if (!out.endsWithNewline()) out.add('\n');
  return { text: out, layout: { names, recursive, component, partTexts: operations.texts, functionForm } };
}

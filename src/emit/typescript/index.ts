/**
 * The TypeScript types emitter: `types.ts` with one declaration per named schema (sorted by type
 * name), the types of every operation's parts and an `operations` map. Each declaration is text
 * composed from escaped pieces (emit/shared: names, strings, comments), keyed by the IR item it
 * renders (piece-text.ts); the file is laid out once.
 */
import type { ApiDocument } from '../../ir/types.js';
import { type CodeDocument, lowerForCode } from '../../lower/index.js';
import type { Reuse } from '../reuse.js';
import { oneLine } from '../shared/comments.js';
import { buildNames, compareText, type EmitNames, type NamingOptions } from '../shared/naming.js';
import { type Piece, PieceText } from '../shared/piece-text.js';
import { generatedHeader } from '../shared/source-file.js';
import { declareNamedSchema } from './declarations.js';
import { declareOperations } from './operations.js';
import { createTypeContext } from './type.js';

export interface TypesEmitOptions {
  naming?: NamingOptions;
  /** The text's likely length in bytes (the last run's output), so it is built in one buffer. */
  expectedBytes?: number;
}

/** The text of `types.ts` for `doc`. Same document → byte-identical text. */
export function emitTypes(input: ApiDocument, options: TypesEmitOptions = {}): string {
  // The run lowers the document once for both code emitters; a caller of the API may pass the IR as it is.
  return emitTypesPieces(lowerForCode(input), options).text.finish();
}

/**
 * `types.ts` of a lowered document, with where each named schema's and operation's text is and the
 * names used. `reuse`: given the names, which pieces of the last run's types.ts can be taken as
 * they are (emit/reuse.ts).
 */
export function emitTypesPieces(
  { doc }: CodeDocument,
  options: TypesEmitOptions = {},
  reuse?: (names: EmitNames) => Reuse | undefined,
): { text: PieceText; names: EmitNames } {
  const names = buildNames(doc, options.naming);
  const context = createTypeContext(names);
  const reused = reuse?.(names);
  // The first schema of each type name (looked up in a Set: comparing each with all those before
  // it was 300,000 calls for Stripe's 775 schemas).
  const named: Array<{ schema: (typeof doc.schemas)[number]; typeName: string }> = [];
  const declared = new Set<string>();
  for (const schema of doc.schemas) {
    const typeName = names.types.get(schema.name) ?? '';
    if (declared.has(typeName)) continue;
    declared.add(typeName);
    named.push({ schema, typeName });
  }
  named.sort((a, b) => compareText(a.typeName, b.typeName));
  const pieces: Piece[] = named.map(({ schema, typeName }) => {
    const key = `schema:${schema.name}`;
    return { key, text: reused?.(key) ?? declareNamedSchema(schema, typeName, context).join('\n\n') };
  });
  const { parts, entries } = declareOperations(doc.operations, context, reused);
  pieces.push(...parts);
  const out = new PieceText(options.expectedBytes)
    .add(generatedHeader(`Types for ${oneLine(doc.info.title)} ${oneLine(doc.info.version)}.`))
    .add('\n');
  if (pieces.length > 0) {
    out.add('\n').join(pieces, '\n\n');
    if (entries.length > 0) out.add('\n\nexport interface operations {\n').join(entries, '\n').add('\n}');
  }
  // Nothing to declare: still a module, so importers and `isolatedModules` accept the file.
  else out.add('\nexport {};');
  if (!out.endsWithNewline()) out.add('\n');
  return { text: out, names };
}

/**
 * The pieces of the outputs one merged item renders to (its Path Item, component schema, type
 * and zod declarations), rendered alone with the context a full run recorded (layout.ts
 * `OutputLayout`): what a run that changed a few items splices into the last outputs.
 *
 * Rendering the item as it was must give back the text the last outputs hold at its pieces:
 * that proves the layout still describes those outputs. A piece that cannot be rendered alone
 * (discriminators narrowed across schemas; a zod part whose new text another operation shares)
 * gives undefined, and the caller emits everything again.
 */
import { createHash } from 'node:crypto';
import type { NamedSchema, Operation } from '../ir/types.js';
import { lowerOperation, lowerSchema } from '../lower/index.js';
import type { OutputLayout } from './layout.js';
import { emitNamedSchema } from './openapi/components.js';
import { schemaContext } from './openapi/index.js';
import { emitPathItem } from './openapi/paths.js';
import { printComponentSchema, printPathItem } from './openapi/print-pieces.js';
import { operationParts } from './shared/operation-parts.js';
import { declareNamedSchema as declareType } from './typescript/declarations.js';
import { declareOperation as declareOperationTypes } from './typescript/operations.js';
import { createTypeContext } from './typescript/type.js';
import { declareNamedSchema as declareZod, namedContext } from './zod/declarations.js';
import { operationPartTexts } from './zod/operations.js';
import { printSchemaDeclaration } from './zod/schema-const.js';

/** A merged item: the operations under one Path Item key, or one named schema. */
export type RenderedItem = { path: string; operations: Operation[] } | { schema: NamedSchema };

export interface PieceChange {
  output: string;
  key: string;
  text: string;
  /** The zod parts' schema texts this change replaced, each [was, now]: the layout's `partTexts` must count them anew. */
  parts?: Array<[string, string]>;
}

/** The last outputs' text of a piece, if the output has it. */
type Current = (output: string, key: string) => string | undefined;

/** A zod part's schema text as the layout counts it (`OutputLayout.zod.partTexts`). */
export function partTextKey(text: string): string {
  return createHash('sha1').update(text).digest('base64').slice(0, 20);
}

/** What changes when `before` becomes `after` (the same item, patched); undefined when that cannot be told item by item. */
export function itemPieceChanges(
  before: RenderedItem,
  after: RenderedItem,
  layout: OutputLayout,
  current: Current,
): PieceChange[] | undefined {
  const changes: PieceChange[] = [];
  for (const render of [openApiPieces, typePieces, zodSchemaPieces]) {
    const was = render(before, layout, current);
    const now = render(after, layout, current);
    if (was === undefined || now === undefined || now.length !== was.length) return undefined;
    for (const [index, piece] of was.entries()) {
      const next = now[index]!;
      // The same pieces, and rendering the item as it was gives the last outputs' text back.
      if (next.key !== piece.key || current(piece.output, piece.key) !== piece.text) return undefined;
      if (next.text !== piece.text) changes.push(next);
    }
  }
  if ('operations' in before && 'operations' in after) {
    const zod = zodOperationChanges(before.operations, after.operations, layout, current);
    if (!zod) return undefined;
    changes.push(...zod);
  }
  return changes;
}

type Renderer = (item: RenderedItem, layout: OutputLayout, current: Current) => PieceChange[] | undefined;

const openApiPieces: Renderer = (item, layout, current) => {
  const keys = layout.openapi?.keys;
  const output = 'openapi.json';
  if (!keys || !layout.pieces.has(output)) return [];
  const ctx = schemaContext(keys);
  if ('path' in item) {
    const key = `path:${item.path}`;
    return current(output, key) === undefined ? [] : [{ output, key, text: printPathItem(emitPathItem(item.operations, ctx, item.path)) }];
  }
  const key = `schema:${item.schema.name}`;
  return current(output, key) === undefined ? [] : [{ output, key, text: printComponentSchema(emitNamedSchema(item.schema, keys, ctx)) }];
};

const typePieces: Renderer = (item, layout, current) => {
  const output = 'types.ts';
  if (!layout.code || !layout.pieces.has(output)) return [];
  const { names, lowering } = layout.code;
  const context = createTypeContext(names);
  const pieces: PieceChange[] = [];
  if ('schema' in item) {
    const lowered = lowerSchema(item.schema, lowering);
    if (!lowered) return undefined;
    for (const named of lowered) {
      const key = `schema:${named.name}`;
      const typeName = names.types.get(named.name);
      if (typeName === undefined || current(output, key) === undefined) continue;
      pieces.push({ output, key, text: declareType(named, typeName, context).join('\n\n') });
    }
    return pieces;
  }
  for (const operation of item.operations) {
    const lowered = lowerOperation(operation, lowering);
    if (!lowered) return undefined;
    const operationNames = names.operations.get(operation.operationId);
    if (!operationNames || current(output, `op:${operation.operationId}`) === undefined) continue;
    const declared = declareOperationTypes(lowered, operationNames, operationParts(lowered), context);
    pieces.push({ output, key: `op:${operation.operationId}`, text: declared.parts });
    pieces.push({ output, key: `entry:${operation.operationId}`, text: declared.entry });
  }
  return pieces;
};

/** A zod context must not look at other schemas (only narrowed discriminators make it): rendering alone is not possible then. */
class Unavailable extends Map<string, NamedSchema> {
  override get(): never {
    throw new Error('needs the whole document');
  }
}

const zodSchemaPieces: Renderer = (item, layout, current) => {
  const output = 'schemas.ts';
  if (!('schema' in item) || !layout.code || !layout.zod || !layout.pieces.has(output)) return [];
  const { names, lowering } = layout.code;
  const { recursive, component, functionForm } = layout.zod;
  const lowered = lowerSchema(item.schema, lowering);
  if (!lowered) return undefined;
  const pieces: PieceChange[] = [];
  try {
    for (const named of lowered) {
      const key = `schema:${named.name}`;
      const typeName = names.types.get(named.name);
      if (typeName === undefined || current(output, key) === undefined) continue;
      const context = namedContext(names, new Unavailable(), recursive, (ref) => component.get(ref) === component.get(named.name));
      pieces.push({ output, key, text: declareZod(named, typeName, context, functionForm) });
    }
  } catch {
    return undefined;
  }
  return pieces;
};

/**
 * An operation's zod parts are declared once per schema text: a part whose text an earlier part
 * has is an alias of that one. So a part whose text changed is rewritten in place only when it
 * declared its text alone and its new text is no other part's; anything else gives undefined.
 */
function zodOperationChanges(before: Operation[], after: Operation[], layout: OutputLayout, current: Current): PieceChange[] | undefined {
  const output = 'schemas.ts';
  if (!layout.code || !layout.zod || !layout.pieces.has(output)) return [];
  const { names, lowering } = layout.code;
  const { partTexts: counts, functionForm } = layout.zod;
  const context = namedContext(names, new Unavailable(), layout.zod.recursive, () => false);
  const changes: PieceChange[] = [];
  try {
    for (const [index, operation] of before.entries()) {
      const next = after[index];
      const key = `op:${operation.operationId}`;
      const operationNames = names.operations.get(operation.operationId);
      let text = current(output, key);
      const replaced: Array<[string, string]> = [];
      if (next?.operationId !== operation.operationId) return undefined;
      if (text === undefined || !operationNames) continue;
      const [was, now] = [operation, next].map((op) => {
        const lowered = lowerOperation(op, lowering);
        return lowered && operationPartTexts(operationParts(lowered), operationNames, context);
      });
      if (!was || !now || was.length !== now.length) return undefined;
      for (const [part, [constName, code]] of now.entries()) {
        const [oldName, oldCode] = was[part]!;
        if (oldName !== constName) return undefined;
        if ('alias' in code && 'alias' in oldCode && code.alias === oldCode.alias) continue;
        // A part that is (or was) another const is an alias, whose target decides other parts' aliases.
        if (!('text' in code) || !('text' in oldCode)) return undefined;
        const [schema, oldSchema] = [code.text, oldCode.text];
        if (oldSchema === schema) continue;
        const alone = counts.get(partTextKey(oldSchema)) === 1 && !counts.has(partTextKey(schema));
        const unique = now.every(([, other], at) => at === part || !('text' in other) || other.text !== schema);
        if (!alone || !unique) return undefined;
        const declare = (text: string) => printSchemaDeclaration({ kind: 'const', doc: '', name: constName, text }, functionForm);
        const declaration = declare(oldSchema);
        const at = text.indexOf(declaration);
        if (at === -1 || text.indexOf(declaration, at + 1) !== -1) return undefined;
        text = `${text.slice(0, at)}${declare(schema)}${text.slice(at + declaration.length)}`;
        replaced.push([oldSchema, schema]);
      }
      if (text !== current(output, key)) changes.push({ output, key, text, ...(replaced.length > 0 ? { parts: replaced } : {}) });
    }
  } catch {
    return undefined;
  }
  return changes;
}

/**
 * The document both code emitters declare, lowered once: discriminated unions narrowed
 * (discriminators.ts), read/write variants of named schemas (read-write.ts), webhooks as operations
 * (webhook-operations.ts). `lowering` records what was done, so that a run which changed a few
 * items lowers just those the same way (`lowerSchema`, `lowerOperation`) instead of the whole
 * document again.
 */
import type { ApiDocument, NamedSchema, Operation } from '../../ir/types.js';
import { narrowDiscriminators } from './discriminators.js';
import { type ReadWriteRenames, readWriteOperation, readWriteRenames, readWriteVariants, splitReadWrite } from './read-write.js';
import { withWebhookOperations } from './webhook-operations.js';

export interface Lowering {
  renames: ReadWriteRenames;
  /** Discriminators were narrowed: an item's lowering then depends on the schemas it refers to. */
  narrowed: boolean;
}

export interface CodeDocument {
  doc: ApiDocument;
  lowering: Lowering;
}

export function lowerForCode(input: ApiDocument): CodeDocument {
  const narrowed = narrowDiscriminators(input);
  const renames = readWriteRenames(narrowed.schemas);
  const doc = withWebhookOperations(splitReadWrite(narrowed, renames));
  return { doc, lowering: { renames, narrowed: narrowed !== input } };
}

/**
 * A named schema and its variants, as `lowerForCode` lowers it; undefined when that depends on
 * the rest of the document (narrowed discriminators).
 */
export function lowerSchema(named: NamedSchema, lowering: Lowering): NamedSchema[] | undefined {
  if (lowering.narrowed) return undefined;
  return [named, ...readWriteVariants(named, lowering.renames)];
}

/** An operation as `lowerForCode` lowers it; undefined when that depends on the rest of the document. */
export function lowerOperation(operation: Operation, lowering: Lowering): Operation | undefined {
  if (lowering.narrowed) return undefined;
  return readWriteOperation(operation, lowering.renames);
}

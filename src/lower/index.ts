/**
 * IR → IR, once, before the code emitters: the shape types.ts and schemas.ts declare, which
 * differs from the document openapi.json states in three ways:
 * - discriminated unions narrow their ref variants to their tag (discriminators.ts);
 * - request bodies leave readOnly properties out, responses writeOnly ones (read-write.ts);
 * - webhooks are declared like operations (webhook-operations.ts).
 *
 * `Lowering` records what was done, so that a run which changed a few items lowers just those the
 * same way (`lowerSchema`, `lowerOperation`) instead of the whole document again.
 */
import type { ApiDocument, NamedSchema, Operation } from '../ir/types.js';
import { narrowDiscriminators } from './discriminators.js';
import { type ReadWriteRenames, readWriteOperation, readWriteRenames, readWriteVariants, splitReadWrite } from './read-write.js';
import { withWebhookOperations } from './webhook-operations.js';

declare const lowered: unique symbol;

/** A document `lowerForCode` made: what the TypeScript and zod emitters declare. */
type LoweredDocument = ApiDocument & { readonly [lowered]: true };

export interface Lowering {
  renames: ReadWriteRenames;
  /** Discriminators were narrowed: an item's lowering then depends on the schemas it refers to. */
  narrowed: boolean;
}

export interface CodeDocument {
  doc: LoweredDocument;
  lowering: Lowering;
}

/** Documents this module returned: lowering one again would split its read/write variants again. */
const LOWERED = new WeakMap<ApiDocument, CodeDocument>();

/** `input` lowered for the code emitters; a document that is already lowered is returned as it is. */
export function lowerForCode(input: ApiDocument): CodeDocument {
  const known = LOWERED.get(input);
  if (known) return known;
  const narrowed = narrowDiscriminators(input);
  const renames = readWriteRenames(narrowed.schemas);
  const doc = withWebhookOperations(splitReadWrite(narrowed, renames)) as LoweredDocument;
  const code: CodeDocument = { doc, lowering: { renames, narrowed: narrowed !== input } };
  LOWERED.set(doc, code);
  return code;
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

/**
 * IR → IR, once, before the code emitters: the shape types.ts and schemas.ts declare, which
 * differs from the document openapi.json states in three ways:
 * - discriminated unions narrow their ref variants to their tag (discriminators.ts);
 * - request bodies leave readOnly properties out, responses writeOnly ones (read-write.ts);
 * - webhooks are declared like operations (webhook-operations.ts).
 */
import type { ApiDocument } from '../ir/types.js';
import { narrowDiscriminators } from './discriminators.js';
import { splitReadWrite } from './read-write.js';
import { withWebhookOperations } from './webhook-operations.js';

declare const lowered: unique symbol;

/** A document `lowerDocument` made: what the TypeScript and zod emitters declare. */
export type LoweredDocument = ApiDocument & { readonly [lowered]: true };

/** Documents this module returned: lowering one again would split its read/write variants again. */
const LOWERED = new WeakSet<ApiDocument>();

/** `doc` lowered for the code emitters; a document that is already lowered is returned as it is. */
export function lowerDocument(doc: ApiDocument): LoweredDocument {
  if (LOWERED.has(doc)) return doc as LoweredDocument;
  const out = withWebhookOperations(splitReadWrite(narrowDiscriminators(doc)));
  LOWERED.add(out);
  return out as LoweredDocument;
}

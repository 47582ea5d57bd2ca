/**
 * Webhooks for the code emitters (types.ts and schemas.ts alike). A webhook is a request the API
 * sends; its receiver validates the incoming body like a server validates a request, so each
 * webhook's parts are declared like an operation's: `OrderShippedRequestBody` and its schema,
 * listed in the `operations` map by operationId. Directions are the webhook's own: read-write.ts
 * reads its request body as the API's output (readOnly kept) and its responses as input.
 */
import type { ApiDocument, Operation } from '../ir/types.js';

/** `doc` with its webhooks appended to the operations; a webhook whose operationId an operation has is left out. */
export function withWebhookOperations(doc: ApiDocument): ApiDocument {
  if (!doc.webhooks || doc.webhooks.length === 0) return doc;
  const ids = new Set(doc.operations.map((operation) => operation.operationId));
  const webhooks = doc.webhooks.filter((webhook) => !ids.has(webhook.operationId)).map(asOperation);
  return { ...doc, operations: [...doc.operations, ...webhooks] };
}

/** The webhook's name stands where an operation's path would (`POST webhook orderShipped` in the doc comment). */
function asOperation(webhook: Operation): Operation {
  return { ...webhook, path: `webhook ${webhook.path}` };
}

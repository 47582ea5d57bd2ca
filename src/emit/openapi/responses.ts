/**
 * Responses by status: numeric codes ascending, then ranges (`4XX`), then `default` —
 * the order a JS object keeps anyway (integer-like keys first), made explicit.
 */
import { statusText } from '../../ir/status-text.js';
import type { Response } from '../../ir/types.js';
import { emitContent, emitHeaders } from './content.js';
import { compareCodeUnits, copyJson, type JsonObject, objectFromEntries, orderKeys } from './json-object.js';
import type { SchemaContext } from './schema.js';

function statusRank(status: string): number {
  if (/^\d+$/.test(status)) return 0;
  return status === 'default' ? 2 : 1;
}

function compareStatuses(a: string, b: string): number {
  const rank = statusRank(a) - statusRank(b);
  if (rank !== 0) return rank;
  if (statusRank(a) === 0) return Number(a) - Number(b);
  return compareCodeUnits(a.toUpperCase(), b.toUpperCase());
}

/** OpenAPI requires a description; an empty one becomes the status's reason phrase. */
function responseDescription(response: Response): string {
  if (response.description.trim() !== '') return response.description;
  return statusText(response.status);
}

export function emitResponses(responses: Response[], ctx: SchemaContext): JsonObject | undefined {
  if (responses.length === 0) return undefined;
  const sorted = [...responses].sort((a, b) => compareStatuses(a.status, b.status));
  return objectFromEntries(
    sorted.map(
      (response) =>
        [
          /^[1-5]xx$/.test(response.status) ? response.status.toUpperCase() : response.status,
          orderKeys(
            {
              description: responseDescription(response),
              headers: emitHeaders(response.headers, ctx),
              content: response.content.length > 0 ? emitContent(response.content, ctx) : undefined,
              links: response.links && copyJson(response.links),
            },
            ['description', 'headers', 'content', 'links'],
          ),
        ] as const,
    ),
  );
}

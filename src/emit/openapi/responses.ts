/**
 * Responses by status: numeric codes ascending, then ranges (`4XX`), then `default` —
 * the order a JS object keeps anyway (integer-like keys first), made explicit.
 */
import type { Response } from '../../ir/types.js';
import { emitContent, emitHeaders } from './content.js';
import { compareCodeUnits, copyJson, type JsonObject, objectFromEntries, orderKeys } from './json-object.js';
import type { SchemaContext } from './schema.js';

const STATUS_TEXT = new Map<string, string>(
  Object.entries({
    '1XX': 'Informational',
    '2XX': 'Success',
    '3XX': 'Redirection',
    '4XX': 'Client error',
    '5XX': 'Server error',
    '100': 'Continue',
    '200': 'OK',
    '201': 'Created',
    '202': 'Accepted',
    '204': 'No Content',
    '206': 'Partial Content',
    '301': 'Moved Permanently',
    '302': 'Found',
    '303': 'See Other',
    '304': 'Not Modified',
    '307': 'Temporary Redirect',
    '308': 'Permanent Redirect',
    '400': 'Bad Request',
    '401': 'Unauthorized',
    '403': 'Forbidden',
    '404': 'Not Found',
    '405': 'Method Not Allowed',
    '406': 'Not Acceptable',
    '409': 'Conflict',
    '410': 'Gone',
    '412': 'Precondition Failed',
    '413': 'Content Too Large',
    '415': 'Unsupported Media Type',
    '422': 'Unprocessable Content',
    '429': 'Too Many Requests',
    '500': 'Internal Server Error',
    '501': 'Not Implemented',
    '502': 'Bad Gateway',
    '503': 'Service Unavailable',
    '504': 'Gateway Timeout',
    default: 'Default response',
  }),
);

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
  return STATUS_TEXT.get(response.status.toUpperCase()) ?? STATUS_TEXT.get(response.status) ?? `Status ${response.status}`;
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

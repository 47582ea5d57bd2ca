import type { HttpMethod } from './types.js';

/** `put /api/v1/TicketMessage/{id}` → `put_api_v1_TicketMessage_id`: the fallback operationId. */
export function deriveOperationId(method: HttpMethod, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
  return [method, ...words].join('_');
}

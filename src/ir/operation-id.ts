import type { HttpMethod } from './types.js';

/**
 * The letters and digits of a route's words: ASCII's `[A-Za-z0-9]`, and any script's (`订单`,
 * `ユーザー`, `año`), as an identifier may hold them (Unicode's ID_Continue, less `_`, which
 * separates as every other mark does).
 */
export const ROUTE_WORD_BREAK = /[^\p{ID_Continue}]+|_+/u;

/**
 * `put /api/v1/TicketMessage/{id}` → `put_api_v1_TicketMessage_id`: the fallback operationId.
 * A segment in another script is a word as an ASCII one is (`get /v1/订单/{订单号}` →
 * `get_v1_订单_订单号`), so two routes differing only there get two ids.
 */
export function deriveOperationId(method: HttpMethod, path: string): string {
  const words = path.split(ROUTE_WORD_BREAK).filter((word) => word.length > 0);
  return [method, ...words].join('_');
}

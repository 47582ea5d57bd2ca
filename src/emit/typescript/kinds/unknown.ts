import type { UnknownSchema } from '../../../ir/types.js';

/** Any JSON value. */
export function renderUnknownType(_schema: UnknownSchema): string {
  return 'unknown';
}

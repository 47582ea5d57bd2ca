import type { NullSchema } from '../../../ir/types.js';

export function renderNullType(_schema: NullSchema): string {
  return 'null';
}

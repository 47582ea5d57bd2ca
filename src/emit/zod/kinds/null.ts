import type { NullSchema } from '../../../ir/types.js';

export function renderNullZod(_schema: NullSchema): string {
  return 'z.null()';
}

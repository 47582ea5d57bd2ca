import type { BooleanSchema } from '../../../ir/types.js';

export function renderBooleanZod(_schema: BooleanSchema): string {
  return 'z.boolean()';
}

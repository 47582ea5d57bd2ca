import type { BooleanSchema } from '../../../ir/types.js';

export function renderBooleanType(_schema: BooleanSchema): string {
  return 'boolean';
}

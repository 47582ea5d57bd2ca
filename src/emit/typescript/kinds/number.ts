import type { IntegerSchema, NumberSchema } from '../../../ir/types.js';

/** Integers and numbers are both `number` (the integer check lives in zod). */
export function renderNumberType(_schema: IntegerSchema | NumberSchema): string {
  return 'number';
}

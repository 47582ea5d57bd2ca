import type { IntegerSchema, NumberSchema } from '../../../ir/types.js';
import { numberLiteral } from '../../shared/literal.js';
import { withChecks } from '../context.js';

/**
 * `z.int()` (safe integers) or `z.number()`, with the numeric constraints zod can check. 64-bit
 * integers (ticks, large ids) can exceed the safe range once parsed from JSON: they are only
 * required to be whole numbers.
 */
export function renderNumberZod(schema: IntegerSchema | NumberSchema): string {
  const text = (value: number | undefined): string | undefined => (value === undefined ? undefined : numberLiteral(value));
  return withChecks(baseOf(schema), [
    ['gte', text(schema.minimum)],
    ['lte', text(schema.maximum)],
    ['gt', text(schema.exclusiveMinimum)],
    ['lt', text(schema.exclusiveMaximum)],
    ['multipleOf', schema.multipleOf !== undefined && schema.multipleOf > 0 ? text(schema.multipleOf) : undefined],
  ]);
}

function baseOf(schema: IntegerSchema | NumberSchema): string {
  if (schema.kind === 'number') return 'z.number()';
  return /^u?int64$/i.test(schema.format ?? '') ? 'z.number().refine(Number.isInteger)' : 'z.int()';
}

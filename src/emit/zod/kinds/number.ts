import type { IntegerSchema, NumberSchema } from '../../../ir/types.js';
import { numberLiteral } from '../../shared/literal.js';
import { withChecks } from '../context.js';

/** `z.int()` (safe integers) or `z.number()`, with the numeric constraints zod can check. */
export function renderNumberZod(schema: IntegerSchema | NumberSchema): string {
  const text = (value: number | undefined): string | undefined => (value === undefined ? undefined : numberLiteral(value));
  return withChecks(schema.kind === 'integer' ? 'z.int()' : 'z.number()', [
    ['gte', text(schema.minimum)],
    ['lte', text(schema.maximum)],
    ['gt', text(schema.exclusiveMinimum)],
    ['lt', text(schema.exclusiveMaximum)],
    ['multipleOf', schema.multipleOf !== undefined && schema.multipleOf > 0 ? text(schema.multipleOf) : undefined],
  ]);
}

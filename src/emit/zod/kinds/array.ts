import type { ArraySchema } from '../../../ir/types.js';
import { numberLiteral } from '../../shared/literal.js';
import { withChecks, type ZodContext } from '../context.js';

/** `z.array(item)` with minItems/maxItems. */
export function renderArrayZod(schema: ArraySchema, context: ZodContext): string {
  const text = (value: number | undefined): string | undefined => (value === undefined ? undefined : numberLiteral(value));
  return withChecks(`z.array(${context.render(schema.items)})`, [
    ['min', text(schema.minItems)],
    ['max', text(schema.maxItems)],
  ]);
}

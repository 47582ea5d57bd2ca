import type { ArraySchema } from '../../../ir/types.js';
import { numberLiteral } from '../../shared/literal.js';
import { withChecks, type ZodContext } from '../context.js';

/** `z.array(item)` with minItems/maxItems; a tuple as `z.tuple([a, b.optional()], rest)`. */
export function renderArrayZod(schema: ArraySchema, context: ZodContext): string {
  const text = (value: number | undefined): string | undefined => (value === undefined ? undefined : numberLiteral(value));
  if (schema.prefixItems) return renderTupleZod(schema, schema.prefixItems, context);
  return withChecks(`z.array(${context.render(schema.items)})`, [
    ['min', text(schema.minItems)],
    ['max', text(schema.maxItems)],
  ]);
}

/**
 * Elements past `minItems` are optional; the rest is the tuple's second argument unless
 * `maxItems` closes it at its length. Length bounds the elements do not already imply are checks.
 */
function renderTupleZod(schema: ArraySchema, prefixItems: ArraySchema['items'][], context: ZodContext): string {
  const count = prefixItems.length;
  const required = Math.min(schema.minItems ?? 0, count);
  const elements = prefixItems.map((item, index) => (index < required ? context.render(item) : `${context.render(item)}.optional()`));
  const open = schema.maxItems === undefined || schema.maxItems > count;
  const tuple = `z.tuple([${elements.join(', ')}]${open ? `, ${context.render(schema.items)}` : ''})`;
  const checks: string[] = [];
  if (schema.minItems !== undefined && schema.minItems > count) checks.push(`z.minLength(${numberLiteral(schema.minItems)})`);
  if (open && schema.maxItems !== undefined) checks.push(`z.maxLength(${numberLiteral(schema.maxItems)})`);
  return checks.length > 0 ? `${tuple}.check(${checks.join(', ')})` : tuple;
}

import type { ArraySchema } from '../../../ir/types.js';
import { needsParens, type TypeContext } from '../context.js';

/** `T[]`, or `(A | B)[]` when the item type is a union or intersection; a tuple as `[A, B?, ...R[]]`. */
export function renderArrayType(schema: ArraySchema, context: TypeContext): string {
  if (schema.prefixItems) return renderTupleType(schema, schema.prefixItems, context);
  const item = context.render(schema.items);
  return needsParens(schema.items) ? `(${item})[]` : `${item}[]`;
}

/**
 * Elements past `minItems` may be absent (`(B | undefined)?`, as zod's optional elements infer);
 * the rest is `...R[]` unless `maxItems` closes the tuple at its length.
 */
function renderTupleType(schema: ArraySchema, prefixItems: ArraySchema['items'][], context: TypeContext): string {
  const required = Math.min(schema.minItems ?? 0, prefixItems.length);
  const elements = prefixItems.map((item, index) => (index < required ? context.render(item) : `(${context.render(item)} | undefined)?`));
  if (schema.maxItems === undefined || schema.maxItems > prefixItems.length) {
    const rest = context.render(schema.items);
    elements.push(`...${needsParens(schema.items) ? `(${rest})` : rest}[]`);
  }
  return `[${elements.join(', ')}]`;
}

import type { ArraySchema } from '../../../ir/types.js';
import { needsParens, type TypeContext } from '../context.js';

/** `T[]`, or `(A | B)[]` when the item type is a union or intersection. */
export function renderArrayType(schema: ArraySchema, context: TypeContext): string {
  const item = context.render(schema.items);
  return needsParens(schema.items) ? `(${item})[]` : `${item}[]`;
}

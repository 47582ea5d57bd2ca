import type { UnionSchema } from '../../../ir/types.js';
import type { TypeContext } from '../context.js';

/** oneOf / anyOf: `A | B` (duplicates dropped, `never` when empty). */
export function renderUnionType(schema: UnionSchema, context: TypeContext): string {
  const variants = [...new Set(schema.variants.map((variant) => context.render(variant)))];
  return variants.length === 0 ? 'never' : variants.join(' | ');
}

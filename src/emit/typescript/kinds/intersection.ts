import type { IntersectionSchema } from '../../../ir/types.js';
import { needsParens, type TypeContext } from '../context.js';

/** allOf: `A & B`, with unions parenthesised; `unknown` when empty. */
export function renderIntersectionType(schema: IntersectionSchema, context: TypeContext): string {
  const parts = schema.parts.map((part) => (needsParens(part) ? `(${context.render(part)})` : context.render(part)));
  const unique = [...new Set(parts)];
  return unique.length === 0 ? 'unknown' : unique.join(' & ');
}

import type { IntersectionSchema } from '../../../ir/types.js';
import type { ZodContext } from '../context.js';

/** allOf: `z.intersection(a, b)`, folded left for more parts; `z.unknown()` when empty. */
export function renderIntersectionZod(schema: IntersectionSchema, context: ZodContext): string {
  const parts = [...new Set(schema.parts.map((part) => context.render(part)))];
  const [first, ...rest] = parts;
  if (first === undefined) return 'z.unknown()';
  return rest.reduce((left, right) => `z.intersection(${left}, ${right})`, first);
}

import type { MapSchema } from '../../../ir/types.js';
import type { TypeContext } from '../context.js';

/** A dictionary: `Record<string, T>`. */
export function renderMapType(schema: MapSchema, context: TypeContext): string {
  return `Record<string, ${context.render(schema.values)}>`;
}

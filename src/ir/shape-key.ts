import { compareText } from './order.js';

const ANNOTATIONS = new Set(['description', 'source', 'examples', 'title', 'inferred']);

/** A canonical JSON of the schema's shape (annotations dropped, keys sorted). */
export function shapeKey(schema: unknown): string {
  return JSON.stringify(schema, (key, value: unknown) => {
    if (ANNOTATIONS.has(key)) return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([x], [y]) => compareText(x, y)));
    }
    return value;
  });
}

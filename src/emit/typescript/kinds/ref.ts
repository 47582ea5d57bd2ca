import type { RefSchema } from '../../../ir/types.js';
import type { TypeContext } from '../context.js';

/** The named type; `unknown` if the name is not in the document (the merge never leaves one dangling). */
export function renderRefType(schema: RefSchema, context: TypeContext): string {
  return context.names.types.get(schema.name) ?? 'unknown';
}

/** What every TypeScript kind renderer gets: the shared names and the renderer for nested schemas. */
import type { Schema } from '../../ir/types.js';
import type { EmitNames } from '../shared/naming.js';

export interface TypeContext {
  names: EmitNames;
  /** Renders a nested schema (nullable included). */
  render: (schema: Schema) => string;
}

/** True when `schema`'s type text must be parenthesised before `[]` or inside `&`. */
export function needsParens(schema: Schema): boolean {
  if (schema.nullable && schema.kind !== 'null' && schema.kind !== 'unknown') return true;
  if (schema.kind === 'union') return schema.variants.length > 1;
  if (schema.kind === 'intersection') return schema.parts.length > 1;
  if (schema.kind === 'enum') return new Set(schema.values.map((member) => member.value)).size > 1;
  return false;
}

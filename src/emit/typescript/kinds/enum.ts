import type { EnumSchema } from '../../../ir/types.js';
import { numberLiteral, quoteString } from '../../shared/literal.js';

/** A union of the literal values: `'open' | 'closed'`, `0 | 1 | 2`. */
export function renderEnumType(schema: EnumSchema): string {
  const literals = [...new Set(schema.values.map((member) => member.value))].map((value) =>
    typeof value === 'string' ? quoteString(value) : numberLiteral(value),
  );
  return literals.length === 0 ? 'never' : literals.join(' | ');
}

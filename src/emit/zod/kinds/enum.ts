import type { EnumSchema } from '../../../ir/types.js';
import { numberLiteral, quoteString } from '../../shared/literal.js';

/** String enums: `z.enum([...])`; numeric (or mixed) ones: `z.literal([...])` (zod v4 takes many values). */
export function renderEnumZod(schema: EnumSchema): string {
  const values = [...new Set(schema.values.map((member) => member.value))];
  if (values.length === 0) return 'z.never()';
  const literals = values.map((value) => (typeof value === 'string' ? quoteString(value) : numberLiteral(value)));
  if (values.length === 1) return `z.literal(${literals[0]})`;
  if (values.every((value) => typeof value === 'string')) return `z.enum([${literals.join(', ')}])`;
  return `z.literal([${literals.join(', ')}])`;
}

import type { ConstSchema, JsonValue } from '../../../ir/types.js';
import { numberLiteral, quoteString } from '../../shared/literal.js';
import { objectLiteralKey } from '../../shared/naming.js';
import { block } from '../../shared/source-file.js';

/** Exactly one value: literals for primitives, tuples and strict objects of literals otherwise. */
export function renderConstZod(schema: ConstSchema): string {
  return renderJsonZod(schema.value);
}

function renderJsonZod(value: JsonValue): string {
  if (value === null) return 'z.null()';
  if (typeof value === 'string') return `z.literal(${quoteString(value)})`;
  if (typeof value === 'number') return `z.literal(${numberLiteral(value)})`;
  if (typeof value === 'boolean') return `z.literal(${String(value)})`;
  if (Array.isArray(value)) return `z.tuple([${value.map(renderJsonZod).join(', ')}])`;
  const members = Object.entries(value).map(([key, item]) => `${objectLiteralKey(key)}: ${renderJsonZod(item)}`);
  return `z.strictObject(${block(members, ',')})`;
}

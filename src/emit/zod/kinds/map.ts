import type { MapSchema } from '../../../ir/types.js';
import type { ZodContext } from '../context.js';
import { regexCode } from './string.js';

/** `z.record(z.string(), V)`; the key pattern, when known and valid, checks the keys. */
export function renderMapZod(schema: MapSchema, context: ZodContext): string {
  const regex = regexCode(schema.keyPattern);
  const key = regex ? `z.string().regex(${regex})` : 'z.string()';
  return `z.record(${key}, ${context.render(schema.values)})`;
}

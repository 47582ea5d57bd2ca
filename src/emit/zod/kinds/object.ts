import type { ObjectSchema } from '../../../ir/types.js';
import { jsDoc, withDoc } from '../../shared/comments.js';
import { objectLiteralKey } from '../../shared/naming.js';
import { block } from '../../shared/source-file.js';
import type { ZodContext } from '../context.js';

/**
 * Open objects (additionalProperties not stated, or any value) → `z.looseObject`: a response with
 * extra fields parses and keeps them. Closed → `z.strictObject`. A schema for extra keys → `.catchall`.
 */
export function renderObjectZod(schema: ObjectSchema, context: ZodContext): string {
  const seen = new Set<string>();
  const members: string[] = [];
  for (const property of schema.properties) {
    if (seen.has(property.name)) continue;
    seen.add(property.name);
    const value = context.render(property.schema) + (property.required ? '' : '.optional()');
    const description = property.description ?? property.schema.description;
    const doc = jsDoc(description ? [description] : []);
    members.push(withDoc(doc, `${objectLiteralKey(property.name)}: ${value}`));
  }
  const shape = block(members, ',');
  const object = objectOf(shape, schema, context);
  return needsOwnPropertyGuard(schema) ? `z.preprocess(${OWN_PROPERTIES}, ${object})` : object;
}

/** True when the object declares a property `Object.prototype` also has (`constructor`, `toString`, …). */
export function needsOwnPropertyGuard(schema: ObjectSchema): boolean {
  return schema.properties.some((property) => INHERITED.has(property.name));
}

function objectOf(shape: string, schema: ObjectSchema, context: ZodContext): string {
  const extra = schema.additionalProperties;
  if (extra === false) return `z.strictObject(${shape})`;
  if (extra === undefined || (extra.kind === 'unknown' && !extra.nullable)) return `z.looseObject(${shape})`;
  return `z.object(${shape}).catchall(${context.render(extra)})`;
}

/**
 * zod reads `input[key]`, inherited properties included: an optional `constructor` or `toString`
 * would see `Object.prototype`'s function on every object that lacks it. Objects declaring such a
 * property are parsed from a null-prototype copy holding only the input's own properties.
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype).filter((name) => name !== '__proto__'));
const OWN_PROPERTIES =
  "(value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : value)";

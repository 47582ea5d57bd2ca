/**
 * A field named by a placeholder stands for any key: `labels` ⏎ `labels[<label_name>]` (a type
 * sketch's `"labels": {"<label_name>": "<string>"}`, a table's nested row), `{<featureName>:
 * <Boolean>}`, `"{room}": {…}`, `":lamp": 3` (ir/placeholder-key.ts). Where an object's one such field is its only placeholder, it is the
 * object's `additionalProperties` (a map of the field's schema), as the one placeholder row of a
 * table's own level already was (properties.ts); several (`<room1>`, `<room2>`) stay fields.
 */
import { isPlaceholderKey } from '../ir/placeholder-key.js';
import type { ObjectSchema, Schema } from '../ir/types.js';

/** Deeper than this, nested objects are left as they are (a table's paths nest no further by hand). */
const MAX_DEPTH = 64;

/** `object` with the placeholder field of it and of its nested objects (array items too) made their maps' values, in place. */
export function placeholderFieldsAsMaps<T extends Schema>(schema: T, depth = 0): T {
  if (depth > MAX_DEPTH) return schema;
  if (schema.kind === 'array') placeholderFieldsAsMaps(schema.items, depth + 1);
  if (schema.kind !== 'object') return schema;
  for (const property of schema.properties) placeholderFieldsAsMaps(property.schema, depth + 1);
  anyKeyField(schema);
  return schema;
}

function anyKeyField(object: ObjectSchema): void {
  if (object.additionalProperties) return;
  const keyed = object.properties.filter((property) => isPlaceholderKey(property.name));
  if (keyed.length !== 1) return;
  const [field] = keyed;
  object.properties = object.properties.filter((property) => property !== field);
  object.additionalProperties = field!.description ? { description: field!.description, ...field!.schema } : field!.schema;
}

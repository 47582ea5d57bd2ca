/**
 * IR schema → OpenAPI 3.1 Schema Object (JSON Schema 2020-12 dialect).
 * Nullable: `type: [T, "null"]` for typed kinds; enum/const add `null` to `enum`; refs,
 * unions and intersections are wrapped as `anyOf: [X, {type: "null"}]` (anyOf, not oneOf:
 * a target that itself admits null must not make null invalid).
 */
import { formatSource } from '../../ir/source.js';
import type { Schema, SchemaBase } from '../../ir/types.js';
import { copyExtensions, copyJson, type JsonObject, orderKeys, setEntry } from './json-object.js';
import type { SchemaContext } from './schema-context.js';
import { emitKindKeywords } from './schema-kinds.js';

export type { SchemaContext } from './schema-context.js';

/** Canonical key order of a Schema Object. */
export const SCHEMA_KEY_ORDER = [
  '$ref',
  'title',
  'description',
  'type',
  'format',
  'const',
  'enum',
  'x-enum-varnames',
  'x-enum-descriptions',
  'prefixItems',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'contentMediaType',
  'contentEncoding',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'oneOf',
  'anyOf',
  'allOf',
  'discriminator',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
] as const;

const NULL_SCHEMA: JsonObject = { type: 'null' };

export function emitSchema(schema: Schema, ctx: SchemaContext): JsonObject {
  const core = emitKindKeywords(schema, ctx, emitSchema);
  const body = schema.nullable ? makeNullable(schema, core) : core;
  addBaseKeywords(body, schema, ctx);
  return orderKeys(body, SCHEMA_KEY_ORDER);
}

function makeNullable(schema: Schema, core: JsonObject): JsonObject {
  switch (schema.kind) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
    case 'map':
      return { ...core, type: [core.type, 'null'] };
    case 'enum':
      return { ...core, type: [core.type, 'null'], enum: [...(core.enum as unknown[]), null] };
    case 'const':
      return { enum: [core.const, null] };
    case 'null':
    case 'unknown':
      return core;
    case 'union':
      if (schema.mode === 'anyOf' && !schema.discriminator && Array.isArray(core.anyOf)) {
        return { ...core, anyOf: [...(core.anyOf as unknown[]), NULL_SCHEMA] };
      }
      return { anyOf: [orderKeys(core, SCHEMA_KEY_ORDER), NULL_SCHEMA] };
    case 'ref':
    case 'intersection':
      return { anyOf: [orderKeys(core, SCHEMA_KEY_ORDER), NULL_SCHEMA] };
  }
}

function addBaseKeywords(target: JsonObject, schema: SchemaBase, ctx: SchemaContext): void {
  copyExtensions(target, schema.extensions);
  // Set one by one (asked of every schema written: no object of them, no entries of it).
  if (schema.title !== undefined) setEntry(target, 'title', schema.title);
  if (schema.description !== undefined) setEntry(target, 'description', schema.description);
  if (schema.default !== undefined) setEntry(target, 'default', copyJson(schema.default));
  if (schema.examples && schema.examples.length > 0) setEntry(target, 'examples', copyJson(schema.examples));
  if (schema.readOnly) setEntry(target, 'readOnly', schema.readOnly);
  if (schema.writeOnly) setEntry(target, 'writeOnly', schema.writeOnly);
  if (schema.deprecated) setEntry(target, 'deprecated', schema.deprecated);
  if (schema.inferred) {
    setEntry(target, 'x-specdown-inferred', ctx.sources ? schema.inferred.from.map(formatSource) : true);
  }
}

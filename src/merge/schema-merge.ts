/**
 * Two descriptions of the same value → one, when they agree up to precision.
 *
 *     unknown + X            → X                   string + string date-time → date-time
 *     integer + int32        → int32               string + Enum: A, B       → the enum
 *     ref A + ref A          → ref A               object word (map) + ref A → ref A
 *     array X + array Y      → array (X + Y)       object + object           → union of properties
 *     int32 + int64 · int16 + uint16 → the narrowest registered format holding both (int64 · int32: ir/integer-formats.ts)
 *
 * Anything else (ref A vs ref B, string vs integer…) is a conflict,
 * except the numeric widening noted. Descriptions and other annotations: the first one's win.
 */

import { foldIntegerFormat } from '../ir/integer-formats.js';
import { shapeKey } from '../ir/shape-key.js';
import type { ObjectSchema, Property, Schema, SchemaBase } from '../ir/types.js';

export type MergeResult = { ok: true; schema: Schema } | { ok: false };

const conflict: MergeResult = { ok: false };

export function mergeSchemas(a: Schema, b: Schema): MergeResult {
  if (b.kind === 'unknown') return { ok: true, schema: a };
  if (a.kind === 'unknown') return { ok: true, schema: { ...b, ...annotations(a) } as Schema };
  if (a.kind === 'map' && isUnknownMap(a) && (b.kind === 'ref' || b.kind === 'object'))
    return { ok: true, schema: { ...b, ...annotations(a) } as Schema };
  if (b.kind === 'map' && isUnknownMap(b) && (a.kind === 'ref' || a.kind === 'object')) return { ok: true, schema: a };
  if (a.kind === 'enum' && (b.kind === 'string' || b.kind === 'integer') && a.base === b.kind && !('format' in b && b.format))
    return { ok: true, schema: a };
  if (b.kind === 'enum' && (a.kind === 'string' || a.kind === 'integer') && b.base === a.kind && !('format' in a && a.format))
    return { ok: true, schema: { ...b, ...annotations(a) } as Schema };
  if (a.kind !== b.kind) return conflict;
  switch (a.kind) {
    case 'string':
    case 'number':
      return mergeFormat(a, (b as typeof a).format);
    case 'integer': {
      const other = (b as typeof a).format;
      if (a.format && other && a.format !== other) return { ok: true, schema: { ...a, format: foldIntegerFormat(a.format, other) } };
      return mergeFormat(a, other);
    }
    case 'ref':
      return a.name === (b as typeof a).name ? { ok: true, schema: a } : conflict;
    case 'array': {
      const items = mergeSchemas(a.items, (b as typeof a).items);
      return items.ok ? { ok: true, schema: { ...a, items: items.schema } } : conflict;
    }
    case 'map': {
      const values = mergeSchemas(a.values, (b as typeof a).values);
      return values.ok ? { ok: true, schema: { ...a, values: values.schema } } : conflict;
    }
    case 'object':
      return mergeObjects(a, b as ObjectSchema);
    case 'enum': {
      const other = b as typeof a;
      if (a.base !== other.base) return conflict;
      const values = [...a.values];
      for (const value of other.values) if (!values.some((v) => v.value === value.value)) values.push(value);
      return { ok: true, schema: { ...a, values } };
    }
    default:
      return sameShape(a, b) ? { ok: true, schema: a } : conflict;
  }
}

function mergeFormat<T extends Schema & { format?: string }>(a: T, other: string | undefined): MergeResult {
  if (!other || a.format === other) return { ok: true, schema: a };
  if (!a.format) return { ok: true, schema: { ...a, format: other } as Schema };
  return conflict;
}

/** Union of properties, first object's order; a property both have is merged (conflict → conflict). */
function mergeObjects(a: ObjectSchema, b: ObjectSchema): MergeResult {
  const properties: Property[] = a.properties.map((p) => ({ ...p }));
  for (const property of b.properties) {
    const index = properties.findIndex((p) => p.name === property.name);
    if (index < 0) {
      properties.push({ ...property });
      continue;
    }
    const mine = properties[index]!;
    const merged = mergeSchemas(mine.schema, property.schema);
    if (!merged.ok) return conflict;
    properties[index] = {
      ...mine,
      schema: merged.schema,
      required: mine.required || property.required,
      ...(mine.description ? {} : property.description ? { description: property.description } : {}),
    };
  }
  return { ok: true, schema: { ...a, properties } };
}

function isUnknownMap(schema: Schema): boolean {
  return schema.kind === 'map' && schema.values.kind === 'unknown';
}

function annotations(schema: Schema): SchemaBase {
  const { description, readOnly, nullable, source } = schema;
  return {
    ...(description ? { description } : {}),
    ...(readOnly ? { readOnly } : {}),
    ...(nullable ? { nullable } : {}),
    ...(source ? { source } : {}),
  };
}

/** Structural equality ignoring annotations (description, source, examples). */
function sameShape(a: Schema, b: Schema): boolean {
  return shapeKey(a) === shapeKey(b);
}

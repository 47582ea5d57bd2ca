/**
 * The schemas directly inside a schema, for the walkers that visit or rebuild the IR (emitters,
 * merge): one place that knows where sub-schemas live, so a new place (a tuple's `prefixItems`)
 * is added once.
 */
import type { Schema } from './types.js';

/** The direct sub-schemas of `schema`, in document order (properties before additional ones). */
export function childSchemas(schema: Schema): Schema[] {
  switch (schema.kind) {
    case 'array':
      return [...(schema.prefixItems ?? []), schema.items];
    case 'map':
      return [schema.values];
    case 'object': {
      const children = schema.properties.map((property) => property.schema);
      if (schema.additionalProperties) children.push(schema.additionalProperties);
      return children;
    }
    case 'union':
      return schema.variants;
    case 'intersection':
      return schema.parts;
    default:
      return [];
  }
}

/**
 * `schema` with `fn` applied to each direct sub-schema. Unchanged parts are shared: when `fn`
 * returns every child as it was, `schema` itself comes back.
 */
export function mapChildSchemas(schema: Schema, fn: (child: Schema) => Schema): Schema {
  switch (schema.kind) {
    case 'array': {
      const items = fn(schema.items);
      const prefixItems = schema.prefixItems && mapShared(schema.prefixItems, fn);
      if (items === schema.items && prefixItems === schema.prefixItems) return schema;
      return prefixItems ? { ...schema, prefixItems, items } : { ...schema, items };
    }
    case 'map': {
      const values = fn(schema.values);
      return values === schema.values ? schema : { ...schema, values };
    }
    case 'object': {
      const properties = mapShared(schema.properties, (property) => {
        const next = fn(property.schema);
        return next === property.schema ? property : { ...property, schema: next };
      });
      const extra = schema.additionalProperties;
      const additional = extra ? fn(extra) : extra;
      if (properties === schema.properties && additional === extra) return schema;
      return { ...schema, properties, ...(additional !== undefined ? { additionalProperties: additional } : {}) };
    }
    case 'union': {
      const variants = mapShared(schema.variants, fn);
      return variants === schema.variants ? schema : { ...schema, variants };
    }
    case 'intersection': {
      const parts = mapShared(schema.parts, fn);
      return parts === schema.parts ? schema : { ...schema, parts };
    }
    default:
      return schema;
  }
}

/** `items` mapped, or `items` itself when every item came back unchanged. */
function mapShared<T>(items: T[], fn: (item: T) => T): T[] {
  const mapped = items.map(fn);
  return mapped.every((item, i) => item === items[i]) ? items : mapped;
}

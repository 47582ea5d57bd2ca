/**
 * Object schemas: properties in document order, `required`, `additionalProperties`.
 * An object with no properties whose `additionalProperties` is a schema is a map
 * (`Record<string, T>`). A property's description moves from its schema to the property
 * (the IR keeps the type's own description apart from the property's). A `required` name the
 * object lacks but another part of its composition defines is restated here as a required property
 * (`restated`), so that types and validators require it too.
 */
import type { Property, Schema } from '../../ir/types.js';
import { isMap, type JsonMap, own, ownMap, ownNumber, ownString } from '../../openapi/json.js';
import type { SpecFile } from '../../openapi/load.js';
import { type ImportContext, type SchemaReader, sourceIn } from './context.js';
import type { PropertyLookup } from './schema-composition.js';

export function readObjectSchema(
  ctx: ImportContext,
  value: JsonMap,
  file: SpecFile,
  depth: number,
  read: SchemaReader,
  inherited?: PropertyLookup,
): Schema {
  const required = requiredNames(ctx, value, file);
  const propertiesMap = ownMap(value, 'properties');
  const properties: Property[] = [];
  if (propertiesMap) {
    for (const name of ctx.positions.keysOf(propertiesMap)) {
      const source = sourceIn(ctx, file, propertiesMap, name);
      const { description, ...schema } = read(propertiesMap[name], file, depth + 1, source);
      const property: Property = { name, schema: schema as Schema, required: required.has(name) };
      if (description !== undefined) property.description = description;
      property.source = source;
      properties.push(property);
    }
  }
  const ownCount = properties.length;
  const missing: string[] = [];
  for (const name of required) {
    if (properties.some((property) => property.name === name)) continue;
    const found = inherited?.(name);
    if (!found) {
      missing.push(name);
      continue;
    }
    // The property's own description stays where it is defined.
    const { description: _, ...schema } = read(found.value, found.file, depth + 1);
    properties.push({ name, schema: schema as Schema, required: true, restated: true, source: sourceIn(ctx, file, value, 'required') });
  }
  if (missing.length > 0 && ownCount > 0) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, file, value, 'required'),
      `"required" names properties the schema does not define: ${missing.join(', ')}.`,
      { severity: 'warning' },
    );
  } else if (missing.length > 0) {
    ctx.diagnostics.report(
      'unsupported-keyword',
      sourceIn(ctx, file, value, 'required'),
      `"required" without properties (${missing.join(', ')}) is not carried.`,
    );
  }
  const extra = own(value, 'additionalProperties');
  const minProperties = ownNumber(value, 'minProperties');
  const maxProperties = ownNumber(value, 'maxProperties');
  if (
    properties.length === 0 &&
    isMap(extra) &&
    Object.keys(extra).length > 0 &&
    minProperties === undefined &&
    maxProperties === undefined
  ) {
    const map: Schema = { kind: 'map', values: read(extra, file, depth + 1) };
    const keyPattern = ownString(ownMap(value, 'propertyNames'), 'pattern');
    if (keyPattern !== undefined) map.keyPattern = keyPattern;
    return map;
  }
  const object: Schema = { kind: 'object', properties };
  if (extra === false) object.additionalProperties = false;
  else if (extra === true || (isMap(extra) && Object.keys(extra).length === 0)) object.additionalProperties = { kind: 'unknown' };
  else if (extra !== undefined) object.additionalProperties = read(extra, file, depth + 1);
  if (minProperties !== undefined) object.minProperties = minProperties;
  if (maxProperties !== undefined) object.maxProperties = maxProperties;
  return object;
}

function requiredNames(ctx: ImportContext, value: JsonMap, file: SpecFile): Set<string> {
  const required = own(value, 'required');
  if (required === undefined || typeof required === 'boolean') return new Set();
  if (!Array.isArray(required)) {
    ctx.diagnostics.report(
      'spec-invalid',
      sourceIn(ctx, file, value, 'required'),
      'A schema\'s "required" must be an array of property names.',
    );
    return new Set();
  }
  return new Set(required.filter((name): name is string => typeof name === 'string'));
}

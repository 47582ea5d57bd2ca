/**
 * The keywords particular to each IR schema kind (the shared ones — description, default,
 * examples, … — and nullability are added by `emitSchema`).
 */

import { formatSource } from '../../ir/source.js';
import type {
  ArraySchema,
  Discriminator,
  EnumSchema,
  IntersectionSchema,
  MapSchema,
  NumericConstraints,
  ObjectSchema,
  Schema,
  StringSchema,
  UnionSchema,
} from '../../ir/types.js';
import { copyJson, type JsonObject, objectFromEntries, setEntry, sortedEntries } from './json-object.js';
import type { SchemaContext } from './schema-context.js';

type EmitSchema = (schema: Schema, ctx: SchemaContext) => JsonObject;

export function emitKindKeywords(schema: Schema, ctx: SchemaContext, emit: EmitSchema): JsonObject {
  switch (schema.kind) {
    case 'string':
      return emitString(schema);
    case 'integer':
    case 'number':
      return { type: schema.kind, format: schema.format, ...numericConstraints(schema) };
    case 'boolean':
    case 'null':
      return { type: schema.kind };
    case 'array':
      return emitArray(schema, ctx, emit);
    case 'object':
      return emitObject(schema, ctx, emit);
    case 'map':
      return emitMap(schema, ctx, emit);
    case 'enum':
      return emitEnum(schema);
    case 'const':
      return { const: copyJson(schema.value) };
    case 'ref':
      return { $ref: ctx.refOf(schema.name) };
    case 'union':
      return emitUnion(schema, ctx, emit);
    case 'intersection':
      return emitIntersection(schema, ctx, emit);
    case 'unknown':
      return {};
  }
}

function emitString(schema: StringSchema): JsonObject {
  return {
    type: 'string',
    format: schema.format,
    minLength: schema.minLength,
    maxLength: schema.maxLength,
    pattern: schema.pattern,
    contentMediaType: schema.contentMediaType,
    contentEncoding: schema.contentEncoding,
  };
}

function numericConstraints(schema: NumericConstraints): JsonObject {
  return {
    minimum: schema.minimum,
    exclusiveMinimum: schema.exclusiveMinimum,
    maximum: schema.maximum,
    exclusiveMaximum: schema.exclusiveMaximum,
    multipleOf: schema.multipleOf,
  };
}

function emitArray(schema: ArraySchema, ctx: SchemaContext, emit: EmitSchema): JsonObject {
  // A tuple whose rest is unknown writes no `items` (the rest is then anything, as it was).
  const tuple = schema.prefixItems !== undefined;
  return {
    type: 'array',
    prefixItems: tuple ? schema.prefixItems!.map((item) => emit(item, ctx)) : undefined,
    items: tuple && schema.items.kind === 'unknown' && !schema.items.description ? undefined : emit(schema.items, ctx),
    minItems: schema.minItems,
    maxItems: schema.maxItems,
    uniqueItems: schema.uniqueItems || undefined,
  };
}

function emitObject(schema: ObjectSchema, ctx: SchemaContext, emit: EmitSchema): JsonObject {
  // A restated property is defined by another part of its allOf: only its `required` is this object's.
  const own = schema.properties.filter((property) => !property.restated);
  const properties = objectFromEntries(
    own.map((property) => {
      const described = property.description === undefined ? property.schema : { ...property.schema, description: property.description };
      const emitted = emit(described, ctx);
      // Where the docs state the property (a table row), for `diff` to point at.
      if (ctx.sources && property.source) setEntry(emitted, 'x-specdown-source', formatSource(property.source));
      return [property.name, emitted] as const;
    }),
  );
  const required = [...new Set(schema.properties.filter((property) => property.required).map((property) => property.name))];
  const additional = schema.additionalProperties;
  return {
    type: 'object',
    properties: own.length > 0 ? properties : undefined,
    required: required.length > 0 ? required : undefined,
    additionalProperties: additional === undefined ? undefined : additional === false ? false : emit(additional, ctx),
    minProperties: schema.minProperties,
    maxProperties: schema.maxProperties,
    discriminator: schema.discriminator && emitDiscriminator(schema.discriminator, ctx),
  };
}

function emitMap(schema: MapSchema, ctx: SchemaContext, emit: EmitSchema): JsonObject {
  return {
    type: 'object',
    additionalProperties: emit(schema.values, ctx),
    propertyNames: schema.keyPattern === undefined ? undefined : { pattern: schema.keyPattern },
  };
}

/** Values once each (first occurrence wins), with `x-enum-varnames` / `x-enum-descriptions` kept parallel. */
function emitEnum(schema: EnumSchema): JsonObject {
  const seen = new Set<string | number>();
  const members = schema.values.filter((member) => !seen.has(member.value) && seen.add(member.value));
  const names = members.map((member) => member.name);
  const descriptions = members.map((member) => member.description);
  const allNamed = members.length > 0 && names.every((name) => name !== undefined && name !== '');
  const anyDescribed = descriptions.some((description) => description !== undefined && description !== '');
  return {
    type: schema.base,
    enum: members.map((member) => member.value),
    'x-enum-varnames': allNamed ? names : undefined,
    'x-enum-descriptions': anyDescribed ? descriptions.map((description) => description ?? '') : undefined,
  };
}

function emitUnion(schema: UnionSchema, ctx: SchemaContext, emit: EmitSchema): JsonObject {
  if (schema.variants.length === 0) return {};
  return {
    [schema.mode]: schema.variants.map((variant) => emit(variant, ctx)),
    discriminator: schema.discriminator && emitDiscriminator(schema.discriminator, ctx),
  };
}

function emitDiscriminator(discriminator: Discriminator, ctx: SchemaContext): JsonObject {
  const mapping = discriminator.mapping;
  return objectFromEntries([
    ['propertyName', discriminator.propertyName],
    ['mapping', mapping && objectFromEntries(sortedEntries(mapping).map(([value, name]) => [value, ctx.refOf(name)] as const))],
  ]);
}

function emitIntersection(schema: IntersectionSchema, ctx: SchemaContext, emit: EmitSchema): JsonObject {
  if (schema.parts.length === 0) return {};
  return { allOf: schema.parts.map((part) => emit(part, ctx)) };
}

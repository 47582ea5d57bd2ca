/**
 * Discriminated unions for the code emitters (types.ts and schemas.ts alike, so the two agree).
 *
 * A oneOf/anyOf with a `discriminator` says which value of the discriminator property picks which
 * variant: the mapping's keys, or (OpenAPI's implicit mapping) the referenced schema's name. The
 * variants themselves usually type that property as a plain `string` (`Pet.pet_type`), so
 * `Cat | Dog` would not narrow. Each referenced variant whose property is not already a literal
 * becomes `Cat & { pet_type: 'Cat' }`, as openapi-typescript narrows its subtypes; then a
 * `switch (pet.pet_type)` narrows in TypeScript and the zod schema rejects a mismatched pair.
 *
 * Inheritance works the same way: when a base type declares the discriminator and a named subtype
 * is `allOf: [Base, …]`, the subtype becomes `Base & … & { pet_type: 'Cat' }` (its mapping key,
 * else its own name), so a `Cat` can only carry its own tag.
 */
import { childSchemas, mapChildSchemas } from '../ir/schema-children.js';
import type { ApiDocument, Discriminator, NamedSchema, ObjectSchema, Operation, Schema, UnionSchema } from '../ir/types.js';

/** `doc` with the ref variants of discriminated unions narrowed to their discriminator values. */
export function narrowDiscriminators(doc: ApiDocument): ApiDocument {
  const webhooks = doc.webhooks ?? [];
  if (
    !doc.schemas.some((s) => hasDiscriminator(s.schema)) &&
    !doc.operations.some(operationHasDiscriminator) &&
    !webhooks.some(operationHasDiscriminator)
  )
    return doc;
  const inherited = tagSubtypes(doc.schemas);
  const named = new Map(inherited.map((schema) => [schema.name, schema]));
  const narrow = (schema: Schema): Schema => walk(schema, named);
  return {
    ...doc,
    schemas: inherited.map((schema) => {
      const next = narrow(schema.schema);
      return next === schema.schema ? schema : { ...schema, schema: next };
    }),
    operations: doc.operations.map((operation) => narrowOperation(operation, narrow)),
    ...(doc.webhooks ? { webhooks: doc.webhooks.map((webhook) => narrowOperation(webhook, narrow)) } : {}),
  };
}

function narrowOperation(operation: Operation, narrow: (schema: Schema) => Schema): Operation {
  const content = <T extends { schema?: Schema }>(item: T): T => {
    if (!item.schema) return item;
    const schema = narrow(item.schema);
    return schema === item.schema ? item : { ...item, schema };
  };
  const out: Operation = {
    ...operation,
    responses: operation.responses.map((response) => ({ ...response, content: response.content.map(content) })),
  };
  if (operation.requestBody) out.requestBody = { ...operation.requestBody, content: operation.requestBody.content.map(content) };
  return out;
}

function operationHasDiscriminator(operation: Operation): boolean {
  const contents = [...(operation.requestBody?.content ?? []), ...operation.responses.flatMap((response) => response.content)];
  return contents.some((content) => content.schema !== undefined && hasDiscriminator(content.schema));
}

function hasDiscriminator(schema: Schema): boolean {
  if ((schema.kind === 'union' || schema.kind === 'object') && schema.discriminator !== undefined) return true;
  return childSchemas(schema).some(hasDiscriminator);
}

function walk(schema: Schema, named: ReadonlyMap<string, NamedSchema>): Schema {
  const inner = mapChildSchemas(schema, (child) => walk(child, named));
  return inner.kind === 'union' ? narrowUnion(inner, named) : inner;
}

function narrowUnion(schema: UnionSchema, named: ReadonlyMap<string, NamedSchema>): Schema {
  const discriminator = schema.discriminator;
  if (!discriminator) return schema;
  const property = discriminator.propertyName;
  let changed = false;
  const variants = schema.variants.map((variant) => {
    if (variant.kind !== 'ref' || variant.nullable) return variant;
    const target = named.get(variant.name);
    // Only object shapes can be narrowed by intersecting them with `{ [property]: value }`.
    if (!target || (target.schema.kind !== 'object' && target.schema.kind !== 'intersection') || target.schema.nullable) return variant;
    if (fixesProperty(target.schema, property)) return variant;
    changed = true;
    return { kind: 'intersection', parts: [variant, tagFor(discriminator, variant.name)] } satisfies Schema;
  });
  return changed ? { ...schema, variants } : schema;
}

/** `{ [property]: value }` for the schema `name`: its mapping keys, else (implicit mapping) its name. */
function tagFor(discriminator: Discriminator, name: string): ObjectSchema {
  const mapped = Object.entries(discriminator.mapping ?? {})
    .filter(([, target]) => target === name)
    .map(([value]) => value);
  const values = mapped.length > 0 ? mapped : [name];
  const value: Schema =
    values.length === 1
      ? { kind: 'const', value: values[0]! }
      : { kind: 'enum', base: 'string', values: values.map((v) => ({ value: v })) };
  return { kind: 'object', properties: [{ name: discriminator.propertyName, schema: value, required: true }] };
}

/**
 * Named subtypes of a base with a discriminator (`allOf: [ref Base, …]`), each intersected with its
 * tag. Only where the base types the property as a string (or not at all): a tag must be assignable.
 */
function tagSubtypes(schemas: readonly NamedSchema[]): NamedSchema[] {
  const bases = new Map<string, Discriminator>();
  for (const named of schemas) {
    const own = ownObject(named.schema);
    if (own?.discriminator && stringish(own, own.discriminator.propertyName)) bases.set(named.name, own.discriminator);
  }
  if (bases.size === 0) return [...schemas];
  return schemas.map((named) => {
    const schema = named.schema;
    if (schema.kind !== 'intersection' || schema.nullable) return named;
    const base = schema.parts.find((part) => part.kind === 'ref' && !part.nullable && part.name !== named.name && bases.has(part.name));
    const discriminator = base?.kind === 'ref' ? bases.get(base.name) : undefined;
    if (!discriminator || fixesProperty(schema, discriminator.propertyName)) return named;
    return { ...named, schema: { ...schema, parts: [...schema.parts, tagFor(discriminator, named.name)] } };
  });
}

/** The object a named schema declares itself: the schema, or the object part of its allOf. */
function ownObject(schema: Schema): ObjectSchema | undefined {
  if (schema.kind === 'object') return schema;
  if (schema.kind === 'intersection')
    return schema.parts.find((part): part is ObjectSchema => part.kind === 'object' && part.discriminator !== undefined);
  return undefined;
}

function stringish(schema: ObjectSchema, property: string): boolean {
  const found = schema.properties.find((candidate) => candidate.name === property)?.schema;
  return (
    found === undefined ||
    found.kind === 'string' ||
    (found.kind === 'enum' && found.base === 'string') ||
    (found.kind === 'const' && typeof found.value === 'string')
  );
}

/** True when `schema` (an object, or an allOf with such a part) already gives the property a literal: nothing to narrow. */
function fixesProperty(schema: Schema, property: string): boolean {
  if (schema.kind === 'intersection') return schema.parts.some((part) => fixesProperty(part, property));
  if (schema.kind !== 'object') return false;
  const found = schema.properties.find((candidate) => candidate.name === property);
  if (!found) return false;
  return found.schema.kind === 'const' || (found.schema.kind === 'enum' && found.schema.values.length === 1);
}

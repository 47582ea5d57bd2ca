/**
 * readOnly / writeOnly by direction, for the code emitters (types.ts and schemas.ts alike, so the
 * two agree). OpenAPI: a readOnly property "SHOULD NOT be sent as part of the request", a writeOnly
 * one "SHOULD NOT be sent as part of the response", and `required` applies to that side only.
 *
 * So request bodies leave readOnly properties out and responses leave writeOnly ones out (as
 * openapi-fetch's `Writable<T>` / `Readable<T>` over openapi-typescript's markers, and hey-api's
 * `XWritable` types do). A named schema that holds such a property, directly or through the
 * schemas it refers to, gets a variant per direction — `PetWritable` (request side) and
 * `PetReadable` (response side) — and the bodies of operations refer to the variant. The named
 * schema itself stays as declared. Schemas without readOnly/writeOnly properties are untouched.
 */
import { childSchemas, mapChildSchemas } from '../ir/schema-children.js';
import type { ApiDocument, NamedSchema, Operation, Property, Schema } from '../ir/types.js';

type Direction = 'request' | 'response';

const SUFFIX: Record<Direction, string> = { request: 'Writable', response: 'Readable' };

/** Per direction: the named schemas that get a variant → the variant's name. */
export type ReadWriteRenames = Record<Direction, Map<string, string>>;

/** `doc` with direction variants of the named schemas that need them and operation bodies using them. */
export function splitReadWrite(doc: ApiDocument, renames = readWriteRenames(doc.schemas)): ApiDocument {
  const named = new Map(doc.schemas.map((schema) => [schema.name, schema]));
  const variants: NamedSchema[] = [];
  for (const direction of ['request', 'response'] as const) {
    for (const [name, variant] of renames[direction]) {
      const original = named.get(name)!;
      variants.push({ ...original, name: variant, schema: rewrite(original.schema, direction, renames[direction]) });
    }
  }
  return {
    ...doc,
    schemas: [...doc.schemas, ...variants],
    operations: doc.operations.map((operation) => readWriteOperation(operation, renames)),
    // A webhook's request is what the API sends and its response what it receives: directions swap.
    ...(doc.webhooks
      ? { webhooks: doc.webhooks.map((webhook) => readWriteOperation(webhook, { request: renames.response, response: renames.request })) }
      : {}),
  };
}

/** Which named schemas need a variant per direction, and the variants' names (free of every other name). */
export function readWriteRenames(schemas: NamedSchema[]): ReadWriteRenames {
  const taken = new Set(schemas.map((schema) => schema.name));
  const renames: ReadWriteRenames = { request: new Map(), response: new Map() };
  for (const direction of ['request', 'response'] as const) {
    for (const name of [...needingVariant(schemas, direction)].sort()) {
      let variant = `${name}${SUFFIX[direction]}`;
      for (let n = 2; taken.has(variant); n++) variant = `${name}${SUFFIX[direction]}${n}`;
      taken.add(variant);
      renames[direction].set(name, variant);
    }
  }
  return renames;
}

/** The variants `splitReadWrite` adds for one named schema (request side first). */
export function readWriteVariants(named: NamedSchema, renames: ReadWriteRenames): NamedSchema[] {
  const out: NamedSchema[] = [];
  for (const direction of ['request', 'response'] as const) {
    const variant = renames[direction].get(named.name);
    if (variant !== undefined) out.push({ ...named, name: variant, schema: rewrite(named.schema, direction, renames[direction]) });
  }
  return out;
}

/** An operation's bodies for their direction (request side: writable variants; responses: readable ones). */
export function readWriteOperation(operation: Operation, renames: ReadWriteRenames): Operation {
  const body = (schema: Schema | undefined, direction: Direction): Schema | undefined =>
    schema === undefined ? undefined : rewrite(schema, direction, renames[direction]);
  const out: Operation = {
    ...operation,
    responses: operation.responses.map((response) => ({
      ...response,
      content: response.content.map((content) => withSchema(content, body(content.schema, 'response'))),
    })),
  };
  if (operation.requestBody) {
    out.requestBody = {
      ...operation.requestBody,
      content: operation.requestBody.content.map((content) => withSchema(content, body(content.schema, 'request'))),
    };
  }
  return out;
}

function withSchema<T extends { schema?: Schema }>(content: T, schema: Schema | undefined): T {
  return schema === content.schema ? content : { ...content, schema };
}

/** True when the property is left out on `direction`'s side. */
function leftOut(property: Property, direction: Direction): boolean {
  return direction === 'request' ? property.schema.readOnly === true : property.schema.writeOnly === true;
}

/** Names of the named schemas that hold a property left out on `direction`'s side, directly or through refs. */
function needingVariant(schemas: NamedSchema[], direction: Direction): Set<string> {
  const needs = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const named of schemas) {
      if (!needs.has(named.name) && holdsFlagged(named.schema, direction, needs)) {
        needs.add(named.name);
        changed = true;
      }
    }
  }
  return needs;
}

function holdsFlagged(schema: Schema, direction: Direction, needs: ReadonlySet<string>): boolean {
  if (schema.kind === 'ref') return needs.has(schema.name);
  if (schema.kind === 'object' && schema.properties.some((property) => leftOut(property, direction))) return true;
  return childSchemas(schema).some((child) => holdsFlagged(child, direction, needs));
}

/** `schema` for `direction`'s side: flagged properties dropped, refs to variants. Unchanged parts are shared. */
function rewrite(schema: Schema, direction: Direction, renames: ReadonlyMap<string, string>): Schema {
  const visit = (child: Schema): Schema => rewrite(child, direction, renames);
  switch (schema.kind) {
    case 'object': {
      const kept = schema.properties.filter((property) => !leftOut(property, direction));
      return mapChildSchemas(kept.length === schema.properties.length ? schema : { ...schema, properties: kept }, visit);
    }
    case 'union': {
      const out = mapChildSchemas(schema, visit);
      if (out === schema || out.kind !== 'union' || !schema.discriminator?.mapping) return out;
      const mapping = Object.fromEntries(
        Object.entries(schema.discriminator.mapping).map(([value, name]) => [value, renames.get(name) ?? name]),
      );
      return { ...out, discriminator: { ...schema.discriminator, mapping } };
    }
    case 'ref': {
      const name = renames.get(schema.name);
      return name === undefined ? schema : { ...schema, name };
    }
    default:
      return mapChildSchemas(schema, visit);
  }
}

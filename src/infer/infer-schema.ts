/**
 * JSON samples → IR schema.
 *
 *     given samples                              → schema
 *     1, 2                                       → integer
 *     1, 2.5                                     → number
 *     "2015-09-27T17:37:39+02:00"                → string date-time (every string must be one)
 *     "a", null                                  → string, nullable
 *     null                                       → nothing known (undefined; a property: unknown, or the
 *                                                  type every table gives that property name: `hints`)
 *     "a", 1                                     → union anyOf [integer, string]
 *     {"a":1,"b":2}, {"a":3}                     → object { a?: integer, b?: integer }
 *     {"ExtraFields1":"x","ExtraFields2":"y"}    → map of string (see names.ts for map keys)
 *     [{"Id":1}], []                             → array of object (named, when a namer is given)
 *     [], [{}] under a property whose items are named elsewhere → array of that named schema
 *
 * Objects that are array items or map values are handed to `naming.nameItems`, which may give
 * them a schema name (the caller keeps the named schemas), and objects held by a property to
 * `naming.nameRecord`, which may name them a documented type; without a namer they stay inline.
 * Recursion follows the shape, whose depth `observe` caps.
 */
import type { JsonValue, ObjectSchema, Property, ResourceRelationship, Schema, StringSchema } from '../ir/types.js';
import { looksLikeMapKeys } from './names.js';
import { type Shape, shapeOf, valuesShape } from './shape.js';

export interface Naming {
  /** A schema name for an object shape held as items / map values by `property`, or undefined (inline). */
  nameItems(property: string, shape: Shape): string | undefined;
  /** For items that show no fields (`[]`, `[{}]`): the name the same property's items have elsewhere, if any. */
  nameEmpty?(property: string): string | undefined;
  /** A schema name for an object shape held by `property` itself (`"knife": {…}`), or undefined (inline). */
  nameRecord?(property: string, shape: Shape): string | undefined;
  /** A schema name for the `attributes` of a JSON:API resource object whose `type` is `type` (`"lamps"`), or undefined (inline). */
  nameAttributes?(type: string, shape: Shape): string | undefined;
  /** The relationships the `Relationships` table of the JSON:API resource type `type` (`"lamps"`) states, if any. */
  relationshipsOf?(type: string): readonly ResourceRelationship[] | undefined;
}

export interface InferOptions {
  /** The property holding the value (names array items). */
  property?: string;
  /** The docs say the value is a dictionary: read any object as a map. */
  forceMap?: boolean;
  naming?: Naming;
  /** Types the tables give a property name everywhere (property-hints.ts): used when samples show only null. */
  hints?: ReadonlyMap<string, Schema>;
}

/** The schema the samples show, or undefined when they show nothing (no samples, only nulls). */
export function inferSchema(values: readonly JsonValue[], options: InferOptions = {}): Schema | undefined {
  return schemaFromShape(shapeOf(values), options);
}

export function schemaFromShape(shape: Shape, options: InferOptions = {}): Schema | undefined {
  if (shape.opaque > 0) return { kind: 'unknown' };
  const variants: Schema[] = [];
  if (shape.booleans > 0) variants.push({ kind: 'boolean' });
  if (shape.numbers > 0) variants.push({ kind: 'number' });
  else if (shape.integers > 0) variants.push({ kind: 'integer' });
  if (shape.strings > 0) variants.push(stringSchema(shape));
  if (shape.array) variants.push(arraySchema(shape.array.items, options));
  if (shape.object) variants.push(objectOrMap(shape.object, options));
  if (variants.length === 0) return undefined;
  const schema: Schema = variants.length === 1 ? variants[0]! : { kind: 'union', mode: 'anyOf', variants };
  if (shape.nulls > 0) schema.nullable = true;
  return schema;
}

/** An object shape (not a map) that is only ever an object or null. */
function isRecordShape(shape: Shape, forceMap = false): boolean {
  const object = shape.object;
  if (!object || forceMap || object.keys.size === 0) return false;
  if (object.count + shape.nulls !== shape.count) return false;
  return !looksLikeMapKeys([...object.keys.keys()]);
}

/** No items at all, or only empty objects (`{}`: a generator that did not fill them in). */
function showsNoFields(shape: Shape): boolean {
  if (shape.count === shape.nulls) return true;
  return shape.object !== undefined && shape.object.keys.size === 0 && shape.object.count + shape.nulls === shape.count;
}

function stringSchema(shape: Shape): StringSchema {
  if (shape.dateTimes === shape.strings) return { kind: 'string', format: 'date-time' };
  if (shape.uuids === shape.strings) return { kind: 'string', format: 'uuid' };
  return { kind: 'string' };
}

function arraySchema(items: Shape, options: InferOptions): Schema {
  return { kind: 'array', items: heldSchema(items, options) };
}

/** Items of an array or values of a map: named when they are records and a namer names them. */
function heldSchema(shape: Shape, options: InferOptions): Schema {
  const property = options.property;
  if (property !== undefined && options.naming && isRecordShape(shape)) {
    const name = options.naming.nameItems(property, shape);
    if (name) return shape.nulls > 0 ? { kind: 'ref', name, nullable: true } : { kind: 'ref', name };
  }
  if (property !== undefined && options.naming?.nameEmpty && showsNoFields(shape)) {
    const name = options.naming.nameEmpty(property);
    if (name) return { kind: 'ref', name };
  }
  return schemaFromShape(shape, { ...withoutForce(options) }) ?? { kind: 'unknown' };
}

function objectOrMap(object: NonNullable<Shape['object']>, options: InferOptions): Schema {
  const keys = [...object.keys.keys()];
  if (options.forceMap || looksLikeMapKeys(keys)) {
    return { kind: 'map', values: keys.length === 0 ? { kind: 'unknown' } : heldSchema(valuesShape(object), options) };
  }
  // A JSON:API resource object (`{"type": "lamps", "attributes": {…}}`, one type throughout): its attributes may be that resource's documented type.
  const type = object.keys.get('type')?.text;
  const properties: Property[] = keys.map((key) => {
    const shape = object.keys.get(key)!;
    // Its `relationships`, those its type's table states typed by it (`relationshipsSchema`).
    const stated = key === 'relationships' && type && isRecordShape(shape) ? options.naming?.relationshipsOf?.(type) : undefined;
    if (stated?.length) {
      const schema = relationshipsSchema(shape.object!, stated, options);
      if (shape.nulls > 0) schema.nullable = true;
      return { name: key, schema, required: false };
    }
    return sampledProperty(key, shape, (key === 'attributes' && type) || undefined, options);
  });
  const schema: ObjectSchema = { kind: 'object', properties };
  return schema;
}

/** A property the samples show (`resource`: the JSON:API resource type of the object holding `attributes`). */
function sampledProperty(key: string, shape: Shape, resource: string | undefined, options: InferOptions): Property {
  const record = !isRecordShape(shape)
    ? undefined
    : resource && options.naming?.nameAttributes
      ? options.naming.nameAttributes(resource, shape)
      : options.naming?.nameRecord?.(key, shape);
  if (record)
    return {
      name: key,
      schema: shape.nulls > 0 ? { kind: 'ref', name: record, nullable: true } : { kind: 'ref', name: record },
      required: false,
    };
  const schema = schemaFromShape(shape, { ...withoutForce(options), property: key }) ?? hinted(key, shape, options) ?? { kind: 'unknown' };
  // Optional even when every sample shows it: a few samples promise no more than the tables do,
  // and they never mark a field required. A validator must accept a real response without it.
  return { name: key, schema, required: false };
}

/**
 * A JSON:API resource object's `relationships` whose type's `Relationships` table states some of
 * them (`| shelf | to-one | … |`): each stated one's `data` is a resource identifier (`{type, id}`),
 * or an array of them where the table says to-many, its other members (`links`, `meta`) as the
 * samples show them; a stated one the samples lack is added, the others are the samples'. The
 * identifier's members are optional: JSON:API 1.1 lets a new resource's stand `lid` for `id`.
 */
function relationshipsSchema(
  object: NonNullable<Shape['object']>,
  stated: readonly ResourceRelationship[],
  options: InferOptions,
): ObjectSchema {
  const properties = [...object.keys.entries()].map(([key, shape]) => {
    const link = stated.find((relationship) => relationship.name === key);
    return link ? relationshipProperty(link, shape, options) : sampledProperty(key, shape, undefined, options);
  });
  for (const link of stated) if (!object.keys.has(link.name)) properties.push(relationshipProperty(link, undefined, options));
  return { kind: 'object', properties };
}

function relationshipProperty(link: ResourceRelationship, shape: Shape | undefined, options: InferOptions): Property {
  const identifier = (): ObjectSchema => ({
    kind: 'object',
    properties: [
      { name: 'type', schema: { kind: 'string' }, required: false },
      { name: 'id', schema: { kind: 'string' }, required: false },
    ],
  });
  const members = shape?.object;
  const shown = members?.keys.get('data');
  const linkage: Schema = link.many ? { kind: 'array', items: identifier() } : identifier();
  // A to-one relationship's empty linkage is `null`, where the samples show one.
  if (!link.many && shown && shown.nulls > 0) linkage.nullable = true;
  const properties: Property[] = [...(members?.keys.entries() ?? [])].map(([key, held]) =>
    key === 'data' ? { name: key, schema: linkage, required: false } : sampledProperty(key, held, undefined, options),
  );
  if (!shown) properties.unshift({ name: 'data', schema: linkage, required: false });
  const schema: ObjectSchema = { kind: 'object', properties };
  if (link.description) schema.description = link.description;
  if (shape && shape.nulls > 0) schema.nullable = true;
  return { name: link.name, schema, required: false };
}

/** Only nulls seen: the type every table gives this property name, if they agree. */
function hinted(key: string, shape: Shape, options: InferOptions): Schema | undefined {
  const hint = options.hints?.get(key);
  if (!hint || shape.opaque > 0) return undefined;
  return { ...structuredClone(hint), nullable: true };
}

function withoutForce(options: InferOptions): InferOptions {
  const { forceMap: _force, ...rest } = options;
  return rest;
}

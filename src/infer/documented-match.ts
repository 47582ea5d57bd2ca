/**
 * Item shapes that a documented entity already describes: samples of `AttachmentsInfo` show the
 * fields the `AttachmentEntity` table lists, so the items are that entity, not a new inferred type
 * (tables win: the items get the table's types and descriptions).
 *
 * Rule (as for request bodies in merge/request-bodies.ts): entity E documents the shape when
 *   1. every key the samples show is a property of E,
 *   2. the samples show at least MIN_KEYS keys and at least 2/3 of E's properties, and
 *   3. every key's sample values are of a JSON type E's property accepts (null always is).
 * Several qualify: the one with the fewest properties, then by name.
 *
 * A whole response body the operation documents no type for (`documentedBodyFor`) is matched more
 * strictly on the entity and more loosely on coverage, as a reference's samples abbreviate the
 * entity they show: every key is a property of E, of a type it accepts, every property E requires
 * is among the keys (a sample without one would fail E), the samples show at least MIN_BODY_KEYS keys and at least MIN_BODY_COVERAGE of E's properties, and E is the ONE entity of
 * which this holds (two candidates: no match, the body stays inferred). HAL's `_links` and
 * `_embedded` (objects) beside E's fields are no foreign keys: E with them, as the samples show them.
 *
 * A record held by a property named after E (`"shelf": {…}`, `namedEntityFor`) is E on less: every
 * key it shows a property of E, of a type E's property accepts; the name is the evidence. So is a
 * whole body the operation's words name E of ("Returns the customer object.", `namedBodyFor`), where
 * also every property E requires is among the keys.
 */
import { singulars } from '../ir/singular.js';
import type { NamedSchema, ObjectSchema, ResourceRelationship, Schema } from '../ir/types.js';
import { type KindReads, recordKindRead, typeBits } from './kind-reads.js';
import { type ListReads, recordGate, recordLooked } from './list-reads.js';
import type { Shape } from './shape.js';

const MIN_KEYS = 3;
const MIN_COVERAGE = 2 / 3;
const MIN_BODY_KEYS = 5;
const MIN_BODY_COVERAGE = 1 / 5;
type JsonKind = 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export type Entity = NamedSchema & { schema: ObjectSchema };

/**
 * The response bodies only samples document (an `unknown` schema with examples) whose operation's
 * words name a defined type (merge/named-types.ts): the type's name, and whether the words say a
 * list of it.
 */
export type NamedBodies = Map<Schema, { name: string; list: boolean }>;

/**
 * `typed`: where the kinds the shapes' values were compared with are recorded (infer/kind-reads.ts),
 * `lists` where the entities' property lists were read (infer/list-reads.ts), here and below.
 */
export function documentedEntityFor(shape: Shape, entities: readonly Entity[], typed?: KindReads, lists?: ListReads): string | undefined {
  const fitting = fittingEntities(shape, entities, MIN_KEYS, MIN_COVERAGE, typed, lists);
  fitting.sort((a, b) => a.schema.properties.length - b.schema.properties.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return fitting[0]?.name;
}

/** HAL's reserved members: a hypermedia answer's links and embedded resources, beside the resource's own fields. */
const HAL_KEYS = ['_links', '_embedded'] as const;

/**
 * The one documented entity whose fields an undocumented response body's samples show (see above),
 * if one alone fits; `hal` the HAL members (`_links`, `_embedded`, always objects) the samples show
 * beside those fields, which the entity does not document: no foreign field, the answer's links.
 */
export function documentedBodyFor(
  shape: Shape,
  entities: readonly Entity[],
  /** Collects the entities whose required flags were compared with the keys (infer/format-reads.ts). */
  requires?: Set<string>,
  typed?: KindReads,
  lists?: ListReads,
): { name: string; hal: string[] } | undefined {
  const name = onlyFitting(shape, entities, BODY_FIT, requires, typed, lists);
  if (name) return { name, hal: [] };
  const hal = HAL_KEYS.filter((key) => {
    const member = shape.object?.keys.get(key);
    return member?.object !== undefined && member.object.count === member.count;
  });
  if (hal.length === 0) return undefined;
  const fields = onlyFitting(
    keysOf(shape, (key) => !hal.includes(key as (typeof HAL_KEYS)[number])),
    entities,
    BODY_FIT,
    requires,
    typed,
    lists,
  );
  return fields ? { name: fields, hal } : undefined;
}

/** The shape with the object's keys that `keep` holds only. */
export function keysOf(shape: Shape, keep: (key: string) => boolean): Shape {
  const object = shape.object;
  if (!object) return shape;
  return { ...shape, object: { count: object.count, keys: new Map([...object.keys].filter(([key]) => keep(key))) } };
}

/** The one entity of `candidates` the shape fits (see `fittingEntities`), where the shape shows every property it requires. */
function onlyFitting(
  shape: Shape,
  candidates: readonly Entity[],
  fit: { minKeys: number; coverage: number },
  requires: Set<string> | undefined,
  typed: KindReads | undefined,
  lists: ListReads | undefined,
): string | undefined {
  const [only, ...others] = fittingEntities(shape, candidates, fit.minKeys, fit.coverage, typed, lists);
  if (!only || others.length > 0) return undefined;
  requires?.add(only.name);
  return showsRequired(only, shape) ? only.name : undefined;
}

/** A whole body: at least MIN_BODY_KEYS keys and MIN_BODY_COVERAGE of the entity's properties. */
const BODY_FIT = { minKeys: MIN_BODY_KEYS, coverage: MIN_BODY_COVERAGE };
/** A body the operation's words name the type of: any key at all, the name is the evidence. */
const NAMED_FIT = { minKeys: 1, coverage: 0 };

/**
 * The entity `name`, where the operation's words name it as the body's type: every key the samples
 * show is a property of it, of a type it accepts, and every property it requires is among them.
 */
export function namedBodyFor(
  name: string,
  shape: Shape,
  entities: readonly Entity[],
  requires: Set<string> | undefined,
  typed: KindReads | undefined,
  lists: ListReads | undefined,
): string | undefined {
  const entity = entities.find((candidate) => candidate.name === name);
  return entity && onlyFitting(shape, [entity], NAMED_FIT, requires, typed, lists);
}

/** Every property the entity requires is among the object shape's keys (a sample without one would fail it). */
function showsRequired(entity: Entity, shape: Shape): boolean {
  const keys = new Set(shape.object?.keys.keys());
  return entity.schema.properties.every((property) => !property.required || keys.has(property.name));
}

/** The entities that hold every key of the object shape, with values of their properties' types, the keys at least `minKeys` and `coverage` of the entity's. */
function fittingEntities(
  shape: Shape,
  entities: readonly Entity[],
  minKeys: number,
  coverage: number,
  typed?: KindReads,
  lists?: ListReads,
): Entity[] {
  const keys = [...(shape.object?.keys.keys() ?? [])];
  if (keys.length < minKeys) return [];
  const fitting = entities.filter((entity) => {
    const properties = entity.schema.properties;
    const fitsAll = () =>
      keys.every((key) => {
        const property = properties.find((p) => p.name === key);
        recordLooked(lists, entity.name, key);
        return property !== undefined && fits(shape.object!.keys.get(key)!, property.schema, typed);
      });
    if (keys.length < coverage * properties.length) {
      recordGate(lists, entity.name, keys.length, coverage, properties.length, fitsAll);
      return false;
    }
    const fitted = fitsAll();
    // One property more and the keys would be too few.
    if (fitted && keys.length < coverage * (properties.length + 1)) lists?.counted.add(entity.name);
    return fitted;
  });
  // Several fit: the one with the fewest properties wins (documentedEntityFor).
  if (lists && fitting.length > 1) for (const entity of fitting) lists.counted.add(entity.name);
  return fitting;
}

/**
 * The documented entity a record held by `property` is, where the property is named after it, case
 * and spacing aside (`"knife": {…}` → `Knife`, `ticket_audit` → `TicketAudit`: the envelope of
 * help-desk references' answers), and every key the samples show is one of its properties, of a
 * type it accepts.
 */
export function namedEntityFor(
  property: string,
  shape: Shape,
  entities: readonly Entity[],
  typed?: KindReads,
  lists?: ListReads,
): string | undefined {
  const key = property.toLowerCase().replace(/[^a-z0-9]/g, '');
  const named = entities.filter((entity) => entity.name.toLowerCase().replace(/[^a-z0-9]/g, '') === key);
  return named.length === 1 && fittingEntities(shape, named, 1, 0, typed, lists).length === 1 ? named[0]!.name : undefined;
}

/**
 * The documented entity the `attributes` of a JSON:API resource object are, where its `type`
 * (`"lamps"`, `"garden-beds"`) names the entity, case, spacing and a plural aside (`Lamp`, `Lamps`,
 * `GardenBed`), every key the samples show is one of its properties, of a type it accepts, and
 * every property it requires is among them (a partial update's attributes stay the samples').
 */
export function resourceEntityFor(
  type: string,
  shape: Shape,
  entities: readonly Entity[],
  requires?: Set<string>,
  typed?: KindReads,
  lists?: ListReads,
): string | undefined {
  const named = resourceEntities(type, entities);
  return named.length === 1 ? onlyFitting(shape, named, NAMED_FIT, requires, typed, lists) : undefined;
}

/**
 * The relationships the one documented entity a JSON:API resource's `type` names (as for its
 * attributes, no fit asked: the relationships are no attributes) states in its `Relationships`
 * table, if it states any.
 */
export function resourceRelationshipsFor(type: string, entities: readonly Entity[]): readonly ResourceRelationship[] | undefined {
  const named = resourceEntities(type, entities);
  return named.length === 1 ? named[0]!.relationships : undefined;
}

/** The entities a resource type names, case, spacing and a plural aside (`garden-beds` → `GardenBed`). */
function resourceEntities(type: string, entities: readonly Entity[]): Entity[] {
  const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const names = new Set([key(type), ...singulars(type).map(key)]);
  return entities.filter((entity) => names.has(key(entity.name)));
}

/** The documented entities a shape may be matched with: objects that tables (or specs) define. */
export function documentedEntities(schemas: readonly NamedSchema[]): Entity[] {
  return schemas
    .filter(
      (s): s is Entity =>
        (s.origin === 'documented' || s.origin === 'imported') && s.schema.kind === 'object' && s.schema.properties.length > 0,
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function fits(shape: Shape, schema: Schema, typed: KindReads | undefined): boolean {
  if (shape.opaque > 0) return true;
  const allowed = accepted(schema);
  if (!allowed) return true;
  const seen: JsonKind[] = [];
  if (shape.booleans > 0) seen.push('boolean');
  if (shape.integers > 0) seen.push('integer');
  if (shape.numbers > 0) seen.push('number');
  if (shape.strings > 0) seen.push('string');
  if (shape.array) seen.push('array');
  if (shape.object) seen.push('object');
  recordKindRead(typed, schema, typeBits(seen), true);
  return seen.every((kind) => allowed.has(kind));
}

/** The JSON types a schema accepts, or undefined for "any" (refs, unions, unknown). */
function accepted(schema: Schema): Set<JsonKind> | undefined {
  switch (schema.kind) {
    case 'string':
      return new Set(['string']);
    case 'integer':
      return new Set(['integer']);
    case 'number':
      return new Set(['integer', 'number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'enum':
      return new Set(schema.base === 'string' ? ['string'] : schema.base === 'integer' ? ['integer'] : ['integer', 'number']);
    case 'array':
      return new Set(['array']);
    case 'object':
    case 'map':
      return new Set(['object']);
    default:
      return undefined;
  }
}

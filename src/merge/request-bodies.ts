/**
 * An unnamed request body whose table is a named entity → a ref to that entity.
 *
 * DocFX save pages document the body they accept as an anonymous table (`Request Body: entity`,
 * `Integer`/`String` words) and the entity they return as a named one (`Response body:
 * TicketMessageEntity`, `int32`/`date-time` words): the same type, documented twice. A body may
 * also name its entity itself (`Request Body: contactEntity` / "The ContactEntity to be saved.")
 * while the entity is tabulated on other pages.
 *
 * Rule: the inline object body is replaced by `ref E` when E is a documented object entity that
 * the SAME page defines or that the body names (its parameter name, case aside, or a word of its
 * description), and
 *   1. every request property name is a property of E,
 *   2. every shared property's types are compatible (`mergeSchemas`), and
 *   3. the request documents at least 2/3 of E's properties (a small body such as `{ Id }` is
 *      not swallowed by a large entity), and
 *   4. no request property is flagged required: a body table marking what a call needs (`| name * |`
 *      under `## Create a lamp`, beside the `## Lamp object` it writes) documents the call, not
 *      the entity, whose table states no such flag; the ref would drop them.
 * When several entities qualify, one the body names wins, then the one with the fewest extra
 * properties (then by name).
 */
import { type ListReads, recordGate, recordLooked } from '../infer/list-reads.js';
import { compareText } from '../ir/order.js';
import { type Source, uniqueSources } from '../ir/source.js';
import type { NamedSchema, ObjectSchema, Operation, RequestBody } from '../ir/types.js';
import { mergeSchemas } from './schema-merge.js';

const MIN_COVERAGE = 2 / 3;

type Entity = NamedSchema & { schema: ObjectSchema };

/**
 * `operations` with the names their page defines; `entities` the merged named schemas; `compared`
 * collects the names of the entities whose properties' types a body was compared with (infer/format-reads.ts),
 * `lists` what the coverage read of their property lists (infer/list-reads.ts).
 */
export function unifyRequestBodies(
  operations: ReadonlyArray<{ operation: Operation; pageNames: ReadonlySet<string> }>,
  entities: readonly NamedSchema[],
  compared?: Set<string>,
  lists?: ListReads,
): void {
  const objects = entities.filter((s): s is Entity => s.schema.kind === 'object' && s.origin === 'documented');
  if (objects.length === 0) return;
  const index = indexEntities(objects);
  // A matched entity's sources gain the bodies' (sorted and made unique once, at the end).
  const added = new Map<Entity, Source[]>();
  for (const { operation, pageNames } of operations) {
    const body = operation.requestBody;
    if (!body) continue;
    for (const content of body.content) {
      const schema = content.schema;
      if (schema?.kind !== 'object' || schema.properties.some((property) => property.required)) continue;
      const match = bestEntity(schema, body, index, pageNames, compared, lists);
      if (!match) continue;
      content.schema = { kind: 'ref', name: match.name, ...(schema.source ? { source: schema.source } : {}) };
      if (schema.source) added.set(match, [...(added.get(match) ?? []), schema.source]);
    }
  }
  for (const [entity, sources] of added) entity.sources = uniqueSources([...entity.sources, ...sources]);
}

interface EntityIndex {
  byName: ReadonlyMap<string, Entity>;
  /** Lower-cased name → the entities with that name (names differing in case only share a key). */
  byLowerName: ReadonlyMap<string, Entity[]>;
}

function indexEntities(entities: readonly Entity[]): EntityIndex {
  const byName = new Map<string, Entity>();
  const byLowerName = new Map<string, Entity[]>();
  for (const entity of entities) {
    if (!byName.has(entity.name)) byName.set(entity.name, entity);
    const lower = entity.name.toLowerCase();
    byLowerName.set(lower, [...(byLowerName.get(lower) ?? []), entity]);
  }
  return { byName, byLowerName };
}

function bestEntity(
  schema: ObjectSchema,
  body: RequestBody,
  index: EntityIndex,
  pageNames: ReadonlySet<string>,
  compared: Set<string> | undefined,
  lists: ListReads | undefined,
): Entity | undefined {
  if (schema.properties.length === 0) return undefined;
  const words = wordsOf(body.description);
  const named = (entity: Entity) => body.name?.toLowerCase() === entity.name.toLowerCase() || words.has(entity.name);
  // The entities the page defines or the body names: looked up, not searched for among all.
  const considered = new Set<Entity>();
  for (const name of [...pageNames, ...words]) {
    const entity = index.byName.get(name);
    if (entity) considered.add(entity);
  }
  for (const entity of body.name === undefined ? [] : (index.byLowerName.get(body.name.toLowerCase()) ?? [])) considered.add(entity);
  const candidates = [...considered]
    .filter((entity) => covers(entity, schema, compared, lists))
    .sort(
      (a, b) =>
        Number(named(b)) - Number(named(a)) || a.schema.properties.length - b.schema.properties.length || compareText(a.name, b.name),
    );
  return candidates[0];
}

/** The words of a body's description (`The ContactEntity to be saved.` → ContactEntity, …). */
function wordsOf(description: string | undefined): Set<string> {
  return new Set((description?.split(/[^\w.]+/) ?? []).map((word) => word.replace(/\.+$/, '')));
}

/**
 * Whether the body documents enough of `entity` and nothing it does not have, each shared
 * property's types compatible. The entity goes in `compared` once a property's types are compared
 * (the merge then read its rows' formats): an entity a body is too small for, or that lacks the
 * body's first property, is decided by names and counts alone.
 */
function covers(entity: Entity, body: ObjectSchema, compared: Set<string> | undefined, lists: ListReads | undefined): boolean {
  const properties = entity.schema.properties;
  if (body.properties.length < MIN_COVERAGE * properties.length) {
    // Recorded whenever one property fewer would pass (the match not read ahead: reading it would
    // compare the twins' types, and the entity's formats would be read as compared).
    recordGate(lists, entity.name, body.properties.length, MIN_COVERAGE, properties.length, () => true);
    return false;
  }
  const covered = body.properties.every((property) => {
    const twin = properties.find((p) => p.name === property.name);
    if (twin === undefined) {
      recordLooked(lists, entity.name, property.name);
      return false;
    }
    compared?.add(entity.name);
    return mergeSchemas(twin.schema, property.schema).ok;
  });
  if (covered) lists?.counted.add(entity.name);
  return covered;
}

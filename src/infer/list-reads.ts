/**
 * What the merge and sample inference read of the documented entities' property lists (names
 * and count): recorded by a full merge, kept by the cache, so that a later run in which a row was
 * added to or removed from an entity's table can tell whether anything but the entity's own
 * merged node would read the list otherwise (run/cache/patch-rows.ts). The list is read
 *
 * - when a shape is matched with documented entities (documented-match.ts `fittingEntities`): a
 *   coverage gate on the count (keys ≥ a share of the properties), then each key looked up in
 *   turn until one is missing or of a type the property refuses;
 * - when a request body is compared with an entity (merge/request-bodies.ts `covers`): the same
 *   gate, then each body property's twin looked up;
 * - when a sample's object is walked down the entity (sample-walk.ts `walkObject`): each key looked
 *   up, a key the table does not list a `sample-unknown-property`.
 *
 * So a row added or removed (name n) reads the same to them when no match looked n up (`keys`: a
 * lookup that stopped at another key stops there still, one that passed passes), no sample walked
 * into the entity showed n (`keys`), and no match that passed depends on the count (`counted`: a
 * body's coverage, a shape that fitted beside another entity, where the fewest properties win, or
 * whose keys would be too few for one property more); a gate that failed fails with one more
 * property, and for a row removed, no gate that failed would pass with one fewer and let its match
 * through (`gated`: a shape's match behind such a gate is read ahead, see `recordGate`; a body's
 * gate is recorded as it is). After such a change the reads kept stay true of what they decide: a cold run may
 * record less (a gate, a name), never a match or a lookup they lack. Entities by name, walked
 * nodes by their schema (named at the end).
 */
import { childSchemas } from '../ir/schema-children.js';
import type { ApiDocument, Operation, Schema } from '../ir/types.js';

export interface ListReads {
  /** Entities a shape or a body matched where the count decides the match (see above). */
  counted: Set<string>;
  /** Entities whose gate failed for a shape it would pass with one property fewer and then fit, or for a body it would pass so. */
  gated: Set<string>;
  /** Entity → the names a match looked up among its properties (found or not). */
  looked: Map<string, Set<string>>;
  /** Object schema node → the keys a sample walked into it showed. */
  walked: Map<Schema, Set<string>>;
}

/** The list reads as the cache keeps them, by entity name. */
export interface StoredListReads {
  counted: string[];
  gated: string[];
  /** Entity → the names whose presence a lookup read (those matches looked up, and the keys samples showed). */
  keys: Record<string, string[]>;
  /** The document has a discriminator somewhere: lowering reads its variants' properties by name (lower/discriminators.ts). */
  discriminated: boolean;
}

export function newListReads(): ListReads {
  return { counted: new Set(), gated: new Set(), looked: new Map(), walked: new Map() };
}

/**
 * A failed coverage gate of `entity` (`keys` < `coverage` × `count`). Where one property fewer
 * would pass it, the match behind it is read as that run would read it (`match`: its lookups and
 * the kinds it compares recorded), and the gate recorded only when the match then succeeds. A
 * match that fails fails with a property fewer too (each key must be one of the properties, of a
 * type its kind accepts), at the same key or an earlier one, so what that run reads is among
 * what was recorded here; the removal would change the match only where it succeeds.
 */
export function recordGate(
  reads: ListReads | undefined,
  entity: string,
  keys: number,
  coverage: number,
  count: number,
  match: () => boolean,
): void {
  if (reads && keys >= coverage * (count - 1) && match()) reads.gated.add(entity);
}

/** Records that a match looked `name` up among `entity`'s properties. */
export function recordLooked(reads: ListReads | undefined, entity: string, name: string): void {
  if (!reads) return;
  const names = reads.looked.get(entity);
  if (names) names.add(name);
  else reads.looked.set(entity, new Set([name]));
}

/** Records that a sample walked into the object `schema` showed `key`. */
export function recordWalked(reads: ListReads | undefined, schema: Schema, key: string): void {
  if (!reads) return;
  const keys = reads.walked.get(schema);
  if (keys) keys.add(key);
  else reads.walked.set(schema, new Set([key]));
}

/** The reads by entity name: walked nodes of the document's named objects named, the rest as recorded. */
export function storedListReads(reads: ListReads, document: ApiDocument): StoredListReads {
  const keys = new Map<string, Set<string>>();
  const add = (entity: string, names: Iterable<string>) => {
    const set = keys.get(entity) ?? new Set<string>();
    for (const name of names) set.add(name);
    keys.set(entity, set);
  };
  for (const [entity, names] of reads.looked) add(entity, names);
  if (reads.walked.size > 0)
    for (const { name, schema } of document.schemas) {
      const walked = reads.walked.get(schema);
      if (walked) add(name, walked);
    }
  return {
    counted: [...reads.counted].sort(),
    gated: [...reads.gated].sort(),
    keys: Object.fromEntries([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, set]) => [name, [...set].sort()])),
    discriminated: hasDiscriminator(document),
  };
}

/** Whether a schema of the document (named, or an operation's) has a discriminator. */
function hasDiscriminator(document: ApiDocument): boolean {
  const operations: Operation[] = [...document.operations, ...(document.webhooks ?? [])];
  const schemas = [
    ...document.schemas.map((named) => named.schema),
    ...operations.flatMap((operation) =>
      [...(operation.requestBody?.content ?? []), ...operation.responses.flatMap((response) => response.content)].flatMap((content) =>
        content.schema ? [content.schema] : [],
      ),
    ),
  ];
  const visit = (schema: Schema, depth: number): boolean =>
    ((schema.kind === 'union' || schema.kind === 'object') && schema.discriminator !== undefined) ||
    (depth < 64 && childSchemas(schema).some((child) => visit(child, depth + 1)));
  return schemas.some((schema) => visit(schema, 0));
}

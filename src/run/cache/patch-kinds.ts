/**
 * A row's scalar kind changed (`int32` → `double`, `bool` → `string`: page-delta.ts) carried into
 * the last run's merged items, where nothing but the row's own merged node reads it. What the merge
 * and the emitters read of a row's kind beyond the row:
 *
 * - a name several tables define: its rows fall into families of compatible types, the largest
 *   wins (unify-entities.ts, table-conflicts.ts; `StoredFormatReads.shared`);
 * - a request body compared with an entity: the body becomes its ref when their types agree
 *   (request-bodies.ts; `compared`);
 * - property hints: a vote per property name, of which sample inference reads some (`hints`);
 * - sample inference: a sample's value walked down to the row is checked against its kind (a
 *   `sample-type-mismatch` names it), and a shape fits an entity only where each key's values are
 *   of types the property's kind accepts (documented-match.ts): the JSON types of the values
 *   compared with each row, kept by the store apart from the index (infer/kind-reads.ts);
 * - two pages documenting one route: the first's parameter is kept (same-route.ts; the cache's `sameRoute`);
 * - zod's discriminated unions: a variant's discriminator must be a literal (emit/zod/kinds/union.ts),
 *   and no scalar kind is one.
 *
 * So the new type is placed in a top-level property of a named schema no other table defines and
 * no body was compared with, whose name no hint was looked up for, and every value sample
 * inference compared with which both the old and the new kind accept (none, most often: then no
 * finding, no fit and no message changes); or in a parameter of an operation no other page
 * documents. Rendering the patched items proves the rest (emit/item-pieces.ts). Anything else is
 * merged again.
 */
import { acceptedTypes, kindReadKey } from '../../infer/kind-reads.js';
import type { Parameter, Property, Schema } from '../../ir/types.js';
import { itemValue, type MergedItem, type StoredFormatReads } from './merged-store.js';
import { type KindChange, type PageDelta, positionKey, type ScalarType } from './page-delta.js';
import { type Hit, rowsIn } from './patch-merged.js';

/** The store's reads a kind patch checks: the index's, and the kind reads it keeps apart (undefined: none kept). */
export interface KindPatchReads {
  formats: StoredFormatReads | undefined;
  kinds: Readonly<Record<string, number>> | undefined;
}

/** Applies the deltas' kind changes to `items` in place (before their positions move); false when one cannot be placed. */
export function placeKinds(
  items: readonly MergedItem[],
  deltas: readonly PageDelta[],
  sameRoute: ReadonlySet<string>,
  reads: KindPatchReads,
): boolean {
  const changes = new Map(deltas.flatMap((delta) => delta.kinds.map((change) => [positionKey(change.source), change] as const)));
  if (changes.size === 0) return true;
  const { formats, kinds } = reads;
  if (!formats?.typed || !kinds) return false;
  for (const [key, change] of changes) if (formats.hints.includes(change.name) || formats.quoted.includes(key)) return false;
  const found = new Map<KindChange, Property | Parameter>();
  for (const item of items) {
    const hits: Array<Hit<KindChange>> = [];
    rowsIn(itemValue(item), changes, hits, false, '');
    for (const { wanted, row } of hits) {
      if (found.has(wanted) || !ownRow(item, row, wanted, sameRoute, formats, kinds)) return false;
      found.set(wanted, row);
    }
  }
  if (found.size !== changes.size) return false;
  for (const [change, row] of found) {
    if (!sameType(row.schema, change.before)) return false;
    row.schema = { ...change.after } as Schema;
  }
  return true;
}

/**
 * False when a kind change cannot be patched, as far as the kind reads alone tell (none kept, or
 * values compared with the row that one of its kinds refuses): checked before anything else of the
 * last run is loaded, so a change that takes the long way costs it little more than before.
 */
export function kindsMayPatch(deltas: readonly PageDelta[], kinds: Readonly<Record<string, number>> | undefined): boolean {
  const changes = deltas.flatMap((delta) => delta.kinds);
  if (changes.length === 0) return true;
  if (!kinds) return false;
  return changes.every(
    (change) => change.entity === undefined || ((kinds[kindReadKey(change.entity, change.name)] ?? 0) & ~bothAccept(change)) === 0,
  );
}

/** The JSON types both the old and the new kind accept, as bits. */
function bothAccept(change: KindChange): number {
  return acceptedTypes(change.before.kind) & acceptedTypes(change.after.kind);
}

/** The row is one whose merged node alone reads its kind (see above). */
function ownRow(
  item: MergedItem,
  row: Property | Parameter,
  change: KindChange,
  sameRoute: ReadonlySet<string>,
  formats: StoredFormatReads,
  kinds: Readonly<Record<string, number>>,
): boolean {
  if ('schema' in item) {
    const { name, schema } = item.schema;
    if (schema.kind !== 'object' || !schema.properties.includes(row as Property)) return false;
    if (formats.shared.includes(name) || formats.compared.includes(name)) return false;
    // Every value compared with the row is of a type both kinds accept: no finding and no fit changes.
    return ((kinds[kindReadKey(name, row.name)] ?? 0) & ~bothAccept(change)) === 0;
  }
  if (!('operations' in item)) return false;
  const holder = item.operations.find((operation) => operation.parameters.includes(row as Parameter));
  return holder?.source !== undefined && !sameRoute.has(positionKey(holder.source));
}

/** The merged row's type is the one the page gave it: its kind and format, nothing else. */
function sameType(schema: Schema, type: ScalarType): boolean {
  const { kind, format, ...rest } = schema as Schema & { format?: string };
  return kind === type.kind && format === type.format && Object.keys(rest).length === 0;
}

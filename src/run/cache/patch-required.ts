/**
 * A row's required flag turned on or off (page-delta.ts) carried into the last run's merged items,
 * where nothing but the row's own merged node reads it. What the merge and the emitters read of a
 * row's flag beyond the row:
 *
 * - a name several tables define: its property is required when any row of the winning family is
 *   (unify-entities.ts; `StoredFormatReads.shared`, which counts the sections links joined too);
 * - sample inference: a body is an entity only if its samples show every property the entity
 *   requires (documented-match.ts; `StoredFormatReads.requires`);
 * - two pages documenting one route: the first's flag is kept, a disagreement reported (same-route.ts;
 *   the cache's `sameRoute`), and a row merged into another's operation is in no item of its page's;
 * - zod's discriminated unions: a variant's discriminator property must be a required literal
 *   (emit/zod/kinds/union.ts), read from another item: a row typed as a literal goes the long way.
 *
 * So the flag is placed in a top-level property of a named schema one table defines (whose place
 * in the schema's `required` list is its place among the properties, as a full merge gives it)
 * or a parameter of an operation no other page documents; rendering the patched items proves the
 * rest (a zod operation part another shares: emit/item-pieces.ts). Anything else is merged again.
 */
import type { Parameter, Property, Schema } from '../../ir/types.js';
import { itemValue, type MergedItem, type StoredFormatReads } from './merged-store.js';
import { type PageDelta, positionKey, type RequiredChange } from './page-delta.js';
import { type Hit, rowsIn } from './patch-merged.js';

/** Applies the deltas' required changes to `items` in place (before their positions move); false when one cannot be placed. */
export function placeRequired(
  items: readonly MergedItem[],
  deltas: readonly PageDelta[],
  sameRoute: ReadonlySet<string>,
  reads: StoredFormatReads | undefined,
): boolean {
  const changes = new Map(deltas.flatMap((delta) => delta.required.map((change) => [positionKey(change.source), change] as const)));
  if (changes.size === 0) return true;
  if (!reads?.requires) return false;
  const found = new Map<RequiredChange, Property | Parameter>();
  for (const item of items) {
    const hits: Array<Hit<RequiredChange>> = [];
    rowsIn(itemValue(item), changes, hits, false, '');
    for (const { wanted, row } of hits) {
      if (found.has(wanted) || !ownRow(item, row, sameRoute, reads)) return false;
      found.set(wanted, row);
    }
  }
  if (found.size !== changes.size) return false;
  for (const [change, row] of found) {
    if (row.required !== change.before) return false;
    row.required = change.after;
  }
  return true;
}

/** The row is one whose merged node alone holds its flag (see above). */
function ownRow(item: MergedItem, row: Property | Parameter, sameRoute: ReadonlySet<string>, reads: StoredFormatReads): boolean {
  if ('schema' in item) {
    const { name, schema } = item.schema;
    if (schema.kind !== 'object' || !schema.properties.includes(row as Property)) return false;
    return !reads.shared.includes(name) && !reads.requires?.includes(name) && !isLiteral(row.schema);
  }
  if (!('operations' in item)) return false;
  const holder = item.operations.find((operation) => operation.parameters.includes(row as Parameter));
  return holder?.source !== undefined && !sameRoute.has(positionKey(holder.source));
}

function isLiteral(schema: Schema): boolean {
  return schema.kind === 'const' || schema.kind === 'enum';
}

/**
 * A row's reworded description (page-delta.ts) carried into the last run's merged items. The merge
 * reads a row's description for nothing but the merged row's own: a property several tables define
 * takes the description of the first row of its winning family that has one (unify-entities.ts,
 * schema-merge.ts), a parameter its operation's row (same-route.ts merges a route two pages
 * document; such an operation is left to the long way). The description was stated before and is
 * after, so which row gives the merged one its description is the same:
 *
 * - the merged row that keeps the changed row's position (found once) was made from it, and so
 *   holds its description: it takes the new one;
 * - a property of a named schema other tables define too, merged into another row's (its position
 *   kept by no item), keeps its description: when that is not the changed row's last text it is
 *   another row's; when it is the same text, it is the row's whose position the merged property
 *   keeps, unless the full merge recorded it as borrowed (`StoredFormatReads.borrowed`: that row
 *   had none) or the name's definitions were not all objects (`blended`): then the run merges again.
 */
import type { Parameter, Property } from '../../ir/types.js';
import type { MergedItem, StoredFormatReads } from './merged-store.js';
import { type DescriptionChange, type PageDelta, positionKey } from './page-delta.js';
import { type Hit, rowsIn } from './patch-merged.js';

/** Applies the deltas' description changes to `items` in place (before their positions move); false when one cannot be placed. */
export function placeDescriptions(
  items: readonly MergedItem[],
  deltas: readonly PageDelta[],
  sameRoute: ReadonlySet<string>,
  reads: StoredFormatReads | undefined,
): boolean {
  const changes = new Map(deltas.flatMap((delta) => delta.descriptions.map((change) => [positionKey(change.source), change] as const)));
  if (changes.size === 0) return true;
  const found = new Map<DescriptionChange, Property | Parameter>();
  for (const item of items) {
    const hits: Array<Hit<DescriptionChange>> = [];
    if ('operations' in item) {
      for (const operation of item.operations) {
        const before = hits.length;
        rowsIn(operation, changes, hits, false, '');
        if (hits.length > before && (!operation.source || sameRoute.has(positionKey(operation.source)))) return false;
      }
    } else if ('schema' in item) rowsIn(item.schema, changes, hits, false, '');
    else {
      rowsIn(item.rest, changes, hits, false, '');
      if (hits.length > 0) return false;
    }
    for (const { wanted, row } of hits) {
      if (found.has(wanted)) return false;
      found.set(wanted, row);
    }
  }
  for (const change of changes.values()) {
    const row = found.get(change);
    if (row) {
      if (row.description !== change.before) return false;
      row.description = change.after;
    } else if (!keptElsewhere(items, change, reads)) return false;
  }
  return true;
}

/** The changed row is a property of a named schema several tables define whose merged property holds another row's description. */
function keptElsewhere(items: readonly MergedItem[], change: DescriptionChange, reads: StoredFormatReads | undefined): boolean {
  const { entity } = change;
  if (entity === undefined || !reads?.shared.includes(entity) || !reads.borrowed || reads.blended?.includes(entity) !== false) return false;
  const item = items.find((candidate) => 'schema' in candidate && candidate.schema.name === entity);
  const schema = item && 'schema' in item ? item.schema.schema : undefined;
  const property = schema?.kind === 'object' ? schema.properties.find((candidate) => candidate.name === change.name) : undefined;
  if (!property) return false;
  if (property.description !== change.before) return true;
  return property.source !== undefined && !reads.borrowed.includes(positionKey(property.source));
}

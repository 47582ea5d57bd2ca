/**
 * A row's required flag turned on or off (page-delta.ts) carried into the last run's merged items,
 * where what reads it can be told. What the merge and the emitters read of a row's flag beyond the row:
 *
 * - a name several tables define: its property is required when any row of the winning family is
 *   (unify-entities.ts; `StoredFormatReads.shared`, which counts the sections links joined too);
 *   which rows fall in which family, and which family wins, is decided by their types and counts
 *   alone, so the full merge keeps each such property's rows, flags and winners (infer/required-folds.ts,
 *   an entry of the merged store apart from the index) and the patch folds the flags again;
 * - sample inference: a body is an entity only if its samples show every property the entity
 *   requires (documented-match.ts; `StoredFormatReads.requires`);
 * - two pages documenting one route: the first's flag is kept, a disagreement reported (same-route.ts;
 *   the cache's `sameRoute`), and a row merged into another's operation is in no item of its page's;
 * - zod's discriminated unions: a variant's discriminator property must be a required literal
 *   (emit/zod/kinds/union.ts), read from another item: a row typed as a literal goes the long way.
 *
 * So the flag is placed in a top-level property of a named schema one table defines (whose place
 * in the schema's `required` list is its place among the properties, as a full merge gives it),
 * a parameter of an operation no other page documents, or, folded with its family's flags, the
 * merged property of a name several tables define (its entity's property of its name, which keeps
 * the position of its winning family's first row: `placeFolds`); rendering the patched items proves the rest (a zod
 * operation part another shares: emit/item-pieces.ts). Anything else is merged again.
 */
import {
  type Fold,
  foldedRequired,
  foldsHolding,
  keepsPosition,
  keptFile,
  type RequiredFolds,
  setRequired,
} from '../../infer/required-folds.js';
import type { Parameter, Property, Schema } from '../../ir/types.js';
import { itemValue, type MergedItem, type StoredFormatReads } from './merged-store.js';
import { type PageDelta, positionKey, type RequiredChange } from './page-delta.js';
import { type Hit, rowsIn } from './patch-merged.js';

/**
 * Applies the deltas' required changes to `items` in place (before their positions move), and to
 * `folds` (the full merge's, loaded for the change: `foldFiles` says which items to load too);
 * false when one cannot be placed.
 */
export function placeRequired(
  items: readonly MergedItem[],
  deltas: readonly PageDelta[],
  sameRoute: ReadonlySet<string>,
  reads: StoredFormatReads | undefined,
  folds?: RequiredFolds,
): boolean {
  const changes = requiredChanges(deltas);
  if (changes.size === 0) return true;
  if (!reads?.requires) return false;
  const folded = folds ? foldsHolding(folds, changes.values()) : new Map<Fold, RequiredChange[]>();
  for (const list of folded.values()) for (const change of list) changes.delete(positionKey(change.source));
  if (folds && !placeFolds(items, folds, folded, reads.requires)) return false;
  if (changes.size === 0) return true;
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

function requiredChanges(deltas: readonly PageDelta[]): Map<string, RequiredChange> {
  return new Map(deltas.flatMap((delta) => delta.required.map((change) => [positionKey(change.source), change] as const)));
}

/** The files whose items a patch of `deltas` must load besides theirs: those of the position each fold a change is in keeps. */
export function foldFiles(deltas: readonly PageDelta[], folds: RequiredFolds | undefined): string[] {
  if (!folds) return [];
  return [...foldsHolding(folds, requiredChanges(deltas).values()).keys()].map((fold) => keptFile(folds, fold));
}

/**
 * Each fold's merged property (its entity's top-level property of its name, which keeps the
 * position of its winning family's first row) given its winning family's flags folded again with
 * the changes', after checking that the last fold is its flag. No changed row may be found
 * elsewhere, nor a kept one: a row merged into its family is in no item of its own. Refused where
 * sample inference compared the entity's flags with a body (`requires`) or the property is typed
 * as a literal (a zod union may read it). `folds` are updated in place.
 */
function placeFolds(
  items: readonly MergedItem[],
  folds: RequiredFolds,
  folded: ReadonlyMap<Fold, RequiredChange[]>,
  requires: readonly string[],
): boolean {
  const found = new Map<Fold, Property>();
  // The places no item but a fold's merged property may hold, and those properties.
  const wanted = new Map<string, Set<Property>>();
  for (const [fold, changes] of folded) {
    if (requires.includes(fold.entity)) return false;
    const item = items.find((candidate) => 'schema' in candidate && candidate.schema.name === fold.entity);
    const schema = item && 'schema' in item ? item.schema.schema : undefined;
    const row = schema?.kind === 'object' ? schema.properties.find((property) => property.name === fold.property) : undefined;
    if (!row?.source || !keepsPosition(folds, fold, row.source) || isLiteral(row.schema)) return false;
    found.set(fold, row);
    for (const change of changes) if (!wanted.has(positionKey(change.source))) wanted.set(positionKey(change.source), new Set());
    const kept = positionKey(row.source);
    wanted.set(kept, (wanted.get(kept) ?? new Set()).add(row));
  }
  for (const item of items) {
    const hits: Array<Hit<Set<Property>>> = [];
    rowsIn(itemValue(item), wanted, hits, false, '');
    for (const { wanted: properties, row } of hits) if (!properties.has(row as Property)) return false;
  }
  for (const [fold, changes] of folded) {
    const row = found.get(fold)!;
    if (row.required !== foldedRequired(folds, fold)) return false;
    for (const change of changes) if (!setRequired(folds, fold, change.source, change.before, change.after)) return false;
    row.required = foldedRequired(folds, fold);
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

/**
 * Rows added to or removed from a named schema's table (row-delta.ts) carried into the last run's
 * merged items, where nothing but the entity's own merged node reads its property list. What the
 * merge, sample inference and the emitters read of an entity's property names and count:
 *
 * - a name several tables define: its tables are merged row by row (unify-entities.ts,
 *   table-conflicts.ts; `StoredFormatReads.shared`, `blended`);
 * - request bodies' coverage, documented-match.ts's fits and the sample walk's unknown-property
 *   check (infer/list-reads.ts: the entities a match passed with, the gates one property fewer
 *   would pass, the names looked up and found missing, the keys samples showed);
 * - property hints: a vote per property name, of which sample inference reads some (`hints`);
 * - sample inference's required check (`requires`) and request bodies' types (`compared`);
 * - lowering: a discriminator's variants are read by property name (lower/discriminators.ts:
 *   none of it where the document has no discriminator), read/write flags (none on a scalar row);
 * - zod's reference cycles and component refs: a scalar row holds no ref.
 *
 * So a row whose type is a scalar kind and format (nothing else of it but its name, flag,
 * description and position) is placed in, or taken out of, a named schema one table defines,
 * among its properties as the page lists them, when none of those reads would read the list
 * otherwise; rendering the patched item proves the rest (emit/item-pieces.ts). A row removed
 * leaves the entity marked as matched in the kept reads (a lookup that reached the row before
 * is not recorded), so a later change of its list merges again. Anything else is merged again.
 */
import type { StoredListReads } from '../../infer/list-reads.js';
import type { ObjectSchema, Property } from '../../ir/types.js';
import type { MergedItem, StoredFormatReads } from './merged-store.js';
import { positionKey } from './page-delta.js';
import type { RowChange } from './row-delta.js';

const SCALAR = new Set(['string', 'integer', 'number', 'boolean']);
/** What a row may hold to be placed: a table row's fields. */
const ROW_FIELDS = new Set(['name', 'schema', 'required', 'description', 'source']);

/**
 * False when a row change cannot be patched, as far as the list reads alone tell: checked before
 * anything else of the last run is loaded, so a change that takes the long way costs little more.
 */
export function rowsMayPatch(changes: readonly RowChange[], lists: StoredListReads | undefined): boolean {
  if (changes.length === 0) return true;
  if (!lists || lists.discriminated) return false;
  const entities = new Set(changes.map((change) => change.entity));
  // One row per entity: the gates recorded are for one property fewer.
  if (entities.size !== changes.length) return false;
  return changes.every(
    ({ entity, added, row }) =>
      plainRow(row) &&
      !lists.fitted.includes(entity) &&
      !(lists.keys[entity] ?? []).includes(row.name) &&
      (added || !lists.gated.includes(entity)),
  );
}

/** The list reads as they stay true after the changes: an entity a row left is marked matched. */
export function listsAfter(changes: readonly RowChange[], lists: StoredListReads): StoredListReads {
  const left = changes.filter((change) => !change.added).map((change) => change.entity);
  if (left.length === 0) return lists;
  return { ...lists, fitted: [...new Set([...lists.fitted, ...left])].sort() };
}

/**
 * Takes the removed rows out of `items` in place (before their positions move), and gives what
 * puts the added ones in once they moved (patch-merged.ts); undefined when a change cannot be placed.
 */
export function placeRows(
  items: readonly MergedItem[],
  changes: readonly RowChange[],
  reads: StoredFormatReads | undefined,
): (() => boolean) | undefined {
  if (changes.length === 0) return () => true;
  if (!reads?.listed || !reads.requires) return undefined;
  const placed: Array<{ change: RowChange; schema: ObjectSchema }> = [];
  for (const change of changes) {
    const { entity, row } = change;
    if (
      reads.hints.includes(row.name) ||
      [reads.shared, reads.compared, reads.blended ?? [], reads.requires].some((names) => names.includes(entity))
    )
      return undefined;
    const holder = items.find((item) => 'schema' in item && item.schema.name === entity);
    const schema = holder && 'schema' in holder ? holder.schema.schema : undefined;
    if (schema?.kind !== 'object' || schema.discriminator) return undefined;
    placed.push({ change, schema });
  }
  for (const { change, schema } of placed) {
    if (change.added) continue;
    // The merged properties are the table's rows, each keeping its position, and more than the one taken out.
    if (schema.properties.length < 2 || !sameRows(schema.properties, change.rows)) return undefined;
    schema.properties.splice(change.index, 1);
  }
  return () => {
    for (const { change, schema } of placed) {
      if (!change.added) continue;
      const rows = change.rows.filter((_, index) => index !== change.index);
      if (schema.properties.length === 0 || !sameRows(schema.properties, rows)) return false;
      schema.properties.splice(change.index, 0, structuredClone(change.row));
    }
    return true;
  };
}

/** The row is a table row of a scalar type (a kind and a format): nothing of it another item reads. */
function plainRow(row: Property): boolean {
  if (!Object.keys(row).every((key) => ROW_FIELDS.has(key))) return false;
  const { kind, format, ...rest } = row.schema as { kind: string; format?: unknown };
  return SCALAR.has(kind) && (format === undefined || typeof format === 'string') && Object.keys(rest).length === 0;
}

/** The properties keep the rows' positions, in order. */
function sameRows(properties: readonly Property[], rows: readonly string[]): boolean {
  return (
    properties.length === rows.length &&
    properties.every((property, index) => property.source && positionKey(property.source) === rows[index])
  );
}

/**
 * Rows added to or removed from a named schema's table or an operation's parameters (row-delta.ts)
 * carried into the last run's merged items, where nothing but the entity's or operation's own
 * merged node reads the list. What the
 * merge, sample inference and the emitters read of an entity's property names and count:
 *
 * - a name several tables define: its tables are merged row by row (unify-entities.ts,
 *   table-conflicts.ts; `StoredFormatReads.shared`, `blended`);
 * - request bodies' coverage, documented-match.ts's fits and the sample walk's unknown-property
 *   check (infer/list-reads.ts: the matches the count decides, the gates one property fewer
 *   would pass, the names matches looked up, the keys samples showed);
 * - property hints: a vote per property name, of which sample inference reads some (`hints`);
 * - sample inference's required check (`requires`) and request bodies' types (`compared`);
 * - lowering: a discriminator's variants are read by property name (lower/discriminators.ts:
 *   none of it where the document has no discriminator), read/write flags (none on a scalar row);
 * - zod's reference cycles and component refs: a scalar row holds no ref.
 *
 * So a row whose type is a scalar kind and format (nothing else of it but its name, flag,
 * description and position) is placed in, or taken out of, a named schema one table defines,
 * among its properties as the page lists them, when none of those reads would read the list
 * otherwise. A query, header or cookie parameter of such a type likewise, among the parameters of
 * an operation no other page documents (same-route.ts: the cache's `sameRoute`), which nothing
 * but the operation reads (no hint, match or sample reads a parameter list; a path parameter is
 * read against the route). Rendering the patched items proves the rest (emit/item-pieces.ts: a
 * zod part other operations' parts share goes the long way). The reads kept stay true of what they
 * decide after such a patch (infer/list-reads.ts). Anything else is merged again.
 */
import type { StoredListReads } from '../../infer/list-reads.js';
import type { Operation, Parameter, Property } from '../../ir/types.js';
import type { MergedItem, StoredFormatReads } from './merged-store.js';
import { positionKey } from './page-delta.js';
import type { RowChange } from './row-delta.js';

const SCALAR = new Set(['string', 'integer', 'number', 'boolean']);
/** What a row may hold to be placed: a table row's fields. */
const ROW_FIELDS = new Set(['name', 'schema', 'required', 'description', 'source']);
const PARAMETER_FIELDS = new Set([...ROW_FIELDS, 'in']);
/** Where a parameter may be added or removed: not the path, which the route's template reads. */
const PLACED_IN = new Set(['query', 'header', 'cookie']);

/**
 * False when a row change cannot be patched, as far as the list reads alone tell: checked before
 * anything else of the last run is loaded, so a change that takes the long way costs little more.
 */
export function rowsMayPatch(changes: readonly RowChange[], lists: StoredListReads | undefined): boolean {
  if (changes.length === 0) return true;
  if (!lists || lists.discriminated) return false;
  // One row per entity (the gates recorded are for one property fewer) and per operation.
  if (new Set(changes.map((change) => change.entity ?? change.operation)).size !== changes.length) return false;
  return changes.every(({ entity, added, row }) =>
    entity === undefined
      ? plainRow(row, PARAMETER_FIELDS) && PLACED_IN.has((row as Parameter).in)
      : plainRow(row, ROW_FIELDS) &&
        !lists.counted.includes(entity) &&
        !(lists.keys[entity] ?? []).includes(row.name) &&
        (added || !lists.gated.includes(entity)),
  );
}

/**
 * Takes the removed rows out of `items` in place (before their positions move), and gives what
 * puts the added ones in once they moved (patch-merged.ts); undefined when a change cannot be placed.
 */
export function placeRows(
  items: readonly MergedItem[],
  changes: readonly RowChange[],
  sameRoute: ReadonlySet<string>,
  reads: StoredFormatReads | undefined,
): (() => boolean) | undefined {
  if (changes.length === 0) return () => true;
  if (!reads?.listed || !reads.requires) return undefined;
  const placed: Array<{ change: RowChange; list: Array<Property | Parameter> }> = [];
  for (const change of changes) {
    const list = change.entity === undefined ? parametersOf(items, change.operation!, sameRoute) : propertiesOf(items, change, reads);
    if (!list) return undefined;
    placed.push({ change, list });
  }
  for (const { change, list } of placed) {
    if (change.added) continue;
    // The merged list is the table's rows, each keeping its position; an entity keeps one at least.
    if ((change.entity !== undefined && list.length < 2) || !sameRows(list, change.rows)) return undefined;
    list.splice(change.index, 1);
  }
  return () => {
    for (const { change, list } of placed) {
      if (!change.added) continue;
      const rows = change.rows.filter((_, index) => index !== change.index);
      if ((change.entity !== undefined && list.length === 0) || !sameRows(list, rows)) return false;
      list.splice(change.index, 0, structuredClone(change.row));
    }
    return true;
  };
}

/** The properties of the change's entity, when nothing but its merged node reads them (see above). */
function propertiesOf(items: readonly MergedItem[], { entity, row }: RowChange, reads: StoredFormatReads): Property[] | undefined {
  const names = [reads.shared, reads.compared, reads.blended ?? [], reads.requires ?? []];
  if (entity === undefined || reads.hints.includes(row.name) || names.some((list) => list.includes(entity))) return undefined;
  const holder = items.find((item) => 'schema' in item && item.schema.name === entity);
  const schema = holder && 'schema' in holder ? holder.schema.schema : undefined;
  return schema?.kind === 'object' && !schema.discriminator ? schema.properties : undefined;
}

/** The parameters of the operation at `key` (its last position), found once, of a route no other page documents. */
function parametersOf(items: readonly MergedItem[], key: string, sameRoute: ReadonlySet<string>): Parameter[] | undefined {
  if (sameRoute.has(key)) return undefined;
  const found: Operation[] = [];
  for (const item of items)
    if ('operations' in item)
      for (const operation of item.operations) if (operation.source && positionKey(operation.source) === key) found.push(operation);
  return found.length === 1 ? found[0]!.parameters : undefined;
}

/** The row is a table row of a scalar type (a kind and a format): nothing of it another item reads. */
function plainRow(row: Property | Parameter, fields: ReadonlySet<string>): boolean {
  if (!Object.keys(row).every((key) => fields.has(key))) return false;
  const { kind, format, ...rest } = row.schema as { kind: string; format?: unknown };
  return SCALAR.has(kind) && (format === undefined || typeof format === 'string') && Object.keys(rest).length === 0;
}

/** The properties keep the rows' positions, in order. */
function sameRows(properties: ReadonlyArray<Property | Parameter>, rows: readonly string[]): boolean {
  return (
    properties.length === rows.length &&
    properties.every((property, index) => property.source && positionKey(property.source) === rows[index])
  );
}

/**
 * Rows added to or removed from a named schema's table (page-delta.ts): a page's last and new
 * readings whose named schemas are the same but for rows inserted in (or taken out of) one
 * table's top-level properties, the others in order. The readings are given back without those
 * rows, for page-delta.ts to compare as usual (the rows below moved, the table's end too), and
 * each row as a change that patch-rows.ts places when nothing but the entity's merged node reads
 * its property list (infer/list-reads.ts).
 */
import type { NamedSchema, PageFragment, Property } from '../../ir/types.js';
import type { PageResult } from '../read-page.js';
import { isSource, positionKey } from './page-delta.js';

export interface RowChange {
  /** The named schema whose table the row is (or was) a top-level property of. */
  entity: string;
  added: boolean;
  /** The row as the page now reads it (added) or last read it (removed). */
  row: Property;
  /** `positionKey` of each row of the table, the changed one included: as the page now reads them (added) or last read them (removed). */
  rows: string[];
  /** The changed row's index in `rows`. */
  index: number;
}

/**
 * The readings without the rows added or removed, and those rows; the readings themselves when
 * no table's length changed; undefined when one did otherwise than by rows inserted or taken out
 * (a row renamed, both added and removed in one table, names repeated, a row without a position).
 */
export function alignRows(before: PageResult, after: PageResult): { before: PageResult; after: PageResult; rows: RowChange[] } | undefined {
  const was = before.fragment?.schemas ?? [];
  const now = after.fragment?.schemas ?? [];
  const rows: RowChange[] = [];
  if (was.length !== now.length || !was.some((named, index) => lengthChanged(named, now[index]!))) return { before, after, rows };
  const left: NamedSchema[] = [];
  const right: NamedSchema[] = [];
  for (const [index, named] of was.entries()) {
    const next = now[index]!;
    if (!lengthChanged(named, next)) {
      left.push(named);
      right.push(next);
      continue;
    }
    if (named.name !== next.name || named.schema.kind !== 'object' || next.schema.kind !== 'object') return undefined;
    const added = next.schema.properties.length > named.schema.properties.length;
    const [short, long] = added ? [named.schema.properties, next.schema.properties] : [next.schema.properties, named.schema.properties];
    const extra = insertedRows(short, long);
    if (!extra) return undefined;
    const keys = long.map((row) => (isSource(row.source) ? positionKey(row.source) : ''));
    if (keys.includes('')) return undefined;
    for (const at of extra) rows.push({ entity: named.name, added, row: long[at]!, rows: keys, index: at });
    const kept = long.filter((_, at) => !extra.includes(at));
    const trimmed = { ...(added ? next : named), schema: { ...(added ? next.schema : named.schema), properties: kept } };
    left.push(added ? named : trimmed);
    right.push(added ? trimmed : next);
  }
  const withSchemas = (result: PageResult, schemas: NamedSchema[]): PageResult => ({
    ...result,
    fragment: { ...(result.fragment as PageFragment), schemas },
  });
  return { before: withSchemas(before, left), after: withSchemas(after, right), rows };
}

function lengthChanged(a: NamedSchema, b: NamedSchema): boolean {
  return a.schema.kind === 'object' && b.schema.kind === 'object' && a.schema.properties.length !== b.schema.properties.length;
}

/** The indices of `long`'s rows that are not `short`'s, when `short` is `long` with them taken out (names unique on both sides). */
function insertedRows(short: readonly Property[], long: readonly Property[]): number[] | undefined {
  if (new Set(long.map((row) => row.name)).size !== long.length) return undefined;
  const extra: number[] = [];
  let at = 0;
  for (const [index, row] of long.entries()) {
    if (at < short.length && short[at]!.name === row.name) at++;
    else extra.push(index);
  }
  return at === short.length ? extra : undefined;
}

/**
 * Rows added to or removed from a table (page-delta.ts): a page's last and new readings whose
 * named schemas and operations are the same but for rows inserted in (or taken out of) a table's
 * top-level properties or an operation's parameters, the others in order. The readings are given
 * back without those rows, for page-delta.ts to compare as usual (the rows below moved, the
 * table's end too), and each row as a change that patch-rows.ts places when nothing but its
 * entity's or operation's merged node reads the list (infer/list-reads.ts).
 */
import type { Source } from '../../ir/source.js';
import type { NamedSchema, Operation, PageFragment, Parameter, Property } from '../../ir/types.js';
import type { PageResult } from '../read-page.js';
import { isSource, positionKey } from './page-delta.js';

export interface RowChange {
  /** The named schema whose table the row is (or was) a top-level property of. */
  entity?: string;
  /** Or the `positionKey` of the operation (in the last reading) whose parameter it is. */
  operation?: string;
  added: boolean;
  /** The row as the page now reads it (added) or last read it (removed). */
  row: Property | Parameter;
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
  const operations = alignParameters(before.fragment?.operations ?? [], after.fragment?.operations ?? [], rows);
  if (!operations) return undefined;
  if (was.length !== now.length || !was.some((named, index) => lengthChanged(named, now[index]!)))
    return rows.length === 0 ? { before, after, rows } : withFragments(before, after, { operations }, rows);
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
    const extra = insertedRows(short, long, (row) => row.name);
    const keys = extra && rowKeys(long);
    if (!extra || !keys) return undefined;
    for (const at of extra) rows.push({ entity: named.name, added, row: long[at]!, rows: keys, index: at });
    const kept = long.filter((_, at) => !extra.includes(at));
    const trimmed = { ...(added ? next : named), schema: { ...(added ? next.schema : named.schema), properties: kept } };
    left.push(added ? named : trimmed);
    right.push(added ? trimmed : next);
  }
  return withFragments(before, after, { operations, schemas: [left, right] }, rows);
}

/** The readings with the operations and schemas given (each a pair: last, new). */
function withFragments(
  before: PageResult,
  after: PageResult,
  { operations, schemas }: { operations: [Operation[], Operation[]]; schemas?: [NamedSchema[], NamedSchema[]] },
  rows: RowChange[],
): { before: PageResult; after: PageResult; rows: RowChange[] } {
  const fragment = (result: PageResult, side: 0 | 1): PageResult => ({
    ...result,
    fragment: {
      ...(result.fragment as PageFragment),
      operations: operations[side],
      ...(schemas ? { schemas: schemas[side] } : {}),
    },
  });
  return { before: fragment(before, 0), after: fragment(after, 1), rows };
}

/**
 * The operations without the parameters added or removed (each a change in `rows`), last and
 * new; the lists themselves when none was; undefined when a list changed otherwise.
 */
function alignParameters(was: Operation[], now: Operation[], rows: RowChange[]): [Operation[], Operation[]] | undefined {
  if (was.length !== now.length || was.every((operation, index) => operation.parameters.length === now[index]!.parameters.length))
    return [was, now];
  const left: Operation[] = [];
  const right: Operation[] = [];
  for (const [index, operation] of was.entries()) {
    const next = now[index]!;
    if (operation.parameters.length === next.parameters.length) {
      left.push(operation);
      right.push(next);
      continue;
    }
    if (!isSource(operation.source)) return undefined;
    const added = next.parameters.length > operation.parameters.length;
    const [short, long] = added ? [operation.parameters, next.parameters] : [next.parameters, operation.parameters];
    const extra = insertedRows(short, long, (row) => `${row.in}\0${row.name}`);
    const keys = extra && rowKeys(long);
    if (!extra || !keys) return undefined;
    const holder = positionKey(operation.source as Source);
    for (const at of extra) rows.push({ operation: holder, added, row: long[at]!, rows: keys, index: at });
    const trimmed = { ...(added ? next : operation), parameters: long.filter((_, at) => !extra.includes(at)) };
    left.push(added ? operation : trimmed);
    right.push(added ? trimmed : next);
  }
  return [left, right];
}

/** Each row's `positionKey`; undefined when one has no position. */
function rowKeys(rows: ReadonlyArray<{ source?: Source }>): string[] | undefined {
  const keys: string[] = [];
  for (const row of rows) {
    if (!isSource(row.source)) return undefined;
    keys.push(positionKey(row.source));
  }
  return keys;
}

function lengthChanged(a: NamedSchema, b: NamedSchema): boolean {
  return a.schema.kind === 'object' && b.schema.kind === 'object' && a.schema.properties.length !== b.schema.properties.length;
}

/** The indices of `long`'s rows that are not `short`'s, when `short` is `long` with them taken out (keys unique on both sides). */
function insertedRows<T>(short: readonly T[], long: readonly T[], key: (row: T) => string): number[] | undefined {
  if (new Set(long.map(key)).size !== long.length) return undefined;
  const extra: number[] = [];
  let at = 0;
  for (const [index, row] of long.entries()) {
    if (at < short.length && key(short[at]!) === key(row)) at++;
    else extra.push(index);
  }
  return at === short.length ? extra : undefined;
}

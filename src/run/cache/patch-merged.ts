/**
 * A page delta (page-delta.ts) carried into the last run's merged items and diagnostics: every
 * position of the page moved to where the new reading has it, each changed operation's prose put
 * in the merged operation that holds it, each changed row's format in the merged row. Each function gives undefined when the delta does not
 * account for what it finds — a position of the page it does not know, an operation it cannot
 * place, a message that quotes the page's positions — and the run merges everything again.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldIntegerFormats } from '../../infer/format-reads.js';
import { formatSource, type Source } from '../../ir/source.js';
import type { Operation, Parameter, Property, Schema } from '../../ir/types.js';
import { itemValue, type MergedItem, type StoredFamily, type StoredFormatReads } from './merged-store.js';
import { type FormatChange, isSource, type PageDelta, positionKey } from './page-delta.js';

const POSITION_LISTS = new Set(['sources', 'related', 'from']);

/**
 * Applies `deltas` to `items` in place. False when a position of a changed page is not one its
 * delta knows, a prose change did not land in exactly one merged operation, or a format change
 * cannot be shown to touch its merged row only (`placeFormats`).
 */
export function patchItems(
  items: readonly MergedItem[],
  deltas: readonly PageDelta[],
  sameRoute: ReadonlySet<string>,
  formats?: StoredFormatReads,
): boolean {
  const byFile = new Map(deltas.map((delta) => [delta.file, delta]));
  const placed = new Map<string, number>();
  if (!placeFormats(items, deltas, sameRoute, formats)) return false;
  for (const item of items) {
    if ('operations' in item) for (const operation of item.operations) if (!placeProse(operation, byFile, placed, sameRoute)) return false;
    if (!movePositions(itemValue(item), byFile, false, '')) return false;
  }
  return deltas.every((delta) => delta.prose.every((change) => placed.get(positionKey(change.source)) === 1));
}

/**
 * Each changed row's new format put in the merged row that holds it (by its position in the last
 * reading), when that row is a property of a named schema or a parameter of an operation, found
 * once, with the format the page gave it, and nothing else of the merge read that format
 * (infer/format-reads.ts): the schema is no other table's and no request body was compared with
 * it, sample inference looked up no property hint of the row's name, no sample message quoted it,
 * and the operation is no other page's route. A row of an integer property that several tables
 * define, whose rows all agree (a family the merge kept: `StoredFormatReads.families`), gives the
 * merged property the family's formats folded again (`placeFamilies`).
 */
function placeFormats(
  items: readonly MergedItem[],
  deltas: readonly PageDelta[],
  sameRoute: ReadonlySet<string>,
  reads: StoredFormatReads | undefined,
): boolean {
  const changes = new Map(deltas.flatMap((delta) => delta.formats.map((change) => [positionKey(change.source), change] as const)));
  if (changes.size === 0) return true;
  if (!reads || reads.unplaced) return false;
  for (const [key, change] of changes) if (reads.hints.includes(change.name) || reads.quoted.includes(key)) return false;
  const families = familyChanges(changes, reads);
  for (const list of families.values()) for (const change of list) changes.delete(positionKey(change.source));
  if (!placeFamilies(items, families, reads)) return false;
  if (changes.size === 0) return true;
  const rows: Array<{ change: FormatChange; row: Property | Parameter }> = [];
  for (const item of items) {
    const found: Array<Hit<FormatChange>> = [];
    rowsIn(itemValue(item), changes, found, false, '');
    for (const hit of found) {
      const { wanted: change, row } = hit;
      if ('schema' in item) {
        const name = item.schema.name;
        if (hit.list !== 'properties' || reads.shared.includes(name) || reads.compared.includes(name)) return false;
      } else if ('operations' in item) {
        const holder = item.operations.find((operation) => operation.parameters.includes(row as Parameter));
        if (!holder?.source || sameRoute.has(positionKey(holder.source))) return false;
      } else return false;
      rows.push({ change, row });
    }
  }
  if (rows.length !== changes.size || new Set(rows.map(({ change }) => change)).size !== changes.size) return false;
  for (const { change, row } of rows) {
    const schema = row.schema as Schema & { format?: string };
    if (schema.kind !== change.kind || schema.format !== change.before) return false;
    schema.format = change.after;
  }
  return true;
}

/** The integer changes whose rows a stored family holds, by family. */
function familyChanges(changes: ReadonlyMap<string, FormatChange>, reads: StoredFormatReads): Map<StoredFamily, FormatChange[]> {
  const out = new Map<StoredFamily, FormatChange[]>();
  const byRow = new Map<string, StoredFamily>();
  for (const family of reads.families ?? []) for (const row of family.rows) byRow.set(row, family);
  for (const [key, change] of changes) {
    const family = change.kind === 'integer' ? byRow.get(key) : undefined;
    if (family) out.set(family, [...(out.get(family) ?? []), change]);
  }
  return out;
}

/** The files whose items a patch of `deltas` must load besides theirs: those of the first row of each family a change is in. */
export function familyFiles(deltas: readonly PageDelta[], reads: StoredFormatReads | undefined): string[] {
  if (!reads?.families) return [];
  const changes = new Map(deltas.flatMap((delta) => delta.formats.map((change) => [positionKey(change.source), change] as const)));
  return [...familyChanges(changes, reads).keys()].map((family) => fileOf(family.rows[0]!));
}

const fileOf = (key: string) => key.slice(0, key.indexOf('\0'));

/**
 * Each family's merged property (a property of its entity, found once by its first row's position,
 * which it keeps: unify-entities.ts) given the family's formats folded again with the changes',
 * after checking that the last fold is its format. No other row of a change may be found: a row
 * merged into its family is in no item of its own. `reads.families` is updated in place.
 */
function placeFamilies(
  items: readonly MergedItem[],
  families: ReadonlyMap<StoredFamily, FormatChange[]>,
  reads: StoredFormatReads,
): boolean {
  if (families.size === 0) return true;
  const wanted = new Map<string, StoredFamily | undefined>();
  for (const [family, changes] of families) {
    const first = family.rows[0]!;
    if (reads.quoted.includes(first)) return false;
    for (const change of changes) wanted.set(positionKey(change.source), undefined);
    wanted.set(first, family);
  }
  const found = new Map<StoredFamily, Property>();
  for (const item of items) {
    const hits: Array<Hit<StoredFamily | undefined>> = [];
    rowsIn(itemValue(item), wanted, hits, false, '');
    for (const { wanted: family, row, list } of hits) {
      if (!family || found.has(family) || !('schema' in item) || item.schema.name !== family.entity) return false;
      if (list !== 'properties' || row.name !== family.property) return false;
      found.set(family, row as Property);
    }
  }
  for (const [family, changes] of families) {
    const row = found.get(family);
    if (row?.schema.kind !== 'integer') return false;
    const formats = [...family.formats];
    for (const change of changes) {
      const index = family.rows.indexOf(positionKey(change.source));
      if (formats[index] !== change.before) return false;
      formats[index] = change.after;
    }
    if (row.schema.format !== foldIntegerFormats(family.formats.map((format) => format ?? undefined))) return false;
    const format = foldIntegerFormats(formats.map((value) => value ?? undefined));
    if (format === undefined) return false;
    row.schema.format = format;
    family.formats = formats;
  }
  return true;
}

export interface Hit<T> {
  wanted: T;
  row: Property | Parameter;
  list: string;
}

/** The rows in `value` (not inside the docs' own JSON) whose position is one of `wanted`'s, with the key of the list holding them. */
export function rowsIn<T>(value: unknown, wanted: ReadonlyMap<string, T>, found: Array<Hit<T>>, data: boolean, key: string): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) rowsIn(item, wanted, found, data, key);
    return;
  }
  const record = value as Record<string, unknown>;
  const at = !data && isSource(record.source) ? positionKey(record.source) : undefined;
  if (at !== undefined && wanted.has(at))
    found.push({ wanted: wanted.get(at)!, row: record as unknown as Property | Parameter, list: key });
  for (const [name, inner] of Object.entries(record)) {
    const inData = data || name === 'value' || name === 'default' || name === 'extensions' || (name === 'examples' && 'kind' in record);
    if (name !== 'source') rowsIn(inner, wanted, found, inData, name);
  }
}

/**
 * The diagnostics with the pages' positions moved; undefined when a message quotes a page whose
 * text moved or whose prose changed (a message quotes a place by its start's line and column, as
 * `formatSource` writes it: a page changed only in a row's format quotes the same).
 */
export function patchDiagnostics(diagnostics: readonly Diagnostic[], deltas: readonly PageDelta[]): Diagnostic[] | undefined {
  const byFile = new Map(deltas.map((delta) => [delta.file, delta]));
  const moved = deltas.filter(
    (delta) => delta.prose.length > 0 || [...delta.positions].some(([key, to]) => formatKey(key) !== formatSource(to)),
  );
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (moved.some((delta) => diagnostic.message.includes(delta.file))) return undefined;
    const copy = structuredClone(diagnostic);
    if (!movePositions(copy, byFile, false, '')) return undefined;
    out.push(copy);
  }
  return out;
}

/** `file:line:column` of a `positionKey`'s start. */
function formatKey(key: string): string {
  const [file, , , start] = key.split('\0');
  return `${file}:${start}`;
}

/**
 * The operation's summary and description from the change whose operation it is (by its position
 * in the last reading). Whether it has any decides what another page documenting the same route
 * contributes (same-route.ts): a change of that kind is only placed in an operation nothing was merged into.
 */
function placeProse(
  operation: Operation,
  deltas: ReadonlyMap<string, PageDelta>,
  placed: Map<string, number>,
  sameRoute: ReadonlySet<string>,
): boolean {
  const source = operation.source;
  const delta = source && deltas.get(source.file);
  if (!delta) return true;
  const key = positionKey(source);
  const change = delta.prose.find((candidate) => positionKey(candidate.source) === key);
  if (!change) return true;
  for (const { field, before, after } of change.fields) {
    // The page's operation gave the merged one its text (it comes first for its route); otherwise it is not ours to change.
    if (operation[field] !== before || ((!before || !after) && sameRoute.has(key))) return false;
    if (after === undefined) delete operation[field];
    else operation[field] = after;
  }
  placed.set(key, (placed.get(key) ?? 0) + 1);
  return true;
}

/** Moves every position of a delta's page found in `value` (not inside the docs' own JSON). */
function movePositions(value: unknown, deltas: ReadonlyMap<string, PageDelta>, data: boolean, key: string): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    const positions = !data && POSITION_LISTS.has(key);
    for (const [index, item] of value.entries()) {
      if (positions && isSource(item)) {
        const moved = moveOne(item, deltas);
        if (!moved) return false;
        value[index] = moved;
      } else if (!movePositions(item, deltas, data, '[]')) return false;
    }
    return true;
  }
  const record = value as Record<string, unknown>;
  for (const [name, inner] of Object.entries(record)) {
    const inData = data || name === 'value' || name === 'default' || name === 'extensions' || (name === 'examples' && 'kind' in record);
    if (!inData && name === 'source' && isSource(inner)) {
      const moved = moveOne(inner, deltas);
      if (!moved) return false;
      record[name] = moved;
    } else if (!movePositions(inner, deltas, inData, name)) return false;
  }
  return true;
}

/** The new position of `source`, itself when its page did not change, undefined when its page changed but the delta does not know it. */
function moveOne(source: Source, deltas: ReadonlyMap<string, PageDelta>): Source | undefined {
  const delta = deltas.get(source.file);
  if (!delta) return source;
  const moved = delta.positions.get(positionKey(source));
  return moved && structuredClone(moved);
}

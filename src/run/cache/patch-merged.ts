/**
 * A page delta (page-delta.ts) carried into the last run's merged items and diagnostics: every
 * position of the page moved to where the new reading has it, each changed operation's prose put
 * in the merged operation that holds it, each changed row's format in the merged row. Each function gives undefined when the delta does not
 * account for what it finds — a position of the page it does not know, an operation it cannot
 * place, a message that quotes the page's positions — and the run merges everything again.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Source } from '../../ir/source.js';
import type { Operation, Parameter, Property, Schema } from '../../ir/types.js';
import { itemValue, type MergedItem, type StoredFormatReads } from './merged-store.js';
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
 * and the operation is no other page's route.
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
  const rows: Array<{ change: FormatChange; row: Property | Parameter }> = [];
  for (const item of items) {
    const found: Array<{ change: FormatChange; row: Property | Parameter; list: string }> = [];
    rowsIn(itemValue(item), changes, found, false, '');
    for (const hit of found) {
      const { change, row } = hit;
      if (reads.hints.includes(change.name) || reads.quoted.includes(positionKey(change.source))) return false;
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

/** The rows in `value` (not inside the docs' own JSON) whose position is a change's, with the key of the list holding them. */
function rowsIn(
  value: unknown,
  changes: ReadonlyMap<string, FormatChange>,
  found: Array<{ change: FormatChange; row: Property | Parameter; list: string }>,
  data: boolean,
  key: string,
): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) rowsIn(item, changes, found, data, key);
    return;
  }
  const record = value as Record<string, unknown>;
  const change = !data && isSource(record.source) ? changes.get(positionKey(record.source)) : undefined;
  if (change) found.push({ change, row: record as unknown as Property | Parameter, list: key });
  for (const [name, inner] of Object.entries(record)) {
    const inData = data || name === 'value' || name === 'default' || name === 'extensions' || (name === 'examples' && 'kind' in record);
    if (name !== 'source') rowsIn(inner, changes, found, inData, name);
  }
}

/** The diagnostics with the pages' positions moved; undefined when a message quotes one. */
export function patchDiagnostics(diagnostics: readonly Diagnostic[], deltas: readonly PageDelta[]): Diagnostic[] | undefined {
  const byFile = new Map(deltas.map((delta) => [delta.file, delta]));
  const out: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (deltas.some((delta) => diagnostic.message.includes(delta.file))) return undefined;
    const copy = structuredClone(diagnostic);
    if (!movePositions(copy, byFile, false, '')) return undefined;
    out.push(copy);
  }
  return out;
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

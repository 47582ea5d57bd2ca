/**
 * The last run's merged document, item by item, in a page store of its own (`merged-*.jsonl`):
 * the operations under each Path Item key (`path:/a/{id}`), each named schema (`schema:Name`) and
 * the rest (`rest`: info, servers, tags, security schemes, webhooks), plus an index saying which
 * items hold positions in which input file. A run in which one page changed only in its
 * positions and operation prose patches the items that page reaches (patch-run.ts) instead of
 * merging every page again.
 */
import { createHash } from 'node:crypto';
import { pathKey } from '../../emit/openapi/paths.js';
import { type FormatReads, quotedRows } from '../../infer/format-reads.js';
import { type StoredKindWalks, storedKindReads, storedKindWalks } from '../../infer/kind-reads.js';
import { type StoredListReads, storedListReads } from '../../infer/list-reads.js';
import { isRequiredFolds, type RequiredFolds } from '../../infer/required-folds.js';
import { compareText } from '../../ir/order.js';
import type { ApiDocument, NamedSchema, Operation } from '../../ir/types.js';
import { FOLDS, KINDS, LISTS, WALKS } from './merged-apart.js';
import { positionKey } from './page-delta.js';
import type { PageStore } from './page-store.js';

type RestOfDocument = Omit<ApiDocument, 'operations' | 'schemas'>;

export interface MergedIndex {
  /** The run whose document this is. */
  run: string;
  /** Item keys in document order: the Path Items, then the named schemas. */
  items: string[];
  /** Input file → the keys of the items that hold its positions (`rest` included). */
  files: Record<string, string[]>;
  /** The positions of the operations that others documenting the same route were merged into. */
  sameRoute: string[];
  /** Item key → a hash of its JSON: what a later run compares to know which items changed. */
  hashes: Record<string, string>;
  /** What the merge read of the rows' formats beyond each row's node (infer/format-reads.ts); none: a format change is merged again. */
  formats?: StoredFormatReads;
}

export interface StoredFormatReads {
  hints: string[];
  shared: string[];
  compared: string[];
  /** `positionKey`s of the rows whose format a message quoted. */
  quoted: string[];
  /** A quoted format was not a row's (any format change is merged again). */
  unplaced: boolean;
  /** The integer properties folded from one family of rows (`FormatReads.families`): rows by `positionKey`, their formats (null: none). */
  families?: StoredFamily[];
  /** `FormatReads.borrowed` by `positionKey`, and `blended` (patch-descriptions.ts); none: a description is not placed by them. */
  borrowed?: string[];
  blended?: string[];
  /** `FormatReads.requires` (patch-required.ts); none: a required flag is merged again. */
  requires?: string[];
  /** The store holds the properties several tables define with their rows' flags (`loadFolds`, patch-required.ts); none: their flags are merged again. */
  folded?: boolean;
  /** Files whose positions moved since the folds were recorded (by patches that did not load them): their rows' places there are stale. */
  foldStale?: string[];
  /** The store holds the kinds sample inference read (`loadKindReads`, patch-kinds.ts); none: a kind change is merged again. */
  typed?: boolean;
  /** The store holds what a mismatch at each row would say (`loadKindWalks`, patch-kinds.ts); none: a kind a sample's value fails either way is merged again. */
  walked?: boolean;
  /** Files whose positions moved since the kind walks were recorded (by patches that did not load them): their samples' places there are stale. */
  walkStale?: string[];
  /** The store holds the entities' list reads (`loadListReads`, patch-rows.ts); none: a row added or removed is merged again. */
  listed?: boolean;
}

/** The reads a full merge hands `saveMerged`: the index's, and the kind and list reads (infer/kind-reads.ts, list-reads.ts) the store keeps apart. */
export type MergeReads = StoredFormatReads & {
  kinds?: Record<string, number>;
  walks?: StoredKindWalks;
  lists?: StoredListReads;
  folds?: RequiredFolds;
};

export interface StoredFamily {
  entity: string;
  property: string;
  rows: string[];
  formats: Array<string | null>;
}

/** The merge's format reads as the index keeps them, and its kind reads as the store does. */
export function storedFormatReads(reads: FormatReads, document: ApiDocument): MergeReads {
  const quoted = quotedRows(document, reads.quotedSchemas);
  return {
    kinds: storedKindReads(reads.typed, document),
    walks: storedKindWalks(reads.walks, document),
    lists: storedListReads(reads.lists, document),
    folds: reads.folds,
    hints: [...reads.hints].sort(),
    shared: [...reads.shared].sort(),
    compared: [...reads.compared].sort(),
    quoted: quoted.rows.map(positionKey),
    unplaced: quoted.unplaced,
    families: reads.families.map(({ entity, property, rows }) => ({
      entity,
      property,
      rows: rows.map((row) => positionKey(row.source)),
      formats: rows.map((row) => row.format ?? null),
    })),
    borrowed: reads.borrowed.map(positionKey),
    blended: [...reads.blended].sort(),
    requires: [...reads.requires].sort(),
  };
}

/**
 * The document's items with their hashes and the files each holds positions of, made once per run
 * for the store and for reusing emitted pieces. An item's JSON is kept only where the store must
 * write it: all 57 MB of them, kept through emitting, were a fifth of the memory of a run that
 * retyped one row at 3,262 pages, each megabyte of it costly to map.
 */
export interface PreparedItems {
  items: Array<{ key: string; value: unknown; files: string[]; json?: string }>;
  hashes: Map<string, string>;
}
export type MergedItem =
  | { key: string; operations: Operation[] }
  | { key: string; schema: NamedSchema }
  | { key: 'rest'; rest: RestOfDocument };

const INDEX = 'index';
/** Items are stored under this hash: the index's `run` says which run they belong to. */
const ITEM = 'item';
/** `"file":"…"` in an item's JSON: every position it holds (and, harmlessly, any sample field named `file`). */
const FILE_FIELD = /"file":("(?:[^"\\]|\\.)*")/g;

/** The document's items; undefined when two share a key (the document cannot be patched item by item). */
function mergedItems(document: ApiDocument): MergedItem[] | undefined {
  const { operations, schemas, ...rest } = document;
  const items: MergedItem[] = [];
  const byPath = new Map<string, Operation[]>();
  for (const operation of operations) {
    const key = `path:${pathKey(operation)}`;
    const list = byPath.get(key);
    if (list) list.push(operation);
    else {
      const group = [operation];
      byPath.set(key, group);
      items.push({ key, operations: group });
    }
  }
  const names = new Set<string>();
  for (const schema of schemas) {
    if (names.has(schema.name)) return undefined;
    names.add(schema.name);
    items.push({ key: `schema:${schema.name}`, schema });
  }
  items.push({ key: 'rest', rest });
  return items;
}

/**
 * Each item of `document` with its hash; undefined when two items share a key. With `last` (the
 * store's index), the JSON of the items whose hash it holds is not kept: the store has them; nor is
 * it scanned for the files it holds positions in: the index says which (the same JSON holds the
 * same), and scanning the 57 MB of a 3,262-page run's items was a seventh of making them.
 */
export function prepareItems(document: ApiDocument, last?: MergedIndex): PreparedItems | undefined {
  const items = mergedItems(document);
  if (!items) return undefined;
  const held = last?.files && last.items ? filesByItem(last.files) : undefined;
  const prepared: PreparedItems = { items: [], hashes: new Map() };
  for (const item of items) {
    const value = itemValue(item);
    const json = JSON.stringify(value);
    const hash = createHash('sha1').update(json).digest('base64');
    const same = last?.hashes[item.key] === hash;
    const files = (same && held?.get(item.key)) || filesIn(json);
    prepared.items.push({ key: item.key, value, files, ...(same ? {} : { json }) });
    prepared.hashes.set(item.key, hash);
  }
  return prepared;
}

/**
 * Makes the prepared items the store's content, for run `run`; `sameRoute` as `mergeFragments`
 * collected it. Where the store holds the items of `lastRun` (its index says so), only the items
 * whose hash changed are written and those gone removed: a retyped row rewrote 57 MB of items at
 * 3,262 pages for the few it changed. An item the store lost or holds wrongly (a shard damaged
 * since) is never used unchecked: a patch renders each item it loads as it was and compares that
 * with the last outputs before using it (patch-run.ts).
 */
export async function saveMerged(
  store: PageStore,
  prepared: PreparedItems | undefined,
  run: string,
  sameRoute: ReadonlySet<Operation>,
  lastRun: string | undefined,
  /** The store's index, if the caller loaded it already. */
  loaded?: MergedIndex,
  reads?: MergeReads,
): Promise<void> {
  const last = lastRun === undefined || !prepared ? undefined : (loaded ?? (await loadIndex(store)));
  const kept = last && last.run === lastRun && last.hashes && Array.isArray(last.items) ? last : undefined;
  if (!kept) store.clear();
  if (!prepared) return;
  for (const { key, value, json } of prepared.items) {
    if (kept?.hashes[key] !== prepared.hashes.get(key))
      await store.set(key, { hash: ITEM, json: json ?? JSON.stringify(value), shared: [] });
  }
  if (kept) for (const key of kept.items) if (!prepared.hashes.has(key)) await store.delete(key);
  const { kinds, walks, lists, folds, ...formats } = reads ?? {};
  await saveApart(store, KINDS, kinds);
  await saveApart(store, WALKS, walks);
  await saveApart(store, LISTS, lists);
  await saveApart(store, FOLDS, folds);
  const index: MergedIndex = {
    run,
    items: prepared.items.map((item) => item.key),
    files: filesRecord(prepared.items),
    sameRoute: [...sameRoute].flatMap((operation) => (operation.source ? [positionKey(operation.source)] : [])),
    hashes: Object.fromEntries(prepared.hashes),
    ...(reads
      ? {
          formats: {
            ...(formats as StoredFormatReads),
            ...(kinds ? { typed: true } : {}),
            ...(walks ? { walked: true } : {}),
            ...(lists ? { listed: true } : {}),
            ...(folds ? { folded: true } : {}),
          },
        }
      : {}),
  };
  await store.set(INDEX, { hash: ITEM, json: JSON.stringify(index), shared: [] });
}

/** An entry kept apart from the index (none: deleted), written only when it changed. */
async function saveApart(store: PageStore, key: string, value: unknown): Promise<void> {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) await store.delete(key);
  else if ((await store.stored(key))?.json !== json) await store.set(key, { hash: ITEM, json, shared: [] });
}

/** The list reads the last full merge recorded, by entity (infer/list-reads.ts). */
export async function loadListReads(store: PageStore): Promise<StoredListReads | undefined> {
  return store.get<StoredListReads>(LISTS, ITEM);
}

export async function loadIndex(store: PageStore): Promise<MergedIndex | undefined> {
  return store.get<MergedIndex>(INDEX, ITEM);
}

/** The kind reads the last full merge recorded, by `Entity\0Property` (infer/kind-reads.ts). */
export async function loadKindReads(store: PageStore): Promise<Record<string, number> | undefined> {
  return store.get<Record<string, number>>(KINDS, ITEM);
}

/** The kind walks the last full merge recorded (infer/kind-reads.ts), their samples' places as patches since moved them. */
export async function loadKindWalks(store: PageStore): Promise<StoredKindWalks | undefined> {
  return store.get<StoredKindWalks>(WALKS, ITEM);
}

/** Stores the kind walks with their samples' places moved by a patch. */
export async function saveKindWalks(store: PageStore, walks: StoredKindWalks): Promise<void> {
  await store.set(WALKS, { hash: ITEM, json: JSON.stringify(walks), shared: [] });
}

/** The required folds the last full merge recorded (infer/required-folds.ts), their rows' places as patches since moved them. */
export async function loadFolds(store: PageStore): Promise<RequiredFolds | undefined> {
  const folds = await store.get<unknown>(FOLDS, ITEM);
  return isRequiredFolds(folds) ? folds : undefined;
}

/** Stores the required folds with their flags and places patched. */
export async function saveFolds(store: PageStore, folds: RequiredFolds): Promise<void> {
  await store.set(FOLDS, { hash: ITEM, json: JSON.stringify(folds), shared: [] });
}

export async function loadItem(store: PageStore, key: string): Promise<MergedItem | undefined> {
  const value = await store.get<unknown>(key, ITEM);
  if (value === undefined) return undefined;
  if (key === 'rest') return { key, rest: value as RestOfDocument };
  if (key.startsWith('path:')) return Array.isArray(value) ? { key, operations: value as Operation[] } : undefined;
  return { key, schema: value as NamedSchema };
}

/**
 * Stores `items` (patched) and the index for run `run`, with the files each patched item holds
 * positions in found anew (a row removed can take an item's last position on a page): a later run
 * takes an unchanged item's files from the index (`prepareItems`).
 */
export async function updateMerged(store: PageStore, items: readonly MergedItem[], index: MergedIndex): Promise<void> {
  const hashes = { ...index.hashes };
  const held = filesByItem(index.files);
  for (const item of items) {
    const json = JSON.stringify(itemValue(item));
    hashes[item.key] = createHash('sha1').update(json).digest('base64');
    held.set(item.key, filesIn(json));
    await store.set(item.key, { hash: ITEM, json, shared: [] });
  }
  const files = filesRecord(index.items.map((key) => ({ key, files: held.get(key) ?? [] })));
  await store.set(INDEX, { hash: ITEM, json: JSON.stringify({ ...index, hashes, files }), shared: [] });
}

export function itemValue(item: MergedItem): unknown {
  return 'operations' in item ? item.operations : 'schema' in item ? item.schema : item.rest;
}

/** The files whose positions `json` holds, sorted (an item's files read from the index or its JSON are listed alike). */
function filesIn(json: string): string[] {
  const quoted = new Set<string>();
  for (const match of json.matchAll(FILE_FIELD)) quoted.add(match[1]!);
  const files = new Set<string>();
  for (const text of quoted) files.add(JSON.parse(text) as string);
  return [...files].sort(compareText);
}

/** Item key → the files it holds positions in, from the index's file → item keys. */
function filesByItem(files: Readonly<Record<string, readonly string[]>>): Map<string, string[]> {
  const byItem = new Map<string, string[]>();
  for (const [file, keys] of Object.entries(files))
    for (const key of keys) {
      const list = byItem.get(key);
      if (list) list.push(file);
      else byItem.set(key, [file]);
    }
  for (const list of byItem.values()) list.sort(compareText);
  return byItem;
}

/** The index's file → the keys of the items that hold its positions, in item order. */
function filesRecord(items: ReadonlyArray<{ key: string; files: readonly string[] }>): Record<string, string[]> {
  const files: Record<string, string[]> = {};
  for (const { key, files: held } of items)
    for (const file of held) {
      const list = files[file];
      if (list) list.push(key);
      else files[file] = [key];
    }
  return files;
}

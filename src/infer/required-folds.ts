/**
 * The required flags a full merge folded (merge/unify-entities.ts): a property several tables
 * define is required when a row of its winning family is, and which rows fall in which family, and
 * which family wins, is decided by their types and counts alone. Kept flat, in the form the cache
 * stores (run/cache/merged-store.ts): a list of numbers, no object or string per row. A full merge
 * records 44,045 rows at 3,262 pages and every run that merges all pages pays for it (an object
 * and a position key per row cost that run 8% more CPU); a patch (run/cache/patch-required.ts)
 * reads, changes and moves the flags in this same form.
 */
import type { Source } from '../ir/source.js';
import type { Property } from '../ir/types.js';

export interface RequiredFolds {
  /** The rows' files: a row names its file by its index here. */
  files: string[];
  /** Each fold's entity and property, in turn. */
  names: string[];
  /** Each fold's row count, then each row's file, start offset, end offset and flags (`REQUIRED`, `WON`), in merge order. */
  rows: number[];
}

/** One fold as a patch reads it: where its row count is in `rows`. */
export interface Fold {
  entity: string;
  property: string;
  at: number;
}

/** The numbers of a row. */
const ROW = 4;
const REQUIRED = 1;
/** The row is of the winning family. */
const WON = 2;

/** Each recording's file indexes (a full merge's alone: the store keeps only `files`). */
const fileIndexes = new WeakMap<RequiredFolds, Map<string, number>>();

export function newRequiredFolds(): RequiredFolds {
  return { files: [], names: [], rows: [] };
}

/** Records a property's rows (`versions`, each with a position) and which of them are its winning family (`winners`). */
export function recordFold(folds: RequiredFolds, entity: string, versions: readonly Property[], winners: readonly Property[]): void {
  for (const version of versions) if (!version.source) return;
  let files = fileIndexes.get(folds);
  if (!files) {
    files = new Map(folds.files.map((file, index) => [file, index]));
    fileIndexes.set(folds, files);
  }
  // Families split the versions: all of them won unless another family has members.
  const won = winners.length === versions.length ? undefined : new Set(winners);
  folds.names.push(entity, versions[0]!.name);
  folds.rows.push(versions.length);
  for (const version of versions) {
    const { file, start, end } = version.source!;
    let index = files.get(file);
    if (index === undefined) {
      index = folds.files.length;
      files.set(file, index);
      folds.files.push(file);
    }
    folds.rows.push(index, start.offset, end.offset, (version.required ? REQUIRED : 0) | (!won || won.has(version) ? WON : 0));
  }
}

/** `value` is folds as `RequiredFolds` keeps them (a damaged store entry is not). */
export function isRequiredFolds(value: unknown): value is RequiredFolds {
  if (value === null || typeof value !== 'object') return false;
  const { files, names, rows } = value as Record<string, unknown>;
  if (!Array.isArray(files) || !Array.isArray(names) || !Array.isArray(rows)) return false;
  if (!files.every((file) => typeof file === 'string') || !names.every((name) => typeof name === 'string')) return false;
  if (names.length % 2 !== 0) return false;
  const whole = (at: number, below: number) => Number.isInteger(rows[at]) && rows[at] >= 0 && rows[at] < below;
  let at = 0;
  for (let fold = 0; fold < names.length; fold += 2) {
    if (!whole(at, rows.length)) return false;
    const end = at + 1 + ROW * rows[at];
    let won = false;
    for (at++; at < end; at += ROW) {
      if (!whole(at, files.length) || !whole(at + 1, Infinity) || !whole(at + 2, Infinity) || !whole(at + 3, REQUIRED + WON + 1))
        return false;
      won ||= (rows[at + 3] & WON) !== 0;
    }
    // A fold's merged property keeps a row of its winning family.
    if (!won) return false;
  }
  return at === rows.length;
}

/** The folds holding a row at one of `sources`, with those of them each holds (once each). */
export function foldsHolding<T extends { source: Source }>(folds: RequiredFolds, changes: Iterable<T>): Map<Fold, T[]> {
  const byRow = new Map<string, T>();
  const files = new Set<number>();
  for (const change of changes) {
    const file = folds.files.indexOf(change.source.file);
    if (file < 0) continue;
    files.add(file);
    byRow.set(rowKey(file, change.source.start.offset, change.source.end.offset), change);
  }
  const out = new Map<Fold, T[]>();
  if (files.size === 0) return out;
  const { names, rows } = folds;
  for (let fold = 0, at = 0; fold < names.length; fold += 2, at += 1 + ROW * rows[at]!) {
    const held = new Set<T>();
    for (let row = at + 1; row < at + 1 + ROW * rows[at]!; row += ROW) {
      if (!files.has(rows[row]!)) continue;
      const change = byRow.get(rowKey(rows[row]!, rows[row + 1]!, rows[row + 2]!));
      if (change) held.add(change);
    }
    if (held.size > 0) out.set({ entity: names[fold]!, property: names[fold + 1]!, at }, [...held]);
  }
  return out;
}

const rowKey = (file: number, start: number, end: number): string => `${file}\0${start}\0${end}`;

/** Where the row is in `rows` whose position the merged property keeps: its winning family's first row's (unify-entities.ts). */
function keptRow({ rows }: RequiredFolds, { at }: Fold): number {
  let row = at + 1;
  while (!(rows[row + 3]! & WON)) row += ROW;
  return row;
}

/** The file of the position the fold's merged property keeps. */
export function keptFile(folds: RequiredFolds, fold: Fold): string {
  return folds.files[folds.rows[keptRow(folds, fold)]!]!;
}

/** `source` is the position the fold's merged property keeps (offsets: a file's text places the lines and columns). */
export function keepsPosition(folds: RequiredFolds, fold: Fold, source: Source): boolean {
  const row = keptRow(folds, fold);
  const { files, rows } = folds;
  return files[rows[row]!] === source.file && rows[row + 1] === source.start.offset && rows[row + 2] === source.end.offset;
}

/** The fold's flag: required when a row of its winning family is. */
export function foldedRequired({ rows }: RequiredFolds, { at }: Fold): boolean {
  for (let row = at + 1; row < at + 1 + ROW * rows[at]!; row += ROW) if (rows[row + 3] === REQUIRED + WON) return true;
  return false;
}

/** Sets the flag of the fold's rows at `source` from `before` to `after`; false when one was not `before`. */
export function setRequired(folds: RequiredFolds, fold: Fold, source: Source, before: boolean, after: boolean): boolean {
  const { files, rows } = folds;
  const file = files.indexOf(source.file);
  for (let row = fold.at + 1; row < fold.at + 1 + ROW * rows[fold.at]!; row += ROW) {
    if (rows[row] !== file || rows[row + 1] !== source.start.offset || rows[row + 2] !== source.end.offset) continue;
    if (Boolean(rows[row + 3]! & REQUIRED) !== before) return false;
    rows[row + 3] = (rows[row + 3]! & WON) | (after ? REQUIRED : 0);
  }
  return true;
}

/**
 * Moves the rows on `file` where `moved` says (a page's positions by their `positionKey`s in the
 * last reading, as page-delta.ts gives them: the file, then the start and end offsets); false when
 * one of them is not there (its place is lost).
 */
export function moveRows(folds: RequiredFolds, file: string, moved: ReadonlyMap<string, Source>): boolean {
  const index = folds.files.indexOf(file);
  if (index < 0) return true;
  const byOffsets = new Map<string, Source>();
  for (const [key, to] of moved) {
    const [, start, end] = key.split('\0');
    byOffsets.set(`${start}\0${end}`, to);
  }
  const { rows } = folds;
  let kept = true;
  for (let at = 0; at < rows.length; at += 1 + ROW * rows[at]!)
    for (let row = at + 1; row < at + 1 + ROW * rows[at]!; row += ROW) {
      if (rows[row] !== index) continue;
      const to = byOffsets.get(`${rows[row + 1]}\0${rows[row + 2]}`);
      if (!to) kept = false;
      else {
        rows[row + 1] = to.start.offset;
        rows[row + 2] = to.end.offset;
      }
    }
  return kept;
}

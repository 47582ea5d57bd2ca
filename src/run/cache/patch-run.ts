/**
 * A run in which a few pages changed only in ways the merge does not decide by — text added or
 * removed (positions move, in order), operation prose edited, a row's format or required flag
 * changed where nothing but the row reads it, a row's scalar kind changed where nothing but the row reads it (patch-kinds.ts),
 * a row's description reworded, a row added to or removed from a table where nothing but its entity
 * reads the list (patch-rows.ts) — gives the last run patched:
 *
 * 1. the changed pages are read; each new reading is compared with the last (page-delta.ts);
 * 2. the merged items that hold those pages' positions are loaded from the last run's merged
 *    document (merged-store.ts) and patched, and so are the diagnostics (patch-merged.ts);
 * 3. each patched item is rendered as it was and as it is now (emit/item-pieces.ts); where the
 *    text differs, the new piece is spliced into the last outputs (splice-outputs.ts).
 *
 * The result is what merging and emitting everything again gives (test/run/cache/patch-run.test.ts
 * compares the bytes with cold runs), in time proportional to the change. Any step that finds
 * something it cannot account for gives undefined, and the pipeline takes its usual path.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { moveWalkSample, type StoredKindWalks, walkedSample } from '../../infer/kind-reads.js';
import { moveRows, type RequiredFolds } from '../../infer/required-folds.js';
import type { LoadedFile } from '../../input/load-files.js';
import type { DialectId, ReadOptions } from '../../readers/types.js';
import type { PageResult } from '../read-page.js';
import type { FileReport, GenerateStats, OutputFile } from '../result.js';
import { readPages } from '../workers/read-pool.js';
import {
  loadFolds,
  loadIndex,
  loadItem,
  loadKindReads,
  loadKindWalks,
  loadListReads,
  type MergedItem,
  type StoredFamily,
  saveFolds,
  saveKindWalks,
  updateMerged,
} from './merged-store.js';
import { layoutFromJson, layoutToJson } from './output-layout.js';
import { type CachedRun, PageCache } from './page-cache.js';
import { type PageDelta, pageDelta, positionKey } from './page-delta.js';
import { placeDescriptions } from './patch-descriptions.js';
import { kindsMayPatch, patchKindFindings, placeKinds } from './patch-kinds.js';
import { familyFiles, patchDiagnostics, patchItems } from './patch-merged.js';
import { foldFiles, placeRequired } from './patch-required.js';
import { placeRows, rowsMayPatch } from './patch-rows.js';
import { alignRows, type RowChange } from './row-delta.js';
import { spliceOutputs } from './splice-outputs.js';

/** More changed pages than this: merging everything is as quick. */
const MAX_PAGES = 16;

export interface PatchRequest {
  cache: PageCache;
  pages: readonly LoadedFile[];
  hashes: readonly string[];
  /** `CachedRun.base` of this run: it must be the last run's. */
  base: string;
  /** The key of this run. */
  key: string;
  dialectOf: (file: string) => DialectId | undefined;
  readOptions: ReadOptions;
  /** Its `parsed` counts the pages read, patched or not. */
  stats: Pick<GenerateStats, 'parsed'>;
}

export interface PatchedRun {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  files: FileReport[];
  operations: number;
  schemas: number;
}

export async function patchLastRun(request: PatchRequest): Promise<PatchedRun | undefined> {
  const { cache } = request;
  const last = cache.lastRun();
  if (!last || last.base !== request.base) return undefined;
  // The last run's diagnostics and file reports are patched and kept: without them, the long way.
  const reports = cache.runReports(last);
  if (!reports) return undefined;
  const changed = changedPages(request, cache.lastPages());
  if (!changed || changed.length === 0 || changed.length > MAX_PAGES) return undefined;
  // The pages first: a change the delta cannot account for (a table row) needs nothing else, and
  // what was read is in the cache for the merge that follows.
  const deltas = await readChanged(request, changed);
  if (!deltas) return undefined;
  // The kind reads, only for a kind change (the one patch that needs them), and first: most such changes take the long way.
  const kinds = deltas.some((delta) => delta.kinds.length > 0) ? await loadKindReads(cache.merged) : undefined;
  const kindsPatch = kindsMayPatch(deltas, kinds);
  if (!kindsPatch) return undefined;
  // The kind walks only where a sample's value fails one of the kinds: the change's mismatches are given from them.
  const walks = kindsPatch === 'walks' ? await loadKindWalks(cache.merged) : undefined;
  if (kindsPatch === 'walks' && !walks) return undefined;
  // The list reads likewise, only for a row added or removed.
  const rows = deltas.flatMap((delta) => delta.rows);
  const lists = rows.length > 0 ? await loadListReads(cache.merged) : undefined;
  if (!rowsMayPatch(rows, lists)) return undefined;
  const [layoutJson, index] = await Promise.all([cache.runLayout(last), loadIndex(cache.merged)]);
  const layout = layoutJson === undefined ? undefined : layoutFromJson(layoutJson);
  if (!layout || index?.run !== last.key) return undefined;
  // The folds of required flags, only for a required flag changed in a table of a name several define (or of
  // none: a section's, which a link may join), on pages whose places in them are not stale.
  const foldStale = new Set(index.formats?.foldStale);
  const shared = new Set(index.formats?.shared);
  const flagged = deltas.filter((delta) => delta.required.some((change) => change.entity === undefined || shared.has(change.entity)));
  const folds =
    index.formats?.folded && flagged.length > 0 && !flagged.some((delta) => foldStale.has(delta.file))
      ? await loadFolds(cache.merged)
      : undefined;
  // A row merged into a family of rows is patched in the merged property, which holds the family's first row.
  const files = [...deltas.map((delta) => delta.file), ...familyFiles(deltas, index.formats), ...foldFiles(deltas, folds)];
  const keys = [...new Set(files.flatMap((file) => index.files[file] ?? []))];
  const before = await Promise.all(keys.map((key) => loadItem(cache.merged, key)));
  const after = await Promise.all(keys.map((key) => loadItem(cache.merged, key)));
  const sameRoute = new Set(index.sameRoute);
  if (before.some((item) => item === undefined)) return undefined;
  const kindFindings = placeKinds(after as MergedItem[], deltas, sameRoute, { formats: index.formats, kinds, walks });
  if (
    !kindFindings ||
    !placeDescriptions(after as MergedItem[], deltas, sameRoute, index.formats) ||
    !placeRequired(after as MergedItem[], deltas, sameRoute, index.formats, folds)
  )
    return undefined;
  // Rows removed go before the positions move, rows added after (their positions are the page's new ones).
  const insertRows = placeRows(after as MergedItem[], rows, sameRoute, index.formats);
  if (!insertRows || !patchItems(after as MergedItem[], deltas, sameRoute, index.formats) || !insertRows()) return undefined;
  const found = patchKindFindings(reports.diagnostics, kindFindings);
  const diagnostics = found && patchDiagnostics(found, deltas);
  if (!diagnostics) return undefined;

  const spliced = spliceOutputs(cache.runOutputs(last), layout, before as MergedItem[], after as MergedItem[]);
  if (!spliced) return undefined;

  // The positions the index keeps moved with the pages, as the items' did.
  const moved = moveKeys(index.sameRoute, deltas);
  const quoted = index.formats && moveKeys(index.formats.quoted, deltas);
  const families = index.formats?.families && movedFamilies(index.formats.families, deltas);
  const borrowed = index.formats?.borrowed && moveKeys(index.formats.borrowed, deltas);
  if (!moved || (index.formats && !quoted) || (index.formats?.families && !families) || (index.formats?.borrowed && !borrowed))
    return undefined;
  const newlyQuoted = moveKeys(kindFindings.quoted, deltas);
  if (!newlyQuoted) return undefined;
  // The walks' samples on the changed pages moved with them where the walks were loaded; elsewhere those pages' places in them are stale.
  const stale = new Set(index.formats?.walkStale);
  for (const file of walks ? moveWalks(walks, deltas, stale) : movedFiles(deltas)) stale.add(file);
  // The folds' rows likewise.
  for (const file of folds ? moveFolds(folds, deltas, foldStale) : movedFiles(deltas)) foldStale.add(file);
  const formats =
    index.formats && quoted
      ? {
          formats: {
            ...index.formats,
            quoted: [...new Set([...quoted, ...newlyQuoted])],
            ...(families ? { families } : {}),
            ...(borrowed ? { borrowed } : {}),
            ...(stale.size > 0 ? { walkStale: [...stale].sort() } : {}),
            ...(foldStale.size > 0 ? { foldStale: [...foldStale].sort() } : {}),
          },
        }
      : {};
  // The outputs are the cache's new copies (the last ones spliced as they are copied): written first.
  const run: CachedRun = {
    key: request.key,
    outputs: last.outputs,
    diagnostics,
    operations: last.operations,
    schemas: last.schemas,
    files: reports.files,
    ...(last.base === undefined ? {} : { base: last.base }),
  };
  cache.setRun(
    run,
    spliced.outputs.map((output) => output.contents),
    layoutToJson(spliced.layout),
  );
  if (!(await cache.writeRunOutputs())) return undefined;
  if (walks) await saveKindWalks(cache.merged, walks);
  if (folds) await saveFolds(cache.merged, folds);
  await updateMerged(cache.merged, after as MergedItem[], { ...index, run: request.key, sameRoute: moved, ...formats });
  return {
    outputs: cache.runOutputs(run),
    diagnostics,
    files: reports.files,
    operations: last.operations,
    schemas: last.schemas,
  };
}

/** Each `positionKey` of a changed page moved where its delta says; undefined when the delta does not know one. */
function moveKeys(keys: readonly string[], deltas: readonly PageDelta[]): string[] | undefined {
  const out: string[] = [];
  for (const key of keys) {
    const delta = deltas.find((candidate) => key.startsWith(`${candidate.file}\0`));
    const moved = delta ? delta.positions.get(key) : undefined;
    if (delta && !moved) return undefined;
    out.push(moved ? positionKey(moved) : key);
  }
  return out;
}

/** The changed pages some position of which moved. */
function movedFiles(deltas: readonly PageDelta[]): string[] {
  return deltas.filter((delta) => [...delta.positions].some(([key, to]) => positionKey(to) !== key)).map((delta) => delta.file);
}

/**
 * The kind walks' samples on the changed pages moved where their deltas say (in place), but on
 * pages already stale; the pages a sample of which the delta does not know, which are stale now.
 */
function moveWalks(walks: StoredKindWalks, deltas: readonly PageDelta[], stale: ReadonlySet<string>): string[] {
  const byFile = new Map(deltas.filter((delta) => !stale.has(delta.file)).map((delta) => [delta.file, delta]));
  const lost = new Set<string>();
  for (const [index, [file]] of walks.samples.entries()) {
    const delta = byFile.get(walks.files[file!]!);
    if (!delta) continue;
    const moved = delta.positions.get(positionKey(walkedSample(walks, index)));
    if (moved) moveWalkSample(walks, index, moved);
    else lost.add(delta.file);
  }
  return [...lost];
}

/**
 * The folds' rows on the changed pages moved where their deltas say (in place), but on pages
 * already stale; the pages a row of which the delta does not know, which are stale now.
 */
function moveFolds(folds: RequiredFolds, deltas: readonly PageDelta[], stale: ReadonlySet<string>): string[] {
  return deltas.filter((delta) => !stale.has(delta.file) && !moveRows(folds, delta.file, delta.positions)).map((delta) => delta.file);
}

/** The families with their rows moved (their formats were patched in place); undefined when a delta does not know a row. */
function movedFamilies(families: readonly StoredFamily[], deltas: readonly PageDelta[]): StoredFamily[] | undefined {
  const out: StoredFamily[] = [];
  for (const family of families) {
    const rows = family.rows.some((row) => deltas.some((delta) => row.startsWith(`${delta.file}\0`)))
      ? moveKeys(family.rows, deltas)
      : family.rows;
    if (!rows) return undefined;
    out.push({ ...family, rows });
  }
  return out;
}

/** The pages whose content changed since the last run; undefined when pages came or went. */
function changedPages(
  { pages, hashes }: PatchRequest,
  last: ReadonlyMap<string, string>,
): Array<{ file: LoadedFile; was: string; hash: string }> | undefined {
  if (pages.length !== last.size) return undefined;
  const changed: Array<{ file: LoadedFile; was: string; hash: string }> = [];
  for (const [index, file] of pages.entries()) {
    const was = last.get(file.file);
    if (was === undefined) return undefined;
    if (was !== hashes[index]) changed.push({ file, was, hash: hashes[index]! });
  }
  return changed;
}

/**
 * Each changed page read anew, stored in the cache (whatever follows, that is its reading) and
 * counted in `parsed`, and compared with its last reading.
 */
async function readChanged(
  request: PatchRequest,
  changed: ReadonlyArray<{ file: LoadedFile; was: string; hash: string }>,
): Promise<Array<PageDelta & { rows: RowChange[] }> | undefined> {
  const out: Array<PageDelta & { rows: RowChange[] }> = [];
  for (const { file, was, hash } of changed) {
    const previous = await request.cache.pages.get<PageResult>(file.file, was);
    if (!previous || file.text === undefined) return undefined;
    const dialect = request.dialectOf(file.file);
    const [outcome] = await readPages(
      [{ page: { file: file.file, text: file.text }, ...(dialect ? { dialect } : {}), options: request.readOptions }],
      1,
      undefined,
      true,
    );
    if (!outcome) return undefined;
    request.stats.parsed++;
    await request.cache.pages.set(file.file, outcome.json ? { hash, ...outcome.json } : PageCache.entry(hash, outcome.result));
    // Rows added or removed aside (row-delta.ts), the rest of the readings compared.
    const aligned = alignRows(previous, outcome.result);
    const delta = aligned && pageDelta(aligned.before, aligned.after, file.file);
    if (!delta) return undefined;
    out.push({ ...delta, rows: aligned.rows });
  }
  return out;
}

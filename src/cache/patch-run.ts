/**
 * A run in which a few pages changed only in ways the merge does not decide by — text added or
 * removed (positions move, in order) and operation prose edited — gives the last run patched:
 *
 * 1. the changed pages are read; each new reading is compared with the last (page-delta.ts);
 * 2. the merged items that hold those pages' positions are loaded from the last run's merged
 *    document (merged-store.ts) and patched, and so are the diagnostics (patch-merged.ts);
 * 3. each patched item is rendered as it was and as it is now (emit/item-pieces.ts); where the
 *    text differs, the new piece is spliced into the last outputs.
 *
 * The result is what merging and emitting everything again gives (test/cache/patch-run.test.ts
 * compares the bytes with cold runs), in time proportional to the change. Any step that finds
 * something it cannot account for gives undefined, and the pipeline takes its usual path.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { itemPieceChanges, type PieceChange, type RenderedItem } from '../emit/item-pieces.js';
import { type OutputLayout, outputFromBytes } from '../emit/outputs.js';
import type { LoadedFile } from '../input/load-files.js';
import type { FileReport, OutputFile } from '../pipeline.js';
import type { PageResult } from '../read-page.js';
import type { DialectId, ReadOptions } from '../readers/types.js';
import { readPages } from '../workers/read-pool.js';
import { loadIndex, loadItem, type MergedItem, updateMerged } from './merged-store.js';
import { layoutFromJson, layoutToJson } from './output-layout.js';
import { type CachedRun, PageCache } from './page-cache.js';
import { type PageDelta, pageDelta } from './page-delta.js';
import type { StoredValue } from './page-store.js';
import { patchDiagnostics, patchItems } from './patch-merged.js';

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
}

export interface PatchedRun {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
  files: FileReport[];
  operations: number;
  schemas: number;
  parsed: number;
}

export async function patchLastRun(request: PatchRequest): Promise<PatchedRun | undefined> {
  const { cache } = request;
  const last = cache.lastRun();
  if (!last || last.base !== request.base) return undefined;
  const changed = changedPages(request, cache.lastPages());
  if (!changed || changed.length === 0 || changed.length > MAX_PAGES) return undefined;
  const [layoutJson, index] = await Promise.all([cache.runLayout(last), loadIndex(cache.merged)]);
  const layout = layoutJson === undefined ? undefined : layoutFromJson(layoutJson);
  if (!layout || index?.run !== last.key) return undefined;

  const read = await readChanged(request, changed);
  if (!read) return undefined;
  const deltas = read.map(({ delta }) => delta);
  const keys = [...new Set(deltas.flatMap((delta) => index.files[delta.file] ?? []))];
  const before = await Promise.all(keys.map((key) => loadItem(cache.merged, key)));
  const after = await Promise.all(keys.map((key) => loadItem(cache.merged, key)));
  if (before.some((item) => item === undefined) || !patchItems(after as MergedItem[], deltas, new Set(index.sameRoute))) return undefined;
  const diagnostics = patchDiagnostics(last.diagnostics, deltas);
  if (!diagnostics) return undefined;

  const spliced = spliceOutputs(cache.runOutputs(last), layout, before as MergedItem[], after as MergedItem[]);
  if (!spliced) return undefined;

  for (const { file, entry } of read) await cache.pages.set(file.file, entry);
  await updateMerged(cache.merged, after as MergedItem[], { ...index, run: request.key });
  const run: CachedRun = { ...last, key: request.key, diagnostics };
  cache.setRun(
    run,
    spliced.outputs.map((output) => output.bytes),
    layoutToJson(spliced.layout),
  );
  return {
    outputs: spliced.outputs.map(({ path, bytes }) => outputFromBytes(path, bytes, request.key)),
    diagnostics,
    files: last.files ?? [],
    operations: last.operations,
    schemas: last.schemas,
    parsed: read.length,
  };
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

/** Each changed page read anew and compared with its last reading. */
async function readChanged(
  request: PatchRequest,
  changed: ReadonlyArray<{ file: LoadedFile; was: string; hash: string }>,
): Promise<Array<{ file: LoadedFile; delta: PageDelta; entry: StoredValue }> | undefined> {
  const out = [];
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
    const delta = pageDelta(previous, outcome.result, file.file);
    if (!delta) return undefined;
    out.push({ file, delta, entry: outcome.json ? { hash, ...outcome.json } : PageCache.entry(hash, outcome.result) });
  }
  return out;
}

/**
 * The last outputs with the pieces of the patched items replaced, as UTF-8 bytes (nothing else
 * of them is decoded or encoded), and their new layout.
 */
function spliceOutputs(
  outputs: readonly OutputFile[],
  layout: OutputLayout,
  before: readonly MergedItem[],
  after: readonly MergedItem[],
): { outputs: Array<{ path: string; bytes: Buffer }>; layout: OutputLayout } | undefined {
  const texts = new Map<string, Buffer>();
  for (const output of outputs) {
    const pieces = layout.pieces.get(output.path);
    // An output not built from pieces (ir.json, openapi.yaml) would have to be emitted whole.
    if (!pieces && output.path !== 'validate.ts') return undefined;
    // A view of the bytes read from the cache (no copy), or the text encoded.
    const bytes = output.bytes
      ? Buffer.from(output.bytes.buffer, output.bytes.byteOffset, output.bytes.length)
      : Buffer.from(output.contents);
    if (pieces && bytes.length !== pieces.length) return undefined;
    texts.set(output.path, bytes);
  }
  const current = (output: string, key: string): string | undefined => {
    const ranges = layout.pieces.get(output)?.ranges.get(key);
    if (ranges?.length !== 1) return undefined;
    const [start, end] = ranges[0]!;
    return texts.get(output)?.toString('utf8', start, end);
  };
  const changes: PieceChange[] = [];
  for (const [index, item] of before.entries()) {
    const was = renderedItem(item);
    const now = renderedItem(after[index]!);
    if (was === undefined || now === undefined) {
      // `rest` (info, servers, tags, security schemes): positions only, which no output prints; webhooks are emitted as operations.
      if ('rest' in item && !item.rest.webhooks?.length) continue;
      return undefined;
    }
    const found = itemPieceChanges(was, now, layout, current);
    if (!found) return undefined;
    changes.push(...found);
  }
  const next: OutputLayout = { ...layout, pieces: new Map(layout.pieces) };
  const spliced = outputs.map((output) => {
    const bytes = texts.get(output.path)!;
    const pieces = layout.pieces.get(output.path);
    const mine = changes.filter((change) => change.output === output.path);
    if (!pieces || mine.length === 0) return { path: output.path, bytes };
    const result = splice(bytes, pieces.ranges, mine);
    next.pieces.set(output.path, { ranges: result.ranges, length: result.bytes.length });
    return { path: output.path, bytes: result.bytes };
  });
  return { outputs: spliced, layout: next };
}

function renderedItem(item: MergedItem): RenderedItem | undefined {
  if ('operations' in item) return { path: item.key.slice('path:'.length), operations: item.operations };
  if ('schema' in item) return { schema: item.schema };
  return undefined;
}

/** `bytes` with each change's piece replaced, and every piece's range moved to where it now is (pieces never overlap). */
function splice(
  bytes: Buffer,
  ranges: ReadonlyMap<string, Array<[number, number]>>,
  changes: readonly PieceChange[],
): { bytes: Buffer; ranges: Map<string, Array<[number, number]>> } {
  const edits = new Map(changes.map((change) => [ranges.get(change.key)![0]!, Buffer.from(change.text)]));
  const order = [...edits.keys()].sort((a, b) => a[0] - b[0]);
  const parts: Buffer[] = [];
  let at = 0;
  for (const range of order) {
    parts.push(bytes.subarray(at, range[0]), edits.get(range)!);
    at = range[1];
  }
  parts.push(bytes.subarray(at));
  // A piece moves by what the edits before it added or removed.
  const shift = (range: [number, number]): number => {
    let moved = range[0];
    for (const edit of order) if (edit !== range && edit[1] <= range[0]) moved += edits.get(edit)!.length - (edit[1] - edit[0]);
    return moved;
  };
  const moved = new Map<string, Array<[number, number]>>();
  for (const [key, list] of ranges)
    moved.set(
      key,
      list.map((range) => {
        const start = shift(range);
        return [start, start + (edits.get(range)?.length ?? range[1] - range[0])];
      }),
    );
  return { bytes: Buffer.concat(parts), ranges: moved };
}

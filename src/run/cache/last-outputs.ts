/**
 * The last run's outputs as a full run can reuse them piece by piece (emit/reuse.ts): the files the
 * cache keeps them in (their pieces are taken as ranges of those, never read), their layout, and
 * which merged items are unchanged — the hash of each item's JSON, kept in the merged store's
 * index, against this run's.
 */
import { statSync } from 'node:fs';
import type { LastFile, LastOutputs } from '../../emit/reuse.js';
import { FileRanges } from '../write/spliced-file.js';
import type { MergedIndex, PreparedItems } from './merged-store.js';
import { layoutFromJson } from './output-layout.js';
import type { PageCache } from './page-cache.js';

/** Undefined when there is no last run, or its layout, merged store or outputs do not agree with it. */
export async function lastOutputs(
  cache: PageCache,
  prepared: PreparedItems,
  /** The merged store's index. */
  index: MergedIndex | undefined,
): Promise<LastOutputs | undefined> {
  const last = cache.lastRun();
  if (!last) return undefined;
  const layoutJson = await cache.runLayout(last);
  const layout = layoutJson === undefined ? undefined : layoutFromJson(layoutJson);
  if (!layout || index?.run !== last.key || !index.hashes) return undefined;
  const files = new Map<string, LastFile>();
  for (const output of cache.runOutputs(last)) {
    const pieces = layout.pieces.get(output.path);
    if (!pieces || !output.cachedFile) continue;
    // A copy the cache no longer has, or not the one the layout describes: nothing to reuse.
    if (statSync(output.cachedFile, { throwIfNoEntry: false })?.size !== pieces.length) return undefined;
    files.set(output.path, lastFile(output.cachedFile, pieces.length));
  }
  const hashes = index.hashes;
  return { layout, files, unchanged: (key) => hashes[key] !== undefined && hashes[key] === prepared.hashes.get(key) };
}

/** A last output's file, read only at the ranges asked for (a piece's last byte, or a piece whose place moved back). */
function lastFile(file: string, size: number): LastFile {
  return {
    file,
    size,
    read: (start, end) => {
      const ranges = new FileRanges(file);
      try {
        return ranges.read(start, end);
      } finally {
        ranges.close();
      }
    },
  };
}

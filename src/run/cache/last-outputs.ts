/**
 * The last run's outputs as a full run can reuse them piece by piece (emit/reuse.ts): their
 * bytes, their layout, and which merged items are unchanged — the hash of each item's JSON, kept
 * in the merged store's index, against this run's.
 */
import type { LastOutputs } from '../../emit/reuse.js';
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
  const bytes = new Map<string, Uint8Array>();
  try {
    for (const output of cache.runOutputs(last)) {
      const pieces = layout.pieces.get(output.path);
      if (!pieces) continue;
      const kept = output.bytes!;
      if (kept.length !== pieces.length) return undefined;
      bytes.set(output.path, kept);
    }
  } catch {
    // A copy the cache no longer has: nothing to reuse.
    return undefined;
  }
  const hashes = index.hashes;
  return { layout, bytes, unchanged: (key) => hashes[key] !== undefined && hashes[key] === prepared.hashes.get(key) };
}

/**
 * The IR of a run the cache answered or patched: merged again from the cached pages and specs,
 * and only when a caller of `generate` asks for it (the command never does). Loaded on demand, so
 * that such a run loads no merge.
 */
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../input/load-files.js';
import type { ApiDocument } from '../ir/types.js';
import { mergeFragments } from '../merge/index.js';
import { applySpecDocuments } from '../merge/spec-documents.js';
import type { PageCache } from './cache/page-cache.js';
import type { CachedSpec } from './cache/spec-imports.js';
import type { PageResult } from './read-page.js';

/** What the run read: its pages and specs, with the keys the cache keeps them by. */
export interface CachedInputs {
  files: readonly LoadedFile[];
  hashes: readonly string[];
  specFiles: readonly LoadedFile[];
  specKeys: ReadonlyArray<string | undefined>;
  cache: PageCache;
  /** The run's API title and version. */
  options: { title?: string; version?: string };
}

export function mergeCached({ files, hashes, specFiles, specKeys, cache, options }: CachedInputs): ApiDocument {
  const bag = new DiagnosticBag();
  const fragments = files.flatMap((file, index) => cache.pages.getSync<PageResult>(file.file, hashes[index]!)?.fragment ?? []);
  const specs = specFiles.flatMap((file, index) => cache.specs.getSync<CachedSpec>(file.file, specKeys[index]!)?.spec ?? []);
  fragments.push(...specs.map((spec) => spec.fragment));
  const merged = mergeFragments(fragments, bag, { title: options.title, version: options.version ?? '1.0.0' }, { owned: true });
  return applySpecDocuments(merged, specs, options);
}

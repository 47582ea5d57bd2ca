/**
 * The import stage with the cache: each spec's import (ImportedSpec and its diagnostics) is kept by
 * the content of every document it read or tried to read, so a spec whose files did not change is
 * not read again — the same cache as pages, one level up from where import and its loader sit.
 */
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { ImportedSpec } from '../../import/openapi/index.js';
import type { LoadedFile } from '../../input/load-files.js';
import { PageCache } from './page-cache.js';

/** What importing a spec gave. */
export interface CachedSpec {
  spec?: ImportedSpec;
  diagnostics: Diagnostic[];
}

export interface SpecImport {
  spec?: ImportedSpec;
  /** The cache key of this import (undefined: it cannot be cached, e.g. it read a remote document). */
  key?: string;
  /** Imported this run (not from the cache). */
  parsed: boolean;
}

/**
 * Imports every spec, in file order, or takes its import from the cache when `keys` (from
 * `PageCache.specKey`) find it there. Diagnostics go to `bag` either way.
 */
export async function importSpecs(
  specFiles: readonly LoadedFile[],
  keys: ReadonlyArray<string | undefined>,
  options: { rootDir: string; allowRemoteRefs: boolean; maxFiles: number; maxBytes: number; settings: string },
  bag: DiagnosticBag,
  cache: PageCache | undefined,
): Promise<SpecImport[]> {
  const out: SpecImport[] = [];
  for (const [index, file] of specFiles.entries()) {
    const key = keys[index];
    const cached = key === undefined ? undefined : await cache?.specs.get<CachedSpec>(file.file, key);
    if (cached && key !== undefined) {
      bag.push(...cached.diagnostics);
      out.push({ ...(cached.spec ? { spec: cached.spec } : {}), key, parsed: false });
      continue;
    }
    // The importer (and its parsers) are loaded only by runs that import.
    const { importSpec } = await import('../../import/openapi/index.js');
    const own = new DiagnosticBag();
    const linked: string[] = [];
    const spec = await importSpec(file.absolutePath, own, {
      linked,
      rootDir: options.rootDir,
      allowRemoteRefs: options.allowRemoteRefs,
      maxFiles: options.maxFiles,
      maxBytes: options.maxBytes,
      // Read (and checked against the same size limit) when the input was loaded: not read twice. Its
      // BOM is gone, as the loader drops it; a text starting with another one is read again as before.
      ...(file.text !== undefined && file.text.charCodeAt(0) !== 0xfeff ? { text: file.text } : {}),
    });
    bag.push(...own.items);
    const documents = spec
      ? spec.documents.map((id) => (/^https?:\/\//i.test(id) ? id : path.resolve(options.rootDir, id)))
      : [file.absolutePath, ...linked];
    const fresh = cache ? await cache.noteSpec(file.file, documents, options.settings) : undefined;
    if (cache && fresh !== undefined) {
      const value: CachedSpec = spec ? { spec, diagnostics: own.items } : { diagnostics: own.items };
      await cache.specs.set(file.file, PageCache.entry(fresh, value));
    }
    out.push({ ...(spec ? { spec } : {}), ...(fresh === undefined ? {} : { key: fresh }), parsed: true });
  }
  return out;
}

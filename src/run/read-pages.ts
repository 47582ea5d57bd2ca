/**
 * Every docs page to its `PageResult`: from the cache when it holds the page's content hash, else
 * read (in worker threads for large folders) and stored in the cache.
 */
import { readFile } from 'node:fs/promises';
import type { LoadedFile } from '../input/load-files.js';
import type { DialectId, ReadOptions } from '../readers/types.js';
import { PageCache } from './cache/page-cache.js';
import type { PageResult } from './read-page.js';
import type { GenerateStats } from './result.js';
import { defaultWorkerCount, type ReadJob, readPages } from './workers/read-pool.js';

export interface ReadPagesOptions {
  /** The dialect forced on a file (by `--dialect` or the config's globs), if any. */
  dialectOf: (file: string) => DialectId | undefined;
  read: ReadOptions;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The results of `files` in their order; `hashes[i]` is the content hash of `files[i]`. Adds the pages it parses to `stats.parsed`. */
export async function readAllPages(
  files: LoadedFile[],
  hashes: readonly string[],
  cache: PageCache | undefined,
  options: ReadPagesOptions,
  stats: GenerateStats,
): Promise<PageResult[]> {
  const results: Array<PageResult | undefined> = cache
    ? cache.pages.getMany<PageResult>(files.map((file, index) => ({ file: file.file, hash: hashes[index]! })))
    : files.map(() => undefined);
  const missing = files.map((_, index) => index).filter((index) => results[index] === undefined);
  const jobs: ReadJob[] = [];
  for (const index of missing) {
    const file = files[index]!;
    const page = { file: file.file, text: file.text ?? (await readText(file)) };
    // The job holds the text now: the run keeps no page text once its page is read.
    delete file.text;
    const dialect = options.dialectOf(page.file);
    const job: ReadJob = dialect ? { page, dialect } : { page };
    job.options = options.read;
    jobs.push(job);
  }
  stats.parsed += jobs.length;
  stats.workers = options.workers ?? defaultWorkerCount(jobs.length);
  const read = jobs.length > 0 ? await readPages(jobs, stats.workers, options.onProgress, cache !== undefined) : [];
  for (const [i, { result, json }] of read.entries()) {
    const index = missing[i]!;
    results[index] = result;
    await cache?.pages.set(result.file, json ? { hash: hashes[index]!, ...json } : PageCache.entry(hashes[index]!, result));
  }
  return results as PageResult[];
}

/** A page the cache vouched for by its stat, but whose parse it no longer holds (a damaged store). */
async function readText(file: LoadedFile): Promise<string> {
  const text = await readFile(file.absolutePath, 'utf8').catch(() => '');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The dialect forced on each file: `--dialect` for all, else the first matching glob of the config's `dialects`. */
export async function dialectChooser(
  dialect: DialectId | undefined,
  dialects: Record<string, DialectId> | undefined,
): Promise<(file: string) => DialectId | undefined> {
  if (dialect) return () => dialect;
  const globs = Object.entries(dialects ?? {});
  if (globs.length === 0) return () => undefined;
  // picomatch is loaded only by runs that have dialect globs.
  const { default: picomatch } = await import('picomatch');
  const rules = globs.map(([glob, id]) => ({ test: picomatch(glob, { dot: true }), id }));
  return (file) => rules.find((rule) => rule.test(file))?.id;
}

import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { restoreSharedRefs, type SharedRefs } from '../cache/shared-refs.js';
import type { PageResult } from '../read-page.js';
import type { DialectId, PageInput } from '../readers/types.js';

export interface ReadJob {
  page: PageInput;
  dialect?: DialectId;
}

/** A page's result; from a worker also as the JSON it came in (what the cache stores). */
export interface ReadOutcome {
  result: PageResult;
  json?: { json: string; shared: SharedRefs };
}

/** Below this many pages to parse, threads cost more than they save. */
const PARALLEL_THRESHOLD = 200;

/** How many workers to use for `jobCount` pages when the user did not say. */
export function defaultWorkerCount(jobCount: number): number {
  if (jobCount < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/**
 * Reads pages, on `workers` threads when more than one (markdown parsing is the cost centre and
 * pages are independent). Results come back in job order, whatever thread read them; with
 * `keepJson`, a worker's results also as the JSON they came in.
 */
export async function readPages(
  jobs: readonly ReadJob[],
  workers: number,
  onProgress?: (done: number, total: number) => void,
  keepJson = false,
): Promise<ReadOutcome[]> {
  // Built, this code sits in a chunk in dist/ and the worker entry is dist/read-worker.js beside it.
  const workerFile = new URL('./read-worker.js', import.meta.url);
  let done = 0;
  const tick = () => onProgress?.(++done, jobs.length);
  // Under a TypeScript test runner this module is .ts and there is no built worker: read in-process.
  const canThread = workers > 1 && jobs.length > 1 && import.meta.url.endsWith('.js');
  if (!canThread) {
    const { readPage } = await import('../read-page.js');
    return jobs.map((job) => {
      const result = readPage(job.page, job.dialect);
      tick();
      return { result };
    });
  }
  const count = Math.min(workers, jobs.length);
  // Interleave so every worker gets a similar mix of page sizes; then put results back in order.
  const shares: number[][] = Array.from({ length: count }, () => []);
  jobs.forEach((_, index) => {
    shares[index % count]!.push(index);
  });
  const results: ReadOutcome[] = new Array(jobs.length);
  await Promise.all(
    shares.map(
      (indices) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(fileURLToPath(workerFile));
          worker.on('message', (message: { index: number; json: string; shared: SharedRefs } | { done: true }) => {
            if ('done' in message) {
              void worker.terminate().then(() => resolve());
              return;
            }
            const result = JSON.parse(message.json) as PageResult;
            restoreSharedRefs(result, message.shared);
            results[message.index] = keepJson ? { result, json: { json: message.json, shared: message.shared } } : { result };
            tick();
          });
          worker.once('error', reject);
          worker.postMessage(indices.map((index) => ({ index, job: jobs[index] })));
        }),
    ),
  );
  return results;
}

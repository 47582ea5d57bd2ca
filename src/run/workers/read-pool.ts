import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DialectId, PageInput, ReadOptions } from '../../readers/types.js';
import { findSharedRefs, restoreSharedRefs, type SharedRefs } from '../cache/shared-refs.js';
import type { PageResult } from '../read-page.js';

export interface ReadJob {
  page: PageInput;
  dialect?: DialectId;
  options?: ReadOptions;
}

/** A page's result; from a worker also as the JSON it came in (what the cache stores). */
export interface ReadOutcome {
  result: PageResult;
  json?: { json: string; shared: SharedRefs };
}

/** What a worker sends back for a batch: each page's result as JSON plus its shared places. */
export interface WorkerResults {
  results: Array<{ index: number; json: string; shared: SharedRefs }>;
}

/** Below this many pages to parse, threads cost more than they save. */
const PARALLEL_THRESHOLD = 200;
/**
 * Pages a worker is sent at a time. Each batch is one message each way (a message per page cost
 * 5% of a worker's time); a worker always has the next batch queued, so it never waits for the
 * main thread.
 */
const BATCH = 8;

/** How many threads (the main one included) to parse `jobCount` pages on when the user did not say. */
export function defaultWorkerCount(jobCount: number): number {
  if (jobCount < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/**
 * Reads pages on `workers` threads: the main thread and `workers - 1` worker threads (markdown
 * parsing is the cost centre and pages are independent; the main thread would otherwise wait).
 * Pages are handed out as threads free up, so a slower thread (a busy core) takes fewer. Results
 * come back in job order, whatever thread read them; with `keepJson`, a worker's results also as
 * the JSON they came in.
 */
export async function readPages(
  jobs: readonly ReadJob[],
  workers: number,
  onProgress?: (done: number, total: number) => void,
  keepJson = false,
): Promise<ReadOutcome[]> {
  const { readPage } = await import('../read-page.js');
  const results: ReadOutcome[] = new Array(jobs.length);
  let done = 0;
  const tick = () => onProgress?.(++done, jobs.length);
  let next = 0;
  const take = (count: number): number[] => {
    const batch: number[] = [];
    while (batch.length < count && next < jobs.length) batch.push(next++);
    return batch;
  };
  // Under a TypeScript test runner this module is .ts and there is no built worker: one thread.
  const threads = import.meta.url.endsWith('.js') ? Math.min(workers, Math.ceil(jobs.length / BATCH)) - 1 : 0;
  const running = Array.from({ length: Math.max(0, threads) }, () =>
    runWorker(
      () => take(BATCH).map((index) => ({ index, job: jobs[index]! })),
      (message) => {
        for (const { index, json, shared } of message.results) {
          const result = JSON.parse(json) as PageResult;
          restoreSharedRefs(result, shared);
          results[index] = keepJson ? { result, json: { json, shared } } : { result };
          tick();
        }
      },
    ),
  );
  // The main thread reads too, a page at a time, letting the workers' messages in between.
  for (let index = take(1)[0]; index !== undefined; index = take(1)[0]) {
    const job = jobs[index]!;
    // Taken through JSON as a worker's result is: the copy's strings are its own, where the
    // fragment's are slices that would keep the whole page text in memory to the end of the run.
    const result = readPage(job.page, job.dialect, job.options);
    const json = JSON.stringify(result);
    const shared = findSharedRefs(result);
    const copy = JSON.parse(json) as PageResult;
    restoreSharedRefs(copy, shared);
    results[index] = keepJson ? { result: copy, json: { json, shared } } : { result: copy };
    tick();
    if (running.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  return results;
}

/** One worker thread, fed batches from `nextBatch` until there are none left. */
function runWorker(nextBatch: () => Array<{ index: number; job: ReadJob }>, receive: (message: WorkerResults) => void): Promise<void> {
  // Built, this code sits in a chunk in dist/ and the worker entry is dist/read-worker.js beside it.
  const worker = new Worker(fileURLToPath(new URL('./read-worker.js', import.meta.url)));
  let pending = 0;
  const send = (): void => {
    const batch = nextBatch();
    if (batch.length === 0) return;
    pending++;
    worker.postMessage(batch);
  };
  return new Promise<void>((resolve, reject) => {
    worker.on('message', (message: WorkerResults) => {
      pending--;
      receive(message);
      send();
      if (pending === 0) void worker.terminate().then(() => resolve());
    });
    worker.once('error', reject);
    send();
    send();
    if (pending === 0) void worker.terminate().then(() => resolve());
  });
}

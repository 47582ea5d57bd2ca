/**
 * Worker thread: reads each batch of pages it is sent and posts the batch's results back in one
 * message, each as JSON plus the places it shares objects (shared-refs.ts): the main thread
 * parses JSON faster than it deserialises a structured clone, and the cache stores that JSON as it is.
 */
import { parentPort } from 'node:worker_threads';
import { findSharedRefs } from '../cache/shared-refs.js';
import { readPage } from '../read-page.js';
import type { ReadJob, WorkerResults } from './read-pool.js';

parentPort?.on('message', (batch: Array<{ index: number; job: ReadJob }>) => {
  const message: WorkerResults = { results: [] };
  for (const { index, job } of batch) {
    const result = readPage(job.page, job.dialect, job.options);
    message.results.push({ index, json: JSON.stringify(result), shared: findSharedRefs(result) });
  }
  parentPort?.postMessage(message);
});

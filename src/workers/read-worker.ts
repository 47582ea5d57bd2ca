/**
 * Worker thread: reads the pages it is sent, posting each result as soon as it is ready, as JSON
 * plus the places it shares objects (shared-refs.ts): the main thread parses JSON faster than it
 * deserialises a structured clone, and the cache stores that JSON as it is.
 */
import { parentPort } from 'node:worker_threads';
import { findSharedRefs } from '../cache/shared-refs.js';
import { readPage } from '../read-page.js';
import type { ReadJob } from './read-pool.js';

parentPort?.on('message', (jobs: Array<{ index: number; job: ReadJob }>) => {
  for (const { index, job } of jobs) {
    const result = readPage(job.page, job.dialect);
    parentPort?.postMessage({ index, json: JSON.stringify(result), shared: findSharedRefs(result) });
  }
  parentPort?.postMessage({ done: true });
});

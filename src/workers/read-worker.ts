/** Worker thread: reads the pages it is sent, posting each result as soon as it is ready. */
import { parentPort } from 'node:worker_threads';
import { readPage } from '../read-page.js';
import type { ReadJob } from './read-pool.js';

parentPort?.on('message', (jobs: Array<{ index: number; job: ReadJob }>) => {
  for (const { index, job } of jobs) parentPort?.postMessage({ index, result: readPage(job.page, job.dialect, job.options) });
  parentPort?.postMessage({ done: true });
});

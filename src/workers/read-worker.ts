/** Worker thread: reads the pages it is sent and posts back their results. */
import { parentPort } from 'node:worker_threads';
import { readPage } from '../read-page.js';
import type { ReadJob } from './read-pool.js';

parentPort?.on('message', (jobs: ReadJob[]) => {
  parentPort?.postMessage(jobs.map((job) => readPage(job.page, job.dialect)));
});

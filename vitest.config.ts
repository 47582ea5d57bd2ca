import os from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files share their worker's module graph (`isolate: false`): importing the pipeline, zod,
 * ts-morph and TypeScript once per worker instead of once per file took `npm test` from 305 s to
 * 190 s on a 2-core machine. A file that replaces a module (`vi.mock`) needs a fresh graph of its
 * own, so it runs in the `isolated` project; `test/vitest-config.test.ts` keeps that list complete.
 */
export const ISOLATED = [
  'test/input/load-files.test.ts',
  'test/run/cache/listing.test.ts',
  'test/run/cache/page-cache.test.ts',
  'test/readers/markdown/ts-declarations.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker a core. vitest's own default in run mode is one less than the cores: a single worker
    // on a 2-core machine, the other core left to the tests' subprocesses.
    maxWorkers: os.availableParallelism(),
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});

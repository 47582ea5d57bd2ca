import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder, removed after the test. */
export function useTempDir(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'specdown-test-'));
    made.push(dir);
    return dir;
  };
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** ../shared beside the repo; SPECDOWN_SHARED points elsewhere (a path that does not exist simulates a fresh clone). */
export const SHARED_DIR = path.resolve(REPO_ROOT, process.env.SPECDOWN_SHARED ?? '../shared');

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, onTestFinished } from 'vitest';

/** A fresh temporary folder, removed after the test. */
export function useTempDir(): () => string {
  // Registers an afterEach hook: call it in a suite's body (or at the top of a file), not in a test.
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

/**
 * A fresh temporary folder for the running test, removed when it finishes (passed or failed).
 * Call it inside a test or a function a test calls; `useTempDir()` registers a hook instead,
 * which from inside a test never runs for it, so the folder was left behind.
 */
export function makeTempDir(prefix = 'specdown-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** ../shared beside the repo; SPECDOWN_SHARED points elsewhere (a path that does not exist simulates a fresh clone). */
export const SHARED_DIR = path.resolve(REPO_ROOT, process.env.SPECDOWN_SHARED ?? '../shared');

/** A `docs` folder in a new folder of `tempDir`'s holding `pages` (input-relative file → text). */
export function writeDocs(tempDir: () => string, pages: Record<string, string>): string {
  const docs = path.join(tempDir(), 'docs');
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(docs, file)), { recursive: true });
    writeFileSync(path.join(docs, file), text);
  }
  return docs;
}

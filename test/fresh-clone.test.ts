/**
 * A fresh clone has no ../shared beside it, and `npm test` must pass there. Tests reach ../shared
 * only through `SHARED_DIR` (test/helpers/temp-dir.ts), which SPECDOWN_SHARED can point elsewhere:
 * `.ci/run` runs every test file that uses it once more with SPECDOWN_SHARED=/nonexistent, which
 * proves they skip cleanly. This test keeps that set complete: no other path into ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/temp-dir.js';

const TEST_ROOT = path.join(REPO_ROOT, 'test');
const SHARED = path.resolve(REPO_ROOT, '../shared');
/** The one module that names the shared folder (and reads SPECDOWN_SHARED). */
const DOOR = path.join(TEST_ROOT, 'helpers/temp-dir.ts');
/** Quoted strings of the code (a path in a comment reads nothing). */
const STRING = /'([^'\n]*)'|"([^"\n]*)"|`([^`\n]*)`/g;

/**
 * The test code under `dir`: not fixtures, nor the outputs other tests write into `__out__` (git-ignored,
 * made and removed while this test reads: a file listed may be gone when it is read).
 */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        /\.(ts|mts|mjs)$/.test(entry.name) &&
        !entry.parentPath.includes('fixtures') &&
        !entry.parentPath.split(path.sep).includes('__out__'),
    )
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Whether `text` lands in ../shared: a module specifier read from `file`'s folder, any other
 * string from there or from the repository root (`path.join(REPO_ROOT, '../shared')`).
 */
function reachesShared(text: string, file: string, specifier: boolean): boolean {
  if (!/shared/.test(text)) return false;
  const inside = (target: string) => target === SHARED || target.startsWith(`${SHARED}${path.sep}`);
  if (path.isAbsolute(text)) return inside(path.normalize(text));
  return inside(path.resolve(path.dirname(file), text)) || (!specifier && inside(path.resolve(REPO_ROOT, text)));
}

/** The strings in `source` that lead into ../shared, with their line numbers. */
function sharedPaths(source: string, file: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: string[] = [];
  for (const match of code.matchAll(STRING)) {
    const text = match[1] ?? match[2] ?? match[3] ?? '';
    const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)$/.test(code.slice(0, match.index));
    if (reachesShared(text, file, specifier)) found.push(`${code.slice(0, match.index).split('\n').length}: ${text}`);
  }
  return found;
}

describe('tests in a fresh clone', () => {
  it('should reach ../shared only through SHARED_DIR', () => {
    const offenders = codeFiles(TEST_ROOT)
      .filter((file) => file !== DOOR && file !== import.meta.filename)
      .flatMap((file) => sharedPaths(readFileSync(file, 'utf8'), file).map((where) => `${path.relative(REPO_ROOT, file)}:${where}`));
    expect(offenders).toEqual([]);
  });

  it('should find a path into ../shared where one is written', () => {
    const file = path.join(TEST_ROOT, 'x/some.test.ts');
    expect(sharedPaths("const a = '../../../shared/corpus';", file)).toEqual(['1: ../../../shared/corpus']);
    expect(sharedPaths('const b = path.join(REPO_ROOT, "../shared/seeds");', file)).toEqual(['1: ../shared/seeds']);
    expect(sharedPaths(`const c = \`${SHARED}/eval\`;`, file)).toEqual([`1: ${SHARED}/eval`]);
    expect(
      sharedPaths("import { x } from '../shared/rich-document.js'; // ../shared/corpus", path.join(TEST_ROOT, 'emit/zod/a.test.ts')),
    ).toEqual([]);
    expect(sharedPaths("/** reads '../shared/corpus' */ const d = 1;", file)).toEqual([]);
  });
});

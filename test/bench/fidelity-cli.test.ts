/**
 * bench/fidelity.mjs end to end on a shared folder we lay out ourselves: the example API in the
 * four dialects (docs-input/docfx and test/fixtures/example-api, truths written by us) and the
 * shared scorer linked in. The runs that need the scorer skip when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorerPath } from '../../bench/fidelity/scorer.mjs';
import { REPO_ROOT, SHARED_DIR, useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const scorer = scorerPath(SHARED_DIR);
const fixtures = path.join(REPO_ROOT, 'test/fixtures/example-api');

function bench(args: string[], shared: string) {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bench/fidelity.mjs'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SPECDOWN_SHARED: shared },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

/** A shared folder: the scorer linked in, the example API as the docfx and helppage corpora. */
function sharedFolder(): string {
  const shared = tempDir();
  mkdirSync(path.join(shared, 'eval'));
  symlinkSync(scorer, scorerPath(shared));
  const corpus = path.join(shared, 'corpus');
  cpSync(path.join(REPO_ROOT, 'docs-input/docfx'), path.join(corpus, 'superoffice/docs'), { recursive: true });
  cpSync(path.join(fixtures, 'truth.json'), path.join(corpus, 'superoffice/truth.json'));
  cpSync(path.join(fixtures, 'dto'), path.join(corpus, 'dto'), { recursive: true });
  return shared;
}

describe('bench/fidelity.mjs', () => {
  it('should exit 0 with a note when there is no scorer, even with --check', () => {
    const run = bench(['--check'], path.join(tempDir(), 'absent'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('nothing to measure');
  });

  describe.skipIf(!existsSync(scorer) || !existsSync(path.join(REPO_ROOT, 'dist/index.js')))('with the shared scorer', () => {
    it('should print the scorer table for the corpora present, skip the absent ones, and write --json', () => {
      const shared = sharedFolder();
      const json = path.join(shared, 'out/fidelity.json');
      const run = bench(['--check', '--json', json], shared);
      expect(run.out).toMatch(/== docfx: .*\n/);
      expect(run.out).toMatch(/^operations +10 +10 +10 +1\.000 +1\.000 +1\.000/m);
      expect(run.out).toMatch(/^fidelity F1 = 1\.0000$/m);
      for (const skipped of ['text', 'helppage']) expect(run.out).toContain(`== ${skipped}: skipped`);
      expect(run.out).toMatch(/^dto +1\.000 /m);
      const results = JSON.parse(readFileSync(json, 'utf8')) as Array<{ id: string; score: { categories: Record<string, unknown> } }>;
      expect(results.map((r) => r.id)).toEqual(['docfx', 'dto']);
    });

    it('should fail --check on an enforced threshold and name the corpus', () => {
      const shared = sharedFolder();
      const truthFile = path.join(shared, 'corpus/dto/truth.json');
      const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
      truth.paths['/api/v2/Nowhere'] = { get: { responses: { '200': { description: 'OK' } } } };
      writeFileSync(truthFile, JSON.stringify(truth));
      const run = bench(['--check', '--corpus', 'dto'], shared);
      expect(run.out).toContain('operations recall 90.91% < 100.00% (issue 12)');
      expect(run.out).toContain('bench:fidelity --check: FAIL (dto)');
      expect(run.code).toBe(1);
      expect(bench(['--corpus', 'dto'], shared).code).toBe(0);
    });
  });
});

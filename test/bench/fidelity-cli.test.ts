import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'specdown-fidelity-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function bench(args: string[], corpus: string) {
  const run = spawnSync(process.execPath, [path.join(root, 'bench/fidelity.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SPECDOWN_CORPUS: corpus },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('bench/fidelity.mjs', () => {
  it('should exit 0 with a note when there is no corpus at all, even with --check', () => {
    const run = bench(['--check'], path.join(scratch, 'absent'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('nothing to measure');
  });

  it.skipIf(!existsSync(path.join(root, 'dist/index.js')))(
    'should measure the dialects present, skip the absent ones, and write --json',
    () => {
      const corpus = path.join(scratch, 'corpus');
      mkdirSync(path.join(corpus, 'superoffice'), { recursive: true });
      cpSync(path.join(root, 'docs-input/docfx'), path.join(corpus, 'superoffice/docs'), { recursive: true });
      cpSync(path.join(root, 'test/fixtures/example-api/truth.json'), path.join(corpus, 'superoffice/truth.json'));
      const json = path.join(scratch, 'out/fidelity.json');
      const run = bench(['--check', '--json', json], corpus);
      expect(run.out).toMatch(/== docfx: .*\n/);
      for (const skipped of ['text', 'helppage', 'dto']) expect(run.out).toContain(`== ${skipped}: skipped`);
      expect(run.code).toBe(0);
      const results = JSON.parse(readFileSync(json, 'utf8')) as {
        results: Record<string, { metrics: { operations: { matched: number } } }>;
      };
      expect(Object.keys(results.results)).toEqual(['docfx']);
      expect(results.results.docfx!.metrics.operations.matched).toBe(10);
    },
  );
});

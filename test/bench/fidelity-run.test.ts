import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIALECTS, corpusTarget, type GenerateLike, runFidelity } from '../../bench/fidelity/run.mjs';
import { SHARED_DIR } from '../helpers/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const exampleTruth = path.join(root, 'test/fixtures/example-api/truth.json');
const corpusRoot = path.join(SHARED_DIR, 'corpus');

/** A stand-in for the pipeline that "generates" the given OpenAPI text. */
function fakeGenerate(
  openapi: string | undefined,
  diagnostics: Array<{ code: string; severity: string; message: string }> = [],
): GenerateLike {
  return async () => ({
    document: { fake: true },
    outputs: openapi === undefined ? [] : [{ path: 'openapi.json', contents: openapi }],
    diagnostics,
    failed: diagnostics.some((d) => d.severity === 'error'),
  });
}

describe('runFidelity', () => {
  it('should pass every threshold when the pipeline returns the truth', async () => {
    const run = await runFidelity(
      { docs: 'docs-input/docfx', truth: exampleTruth },
      { generate: fakeGenerate(readFileSync(exampleTruth, 'utf8')) },
    );
    expect(run.failures).toEqual([]);
    expect(run.metrics.operations).toMatchObject({ truth: 10, matched: 10, f1: 1 });
    expect(run.runFailed).toBe(false);
  });

  it('should fail the thresholds and list the misses when operations are lost', async () => {
    const truth = JSON.parse(readFileSync(exampleTruth, 'utf8')) as { paths: Record<string, unknown> };
    delete truth.paths['/api/v2/Book/Count'];
    const run = await runFidelity({ docs: 'x', truth: exampleTruth }, { generate: fakeGenerate(JSON.stringify(truth)) });
    expect(run.failures).toContain('operations f1 94.74% < 100%');
    expect(run.metrics.operations.missing).toEqual(['GET /api/v2/Book/Count (/api/v2/Book/Count)']);
  });

  it('should score the IR through emitOpenApi when a failed run wrote no outputs', async () => {
    const diagnostics = [{ code: 'unknown-dialect', severity: 'error', message: 'x.md matches no dialect' }];
    const truthText = readFileSync(exampleTruth, 'utf8');
    const run = await runFidelity(
      { docs: 'x', truth: exampleTruth },
      { generate: fakeGenerate(undefined, diagnostics), emitOpenApi: () => JSON.parse(truthText) },
    );
    expect([run.runFailed, run.scored, run.metrics.operations.f1]).toEqual([true, true, 1]);
    expect(run.diagnostics).toMatchObject({
      total: 1,
      bySeverity: { error: 1 },
      firstErrors: ['unknown-dialect: x.md matches no dialect'],
    });
  });

  it('should report a run with nothing to score as a failure', async () => {
    const run = await runFidelity({ docs: 'x', truth: exampleTruth }, { generate: fakeGenerate(undefined) });
    expect([run.scored, run.failures]).toEqual([false, ['no OpenAPI output to score']]);
  });
});

describe.skipIf(!existsSync(corpusRoot))('corpus targets', () => {
  it.each(CORPUS_DIALECTS)('should find docs and truth for $id', (dialect) => {
    const target = corpusTarget(corpusRoot, dialect);
    expect([existsSync(target.docs), existsSync(target.truth)]).toEqual([true, true]);
    expect(target.manifest === undefined).toBe(dialect.id === 'docfx');
  });

  it('should name the page of a missing operation from the manifest', async () => {
    const target = corpusTarget(corpusRoot, { id: 'dto', folder: 'dto' });
    const run = await runFidelity(target, { generate: fakeGenerate(JSON.stringify({ openapi: '3.1.0', paths: {} })) });
    expect(run.metrics.operations.missing).toContain(
      'GET /api/v1/Contact/{}/Image (/api/v1/Contact/{contact_id}/Image) [110_22b6bab846207e49.txt]',
    );
  });
});

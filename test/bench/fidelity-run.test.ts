/**
 * One fidelity run through the shared scorer, with a stand-in pipeline and the example API's
 * truth (written by us). Skips when the scorer (../shared/eval) is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../bench/fidelity/corpora.mjs';
import { type GenerateLike, runFidelity } from '../../bench/fidelity/run.mjs';
import { scorerPath } from '../../bench/fidelity/scorer.mjs';
import { REPO_ROOT, SHARED_DIR, useTempDir } from '../helpers/temp-dir.js';

const scorer = scorerPath(SHARED_DIR);
const exampleTruth = path.join(REPO_ROOT, 'test/fixtures/example-api/truth.json');
const tempDir = useTempDir();

type Spec = { paths: Record<string, Record<string, { responses?: object }>> };
const truthSpec = (): Spec => JSON.parse(readFileSync(exampleTruth, 'utf8')) as Spec;

/** A stand-in for the pipeline that "generates" the given OpenAPI document. */
function fakeGenerate(openapi: unknown, diagnostics: Array<{ code: string; severity: string; message: string }> = []): GenerateLike {
  return async () => ({
    document: { fake: true },
    outputs: openapi === undefined ? [] : [{ path: 'openapi.json', contents: JSON.stringify(openapi) }],
    diagnostics,
    failed: diagnostics.some((d) => d.severity === 'error'),
  });
}

function corpus(over: Partial<Corpus> = {}): Corpus {
  return {
    id: 'docfx',
    kind: 'dialect',
    docs: 'docs-input/docfx',
    truth: exampleTruth,
    options: { stripPrefix: [], onlyOps: false, dropResponses: false },
    notes: [],
    ...over,
  };
}

describe.skipIf(!existsSync(scorer))('runFidelity (shared scorer)', () => {
  it('should score the truth against itself as 100% and pass every threshold', async () => {
    const run = await runFidelity(corpus(), { generate: fakeGenerate(truthSpec()) }, { scorer, workDir: tempDir() });
    expect(run.score.fidelity_f1).toBe(1);
    expect(run.score.categories.operations!.overall).toMatchObject({ truth: 10, matched: 10, f1: 1 });
    expect(run.checks.filter((c) => !c.ok)).toEqual([]);
    expect(run.table).toMatch(/^operations +10 +10 +10 +1\.000 +1\.000 +1\.000/m);
    expect(run.table.trimEnd().split('\n').at(-1)).toBe('fidelity F1 = 1.0000');
  });

  it('should fail the operations threshold when an operation is lost', async () => {
    const generated = truthSpec();
    delete generated.paths['/api/v2/Book/Count'];
    const run = await runFidelity(corpus(), { generate: fakeGenerate(generated) }, { scorer, workDir: tempDir() });
    expect(run.checks.filter((c) => !c.ok).map((c) => `${c.category} ${c.measure} ${c.value}`)).toEqual(['operations recall 0.9']);
    expect(run.score.categories.operations!.examples.missing).toEqual(['GET /api/v2/Book/Count']);
  });

  it('should drop the generated responses, restrict to the manifest ops and strip a prefix, as a generic corpus asks', async () => {
    const truth = truthSpec();
    for (const item of Object.values(truth.paths)) for (const op of Object.values(item)) delete op.responses;
    const dir = tempDir();
    const truthFile = path.join(dir, 'truth.json');
    writeFileSync(truthFile, JSON.stringify(truth));
    const manifest = path.join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify([{ file: 'a.md', method: 'GET', path: '/api/v2/Book/{id}' }]));
    const run = await runFidelity(
      corpus({
        id: 'generic/example',
        kind: 'generic',
        truth: truthFile,
        manifest,
        options: { stripPrefix: ['/api/v2'], onlyOps: true, dropResponses: true },
      }),
      { generate: fakeGenerate(truthSpec()) },
      { scorer, workDir: dir },
    );
    const { categories, notes } = run.score;
    expect(categories['status codes']!.overall).toMatchObject({ truth: 0, generated: 0 });
    expect(categories.operations!.overall).toMatchObject({ truth: 1, matched: 1, generated: 10 });
    expect(notes.some((n) => n.startsWith('op filter: 1 listed, 1 in truth'))).toBe(true);
    expect(categories.operations!.examples.extra).toContain('GET /api/v2/Book/Count');
    expect(run.gated).toBe(false);
  });

  it('should score an empty document when the run wrote nothing and there is no IR emitter', async () => {
    const diagnostics = [{ code: 'unknown-dialect', severity: 'error', message: 'x.md matches no dialect' }];
    const run = await runFidelity(corpus(), { generate: fakeGenerate(undefined, diagnostics) }, { scorer, workDir: tempDir() });
    expect([run.runFailed, run.score.categories.operations!.overall.generated]).toEqual([true, 0]);
    expect(run.diagnostics).toMatchObject({ total: 1, bySeverity: { error: 1 }, topCodes: { 'unknown-dialect': 1 } });
  });
});

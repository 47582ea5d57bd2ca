/**
 * One fidelity run: generate OpenAPI from a corpus's docs with the pipeline, then score it against
 * the corpus's truth with the shared scorer (and, for a generic corpus, list which truth params its
 * pages name: evidence.mjs). The pipeline is passed in, so tests can run this with a stand-in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestOps } from './corpora.mjs';
import { paramsEvidence } from './evidence.mjs';
import { renderCorpus } from './render.mjs';
import { runScorer, withoutResponses } from './scorer.mjs';
import { checkThresholds, thresholdsFor } from './thresholds.mjs';

/** Diagnostics by severity and the most frequent codes (for the report). */
function countDiagnostics(diagnostics) {
  const bySeverity = {};
  const byCode = {};
  for (const d of diagnostics) {
    bySeverity[d.severity] = (bySeverity[d.severity] ?? 0) + 1;
    byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  }
  const topCodes = Object.entries(byCode)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 8);
  return { total: diagnostics.length, bySeverity, topCodes: Object.fromEntries(topCodes) };
}

/**
 * Generates from `corpus.docs` (or, with `render`, from its pages rendered as HTML or text into
 * `workDir`) and scores against `corpus.truth` with the options of the corpus
 * (see corpora.mjs). `workDir` receives the generated OpenAPI, the op list and the scorer's JSON.
 * When the run reported errors and wrote no outputs, `emitOpenApi` turns its IR into OpenAPI so
 * that a partial result is still measured (flagged `runFailed`).
 */
export async function runFidelity(corpus, { generate, emitOpenApi }, { scorer, workDir, show, dialect, render }) {
  mkdirSync(workDir, { recursive: true });
  // `render`: read the pages as a docs site renders them (render.mjs), scored against the same truth.
  const input = render ? path.join(workDir, `rendered-${render}`) : corpus.docs;
  if (render) renderCorpus(corpus.docs, input, render);
  const started = performance.now();
  const result = await generate({ input, ...(dialect ? { dialect } : {}), emit: { types: false, zod: false } });
  const seconds = (performance.now() - started) / 1000;
  const file = result.outputs.find((o) => o.path === 'openapi.json');
  let openapi = file ? JSON.parse(file.contents) : emitOpenApi?.(result.document);
  if (openapi === undefined) openapi = { openapi: '3.1.0', info: { title: 'nothing generated', version: '0' }, paths: {} };
  if (corpus.options.dropResponses) openapi = withoutResponses(openapi);
  const generated = path.join(workDir, 'openapi.json');
  writeFileSync(generated, JSON.stringify(openapi));
  let onlyOps = corpus.onlyOpsFile;
  if (onlyOps === undefined && corpus.options.onlyOps && corpus.manifest) {
    onlyOps = path.join(workDir, 'only-ops.txt');
    writeFileSync(onlyOps, manifestOps(corpus.manifest));
  }
  const { table, result: score } = runScorer(scorer, {
    truth: corpus.truth,
    generated,
    json: path.join(workDir, 'score.json'),
    onlyOps,
    stripPrefix: corpus.options.stripPrefix,
    show,
  });
  // Which truth params the pages name at all: the params ceiling a reader that never invents has.
  const evidence = corpus.kind === 'generic' ? paramsEvidence(corpus) : undefined;
  const { thresholds, gated } = thresholdsFor(corpus, evidence);
  return {
    id: corpus.id,
    docs: input,
    ...(render ? { rendered: render } : {}),
    truth: corpus.truth,
    notes: corpus.notes,
    seconds,
    runFailed: result.failed === true,
    diagnostics: countDiagnostics(result.diagnostics ?? []),
    table,
    score,
    gated,
    checks: checkThresholds(score.categories, thresholds),
    ...(evidence ? { evidence } : {}),
  };
}

/**
 * One fidelity run: generate from a docs folder with the pipeline, score the OpenAPI output against
 * a truth spec. The pipeline's `generate` is passed in, so tests can run this without a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkThresholds, scoreSpecs } from './score.mjs';

/** The corpus folders under ../shared/corpus, one per dialect. */
export const CORPUS_DIALECTS = [
  { id: 'docfx', folder: 'superoffice' },
  { id: 'text', folder: 'text' },
  { id: 'helppage', folder: 'helppage' },
  { id: 'dto', folder: 'dto' },
];

/** `{ docs, truth, manifest? }` for a corpus dialect folder (paths may not exist). */
export function corpusTarget(corpusRoot, { id, folder }) {
  const root = path.join(corpusRoot, folder);
  const manifest = path.join(root, 'manifest.json');
  return {
    id,
    root,
    docs: path.join(root, 'docs'),
    truth: path.join(root, 'truth.json'),
    manifest: existsSync(manifest) ? manifest : undefined,
  };
}

/** `(method, truthPath) → file` from a corpus manifest, or undefined without one. */
function manifestLookup(manifestFile) {
  if (!manifestFile) return undefined;
  const entries = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const byOp = new Map(entries.map((e) => [`${e.method.toLowerCase()} ${e.truth_path ?? e.path}`, e.file]));
  return (method, truthPath) => byOp.get(`${method.toLowerCase()} ${truthPath}`);
}

/**
 * Generates from `docs` and scores against `truth`. `emitOpenApi` (optional) turns the IR into
 * an OpenAPI object when the run reported errors and wrote no outputs, so a partial result can
 * still be measured (flagged `runFailed`).
 */
export async function runFidelity({ docs, truth, manifest, dialect }, { generate, emitOpenApi }) {
  const truthSpec = JSON.parse(readFileSync(truth, 'utf8'));
  const started = performance.now();
  const result = await generate(dialect ? { input: docs, dialect } : { input: docs });
  const seconds = (performance.now() - started) / 1000;
  const file = result.outputs.find((o) => o.path === 'openapi.json');
  let generated;
  if (file) generated = JSON.parse(file.contents);
  else if (emitOpenApi) generated = emitOpenApi(result.document);
  const score = scoreSpecs(generated ?? { paths: {} }, truthSpec, { fileOf: manifestLookup(manifest) });
  return {
    docs,
    truth,
    seconds,
    runFailed: result.failed === true,
    scored: generated !== undefined,
    diagnostics: countDiagnostics(result.diagnostics ?? []),
    ...score,
    failures: generated === undefined ? ['no OpenAPI output to score'] : checkThresholds(score.metrics),
  };
}

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
  const firstErrors = diagnostics
    .filter((d) => d.severity === 'error')
    .slice(0, 5)
    .map((d) => `${d.code}: ${d.message}`);
  return { total: diagnostics.length, bySeverity, topCodes: Object.fromEntries(topCodes), firstErrors };
}

#!/usr/bin/env node
/**
 * npm run bench:fidelity — how much of each corpus API's reference spec specdown recovers from its
 * docs. Run after `npm run build` (the npm script builds first).
 *
 *   node bench/fidelity.mjs                       every dialect under ../shared/corpus
 *   node bench/fidelity.mjs --dialect dto         one of them
 *   node bench/fidelity.mjs --docs D --truth T    any docs folder against any OpenAPI file
 *                                                 (with --dialect: read every page as that dialect)
 *   --check        exit 1 when a threshold fails (issues 2-4 targets, every dialect present)
 *   --json FILE    also write the full results (every miss listed) as JSON
 *   --limit N      misses listed per kind in the text report (default 5)
 *   --force-dialect  read every page with the dialect instead of detecting it
 *   SPECDOWN_CORPUS=DIR  corpus root instead of ../shared/corpus
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatRun } from './fidelity/report.mjs';
import { CORPUS_DIALECTS, corpusTarget, runFidelity } from './fidelity/run.mjs';
import { THRESHOLDS } from './fidelity/score.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// SPECDOWN_CORPUS points elsewhere (tests use it); the default is the shared corpus beside the repo.
const corpusRoot = path.resolve(repoRoot, process.env.SPECDOWN_CORPUS ?? '../shared/corpus');

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    json: { type: 'string' },
    dialect: { type: 'string' },
    docs: { type: 'string' },
    truth: { type: 'string' },
    limit: { type: 'string', default: '5' },
    'force-dialect': { type: 'boolean', default: false },
  },
});

async function loadPipeline() {
  const api = path.join(repoRoot, 'dist/index.js');
  if (!existsSync(api)) throw new Error(`${api} not found: run \`npm run build\` first`);
  const { generate, emitOpenApi } = await import(pathToFileURL(api).href);
  return { generate, emitOpenApi };
}

function targets() {
  if (args.docs || args.truth) {
    if (!args.docs || !args.truth) throw new Error('--docs and --truth go together');
    return [{ id: args.dialect ?? 'custom', docs: path.resolve(args.docs), truth: path.resolve(args.truth), dialect: args.dialect }];
  }
  const known = CORPUS_DIALECTS.map((d) => d.id);
  if (args.dialect && !known.includes(args.dialect)) throw new Error(`--dialect must be one of ${known.join(', ')}`);
  return CORPUS_DIALECTS.filter((d) => !args.dialect || d.id === args.dialect).map((d) => ({
    ...corpusTarget(corpusRoot, d),
    dialect: args['force-dialect'] ? d.id : undefined,
  }));
}

async function main() {
  if (!args.docs && !existsSync(corpusRoot)) {
    console.log(`bench:fidelity: ${corpusRoot} not found — nothing to measure (the corpus lives beside the repo in ../shared).`);
    return 0;
  }
  const pipeline = await loadPipeline();
  const limit = Number(args.limit);
  const results = {};
  let failed = false;
  for (const target of targets()) {
    if (!existsSync(target.docs) || !existsSync(target.truth)) {
      console.log(`== ${target.id}: skipped (${existsSync(target.docs) ? target.truth : target.docs} not found)\n`);
      continue;
    }
    const run = await runFidelity(target, pipeline);
    results[target.id] = run;
    console.log(formatRun(target.id, run, { limit }));
    if (run.failures.length > 0) failed = true;
  }
  if (args.json) {
    mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify({ thresholds: THRESHOLDS, results }, null, 2)}\n`);
    console.log(`wrote ${args.json}`);
  }
  if (Object.keys(results).length === 0) console.log('bench:fidelity: no dialect folder found; nothing measured.');
  if (args.check && failed) {
    console.log('bench:fidelity --check: FAIL (thresholds above)');
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench:fidelity: ${error.message}`);
    process.exitCode = 1;
  },
);

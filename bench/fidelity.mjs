#!/usr/bin/env node
/**
 * npm run bench:fidelity — how much of each corpus's truth specdown recovers from its docs,
 * measured by the shared scorer (../shared/eval/score_fidelity.py; python3, standard library).
 * Run after `npm run build` (the npm script builds first).
 *
 *   node bench/fidelity.mjs                       every corpus: the four dialect corpora, then each
 *                                                 folder of corpus/generic/
 *   node bench/fidelity.mjs --corpus dto          one of them (`docfx`, …, `generic/gitlab`)
 *   node bench/fidelity.mjs --docs D --truth T    any docs folder against any OpenAPI file
 *                                                 (--strip-prefix P, --only-ops FILE pass through)
 *   --check        exit 1 when an enforced threshold fails (thresholds.mjs)
 *   --json FILE    also write every corpus's scorer result and threshold checks as JSON
 *   --show N       examples per list in the scorer's table (default 5)
 *   --evidence     for each generic corpus, list the truth params its pages do not name as
 *                  parameters (where they appear instead: a sample, a link, other text, nowhere)
 *   --dialect ID   read every page as that dialect instead of detecting it
 *   --render html  score the generic corpora (and --docs) as a docs site renders their markdown:
 *                  each page rendered to a whole HTML page (GFM, highlighted code, a site layout:
 *                  fidelity/render.mjs) in a temp folder, read from there; `--render text` scores
 *                  the text a browser copies from that page instead. The dialect corpora are skipped
 *   SPECDOWN_SHARED=DIR  the shared folder (corpus/ and eval/) instead of ../shared
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { listCorpora } from './fidelity/corpora.mjs';
import { RENDERINGS } from './fidelity/render.mjs';
import { formatRun, formatSummary } from './fidelity/report.mjs';
import { runFidelity } from './fidelity/run.mjs';
import { scorerPath } from './fidelity/scorer.mjs';
import { blocking } from './fidelity/thresholds.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(repoRoot, process.env.SPECDOWN_SHARED ?? '../shared');
const corpusRoot = path.join(sharedDir, 'corpus');

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    json: { type: 'string' },
    corpus: { type: 'string' },
    docs: { type: 'string' },
    truth: { type: 'string' },
    'strip-prefix': { type: 'string', multiple: true },
    'only-ops': { type: 'string' },
    dialect: { type: 'string' },
    render: { type: 'string' },
    show: { type: 'string', default: '5' },
    evidence: { type: 'boolean', default: false },
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
    const custom = {
      id: 'custom',
      kind: 'dialect',
      docs: path.resolve(args.docs),
      truth: path.resolve(args.truth),
      options: { stripPrefix: args['strip-prefix'] ?? [], onlyOps: false, dropResponses: false },
      onlyOpsFile: args['only-ops'] === undefined ? undefined : path.resolve(args['only-ops']),
      notes: [],
    };
    return [custom];
  }
  const all = listCorpora(corpusRoot).filter((c) => !args.render || c.kind === 'generic');
  if (args.corpus && !all.some((c) => c.id === args.corpus)) throw new Error(`--corpus must be one of ${all.map((c) => c.id).join(', ')}`);
  return all.filter((c) => !args.corpus || c.id === args.corpus);
}

async function main() {
  const scorer = scorerPath(sharedDir);
  if (!existsSync(scorer)) {
    console.log(`bench:fidelity: ${scorer} not found — nothing to measure (the scorer and corpora live beside the repo in ../shared).`);
    return 0;
  }
  if (!args.docs && !existsSync(corpusRoot)) {
    console.log(`bench:fidelity: ${corpusRoot} not found — nothing to measure.`);
    return 0;
  }
  if (args.render !== undefined && !Object.hasOwn(RENDERINGS, args.render))
    throw new Error(`--render must be one of ${Object.keys(RENDERINGS).join(', ')}`);
  const pipeline = await loadPipeline();
  const work = mkdtempSync(path.join(os.tmpdir(), 'specdown-fidelity-'));
  const runs = [];
  try {
    for (const corpus of targets()) {
      if (!existsSync(corpus.docs) || !existsSync(corpus.truth)) {
        console.log(`== ${corpus.id}: skipped (${existsSync(corpus.docs) ? corpus.truth : corpus.docs} not found)\n`);
        continue;
      }
      const workDir = path.join(work, corpus.id.replace(/\//g, '_'));
      const run = await runFidelity(corpus, pipeline, {
        scorer,
        workDir,
        show: Number(args.show),
        dialect: args.dialect,
        render: args.render,
      });
      runs.push(run);
      console.log(formatRun(run, { evidence: args.evidence }));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (runs.length === 0) {
    console.log('bench:fidelity: no corpus found; nothing measured.');
    return 0;
  }
  console.log(formatSummary(runs));
  if (args.json) {
    mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    const out = runs.map(({ table: _table, ...run }) => run);
    writeFileSync(args.json, `${JSON.stringify(out, null, 1)}\n`);
    console.log(`wrote ${args.json}`);
  }
  const failing = runs.filter((r) => blocking(r).length > 0).map((r) => r.id);
  if (args.check && failing.length > 0) {
    console.log(`bench:fidelity --check: FAIL (${failing.join(', ')})`);
    return 1;
  }
  const pending = runs.reduce((n, r) => n + (r.gated ? r.checks.filter((c) => !c.ok && c.pending).length : 0), 0);
  if (args.check)
    console.log(
      `bench:fidelity --check: PASS (every enforced threshold holds${pending ? `; ${pending} pending ones still fail, listed above` : ''})`,
    );
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

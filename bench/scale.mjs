#!/usr/bin/env node
/**
 * `npm run bench:scale` — a whole reference: cold, warm and one-page-changed runs at 3,000+ pages,
 * each beside bare remark-parse + remark-gfm over the same pages, as ratios measured in one run.
 *
 *   node bench/scale.mjs [--source DIR] [--pages 3262] [--rounds 3] [--keep] [--json FILE]
 *
 * The reference is synthetic (`scale/synthetic-reference.mjs`): the DocFX slice
 * (../shared/corpus/superoffice/docs, else docs-input) copied until it has `--pages` pages, each
 * copy's operations and named types renamed, written to a temporary folder and deleted afterwards.
 * Every run is its own process (node start-up included, as a user or a prebuild meets it), timed
 * with /usr/bin/time for CPU (user + system, all threads) and peak RSS. Each round runs every
 * scenario once, the order rotating between rounds; figures are medians. Scenarios:
 *   bare remark        `scale/bare-remark.mjs`: read and parse every page, nothing else
 *   node start         `node -e 0`: the floor under any CLI run (for the warm rows)
 *   cold, N workers    `generate --no-cache --workers N`
 *   warm, no change    `generate` with the cache, nothing changed since the last run
 *   warm --check       the prebuild case
 *   one page changed   one page edited (differently each round), then `generate` with the cache
 * Last, the one-page-changed outputs are compared with cold runs (1 and 2 workers) over the same
 * pages: they must be byte-identical. A benchmark, not a test: it prints, and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSyntheticReference, listPages } from './scale/synthetic-reference.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    source: { type: 'string' },
    pages: { type: 'string', default: '3262' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const cli = path.join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error('bench:scale: dist/cli.js is missing: run `npm run build` first (npm run bench:scale does).');
  process.exit(1);
}
const slice = path.resolve(root, '../shared/corpus/superoffice/docs');
const source = path.resolve(args.source ?? (existsSync(slice) ? slice : path.join(root, 'docs-input')));
if (!existsSync(source)) {
  console.log(`bench:scale: ${source} not present; skipped`);
  process.exit(0);
}
const rounds = Math.max(1, Number(args.rounds));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Runs node with `argv` in `cwd`: wall ms, CPU s (user + system), peak RSS MB (the last two need /usr/bin/time). */
function measure(argv, cwd, statsFile) {
  const [file, list] = timeBin ? [timeBin, ['-f', '%U %S %M', '-o', statsFile, process.execPath, ...argv]] : [process.execPath, argv];
  const start = performance.now();
  const result = spawnSync(file, list, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${argv.join(' ')} failed (${result.status}):\n${(result.stderr || result.stdout).slice(-2000)}`);
  if (!timeBin) return { ms };
  const [user, system, rssKb] = readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpu: user + system, rss: rssKb / 1024 };
}

function sameFiles(a, b) {
  const list = (dir) =>
    readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .sort();
  const names = list(a);
  if (names.join('\n') !== list(b).join('\n')) return false;
  return names.every((name) => readFileSync(path.join(a, name)).equals(readFileSync(path.join(b, name))));
}

const work = mkdtempSync(path.join(os.tmpdir(), 'specdown-scale-'));
try {
  // The named types of the source, so that each copy renames them.
  const { generate } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const sliceRun = await generate({ input: source, emit: { types: false, zod: false, openapi: false } });
  const typeNames = sliceRun.document.schemas.map((schema) => schema.name);
  const ref = path.join(work, 'reference');
  const built = buildSyntheticReference({ source, target: ref, pages: Number(args.pages), typeNames });
  // A package.json makes `work` the project whose node_modules/.cache/specdown holds the cache.
  writeFileSync(path.join(work, 'package.json'), '{"name":"bench-scale","private":true}');
  const statsFile = path.join(work, 'time.txt');
  const out = (name) => path.join(work, name);
  const generateArgs = (dir, ...extra) => [cli, 'generate', '--input', 'reference', '--out', dir, '--quiet', ...extra];

  const edited = path.join(
    ref,
    listPages(ref).find((file) => !file.endsWith('index.md')),
  );
  const original = readFileSync(edited, 'utf8');
  const scenarios = [
    { name: 'bare remark + gfm', argv: () => [path.join(root, 'bench/scale/bare-remark.mjs'), ref] },
    { name: 'node start (node -e 0)', argv: () => ['-e', '0'] },
    { name: 'cold, 1 worker', argv: () => generateArgs(out('cold1'), '--no-cache', '--workers', '1') },
    { name: 'cold, 2 workers', argv: () => generateArgs(out('cold2'), '--no-cache', '--workers', '2') },
    { name: 'warm, no change', argv: () => generateArgs(out('warm')) },
    { name: 'warm --check', argv: () => generateArgs(out('warm'), '--check') },
    {
      name: 'one page changed',
      argv: (round) => {
        writeFileSync(edited, original.replace(/\n## /, `\nEdited in round ${round}.\n\n## `));
        return generateArgs(out('warm'));
      },
    },
  ];
  const cores = os.availableParallelism();
  if (cores !== 2)
    scenarios.splice(4, 0, { name: `cold, default (${Math.min(8, cores)})`, argv: () => generateArgs(out('cold-default'), '--no-cache') });

  console.log(
    `bench:scale — ${built.pages} pages, ${(built.bytes / 1e6).toFixed(1)} MB: ${path.relative(root, source) || source} (${built.sourcePages} pages) copied with ${built.renamedTypes} named types and every route renamed per copy`,
  );
  console.log(`node ${process.version}, ${cores} cores, load average ${load()} at start; ${rounds} rounds, order rotating`);
  measure(generateArgs(out('warm')), work, statsFile); // fills the cache
  const samples = new Map(scenarios.map((s) => [s.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < scenarios.length; i++) {
      const scenario = scenarios[(i + round) % scenarios.length];
      const sample = measure(scenario.argv(round), work, statsFile);
      samples.get(scenario.name).push(sample);
      process.stdout.write(`  round ${round + 1}: ${scenario.name} ${(sample.ms / 1000).toFixed(2)} s\n`);
    }
  }
  const summary = scenarios.map(({ name }) => {
    const list = samples.get(name);
    return {
      name,
      wall: median(list.map((s) => s.ms)) / 1000,
      cpu: median(list.map((s) => s.cpu)),
      rss: median(list.map((s) => s.rss)),
    };
  });
  const bare = summary[0];
  const ratio = (value, base) => (value === undefined || !base ? 'n/a' : `${(value / base).toFixed(2)}×`);
  const fixed = (value, digits, unit) => (value === undefined ? 'n/a' : `${value.toFixed(digits)}${unit}`);
  console.log(`\nload average ${load()} at the end\n`);
  console.log('| run | wall (median) | wall / bare | CPU | CPU / bare | peak RSS | RSS / bare |');
  console.log('|---|---|---|---|---|---|---|');
  for (const s of summary)
    console.log(
      `| ${s.name} | ${fixed(s.wall, 2, ' s')} | ${ratio(s.wall, bare.wall)} | ${fixed(s.cpu, 2, ' s')} | ${ratio(s.cpu, bare.cpu)} | ${fixed(s.rss, 0, ' MB')} | ${ratio(s.rss, bare.rss)} |`,
    );

  // The incremental outputs must be what a cold run over the same pages gives, with any worker count.
  const identical = ['1', '2'].map((workers) => {
    rmSync(out('verify'), { recursive: true, force: true });
    measure(generateArgs(out('verify'), '--no-cache', '--workers', workers), work, statsFile);
    return sameFiles(out('warm'), out('verify'));
  });
  console.log(
    `\none page changed → outputs byte-identical to a cold run: 1 worker ${identical[0] ? 'yes' : 'NO'}, 2 workers ${identical[1] ? 'yes' : 'NO'}`,
  );
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ ...built, rounds, summary, identical }, null, 2)}\n`);
  if (args.keep) console.log(`kept ${work}`);
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

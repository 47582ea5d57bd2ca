#!/usr/bin/env node
/**
 * `npm run bench:incremental` — the prebuild case: how fast is a run when nothing (or one page)
 * changed, and what do worker threads give on a cold run?
 *
 * For a docs folder (default ../shared/corpus/superoffice/docs, else docs-input), and a larger
 * folder built from it (every page copied N times under renamed paths with unique operations),
 * prints: cold pages/s (a fresh CLI process, no cache) with 1 and 2 workers; a warm no-change run (the CLI end to end, node start
 * included) and its target (< 300 ms); a one-page change (pages re-parsed, time). Medians of 5.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { generate } = await import(path.join(root, 'dist/index.js'));
const corpus = path.resolve(root, '../shared/corpus/superoffice/docs');
const docs = process.argv[2] ?? (existsSync(corpus) ? corpus : path.join(root, 'docs-input'));
const copies = Number(process.env.SPECDOWN_BENCH_COPIES ?? 8);
const runs = 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (fn) => {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
};

function listPages(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|txt)$/.test(f));
}

/** A larger folder: `copies` renamed copies of every page, paths made unique so operations stay distinct. */
function buildLarge(source, target, n) {
  for (let i = 0; i < n; i++) {
    for (const file of listPages(source)) {
      const text = readFileSync(path.join(source, file), 'utf8')
        .replace(/(uid:\s*)(\S+)/, `$1$2_copy${i}`)
        .replace(/^(\s*(?:#\s*)?(?:GET|PUT|POST|DELETE|PATCH)\s+\/?)/gm, `$1copy${i}/`)
        .replace(/^(```http\n(?:GET|PUT|POST|DELETE|PATCH) \/)/gm, `$1copy${i}/`);
      const dest = path.join(target, `copy${i}`, file);
      cpSync(path.join(source, file), dest);
      writeFileSync(dest, text);
    }
  }
}

/**
 * A cold run as users meet it: a fresh CLI process (module loading and JIT warm-up included, as in
 * every worker), no cache. In-process repeats would let the one-thread runs reuse a warm JIT that
 * new worker threads never have.
 */
async function cold(dir, workers) {
  const times = [];
  const out = mkdtempSync(path.join(os.tmpdir(), 'specdown-bench-out-'));
  try {
    for (let i = 0; i < runs; i++)
      times.push(cli(['generate', '--input', dir, '--out', out, '--no-cache', '--quiet', '--workers', String(workers)], os.tmpdir()));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const pages = listPages(dir).length;
  const ms = median(times);
  return { pages, ms, pagesPerSecond: (pages / ms) * 1000 };
}

function cli(args, cwd) {
  const start = performance.now();
  execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { cwd, stdio: 'pipe' });
  return performance.now() - start;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'specdown-bench-'));
try {
  const small = path.join(work, 'docs');
  cpSync(docs, small, { recursive: true });
  const large = path.join(work, 'large');
  buildLarge(docs, large, copies);

  const report = {};
  for (const [name, dir] of [
    ['corpus', small],
    [`corpus x${copies}`, large],
  ]) {
    const one = await cold(dir, 1);
    const two = await cold(dir, 2);
    report[name] = { pages: one.pages, cold1: one, cold2: two };
    console.log(
      `${name}: ${one.pages} pages; cold CLI run, 1 worker: ${one.ms.toFixed(0)} ms (${one.pagesPerSecond.toFixed(0)} pages/s); 2 workers: ${two.ms.toFixed(0)} ms (${two.pagesPerSecond.toFixed(0)} pages/s)`,
    );
  }

  // Warm runs through the CLI, as a prebuild step runs it (node start-up included).
  const cwd = work;
  writeFileSync(path.join(cwd, 'package.json'), '{"name":"bench","private":true}');
  const args = ['generate', '--input', 'docs', '--out', 'out', '--quiet'];
  cli(args, cwd); // fills the cache and writes out/
  const warm = median(Array.from({ length: runs }, () => cli(args, cwd)));
  console.log(`warm, no change (CLI end to end): ${warm.toFixed(0)} ms  target < 300 ms: ${warm < 300 ? 'PASS' : 'FAIL'}`);
  const page = path.join(
    small,
    listPages(small).find((f) => !f.endsWith('index.md')),
  );
  const original = readFileSync(page, 'utf8');
  const oneChange = median(
    Array.from({ length: runs }, (_, i) => {
      writeFileSync(page, original.replace(/\n## /, `\nEdited ${i}.\n\n## `));
      return cli(args, cwd);
    }),
  );
  const { result } = await time(() => generate({ input: small, cache: path.join(cwd, 'node_modules/.cache/specdown') }));
  writeFileSync(page, original.replace(/\n## /, '\nEdited again.\n\n## '));
  const after = await generate({ input: small, cache: path.join(cwd, 'node_modules/.cache/specdown') });
  console.log(
    `one page changed (CLI end to end): ${oneChange.toFixed(0)} ms; pages re-parsed: ${after.stats.parsed} of ${after.stats.pages}`,
  );
  void result;
  if (process.argv.includes('--json')) console.log(JSON.stringify({ ...report, warm, oneChange, reparsed: after.stats.parsed }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
void statSync;

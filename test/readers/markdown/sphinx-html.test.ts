/**
 * Sphinx's HTTP domain as Sphinx renders it (`<dl class="http get">`, Read the Docs-hosted
 * references): the fixture is a "library" API written by us in that HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/sphinx-html/shelves.html'), 'utf8');

describe('general reader: Sphinx-rendered HTTP domain pages', () => {
  it('should read each rendered directive as an operation, its route converters as typed path parameters', () => {
    const read = readGeneral(page, 'api/shelves.html');
    expect(read.routes).toEqual(['GET /api/v3/shelves/{shelf_slug}', 'POST /api/v3/shelves', 'GET /api/v3/shelves']);
    const one = operation(read, 'GET /api/v3/shelves/{shelf_slug}');
    expect(parameterNames(one)).toEqual(['path:shelf_slug*', 'query:expand', 'query:limit']);
    expect(one.parameters.map((p) => p.schema.kind)).toEqual(['string', 'string', 'integer']);
    expect(one.summary).toBe('Retrieve details of a single shelf.');
  });

  it('should read the field list groups: statuses, request and response JSON objects, a one-row group written as a paragraph', () => {
    const read = readGeneral(page, 'api/shelves.html');
    const one = operation(read, 'GET /api/v3/shelves/{shelf_slug}');
    expect(one.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'Success'],
      ['404', 'There is no shelf with this slug'],
    ]);
    expect(one.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 12345, name: 'Poetry' });
    const create = operation(read, 'POST /api/v3/shelves');
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['name', 'label']);
    expect(create.responses.map((r) => [r.status, r.description])).toEqual([['201', 'Shelf created']]);
    const list = operation(read, 'GET /api/v3/shelves');
    const items = list.responses[0]?.content[0]?.schema;
    expect(items?.kind).toBe('array');
    expect(items?.kind === 'array' && items.items.kind === 'object' && items.items.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['slug', 'string'],
      ['books', 'integer'],
    ]);
  });

  it('should leave lists whose terms are no request lines as they are', () => {
    const read = readGeneral(
      '<h1>Shelves</h1><dl><dt>GET the shelves</dt><dd><p>First list them.</p></dd></dl><p><code>DELETE /shelves/{id}</code></p>',
      'api/a.html',
    );
    expect(read.routes).toEqual(['DELETE /shelves/{id}']);
  });
});

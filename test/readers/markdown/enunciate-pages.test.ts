/**
 * Enunciate's resource pages: a `name | type | description | default` table whose type column is
 * each parameter's place, body sections that name their type in a small table (`element`, or
 * `media type | data type | description`), `code | condition` status tables, and the data type
 * pages (`json_Shelf.html`) the bodies link to.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTypeText } from '../../../src/extract/type-text.js';
import type { Operation } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/enunciate');
const tempDir = useTempDir();

function responses(op: Operation | undefined): unknown[] {
  return (op?.responses ?? []).map((response) => [response.status, response.description, strip(response.content[0]?.schema)]);
}

describe('general reader: Enunciate’s resource pages', () => {
  it('should read a type column of places as where each parameter travels, and a `form` row as a form field', () => {
    const read = readGeneral(readFileSync(path.join(FIXTURES, 'resource_ShelfResource.md'), 'utf8'));
    const get = operation(read, 'GET /shelves/{id}');
    expect(get.parameters.map((p) => [p.name, p.in, strip(p.schema)])).toEqual([
      ['id', 'path', { kind: 'string' }],
      ['expand', 'query', { kind: 'string' }],
      ['X-Library-Token', 'header', { kind: 'string' }],
    ]);
    expect(read.diagnostics.items.filter((d) => d.code === 'unknown-type')).toEqual([]);
    const create = operation(read, 'POST /shelves');
    expect(create.requestBody?.content.map((content) => content.mediaType)).toEqual(['application/x-www-form-urlencoded']);
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => p.name)).toEqual(['name', 'capacity']);
  });

  it('should read a body section’s `element` row as its type, and a `code | condition` table as the statuses', () => {
    const read = readGeneral(readFileSync(path.join(FIXTURES, 'resource_ShelfResource.md'), 'utf8'));
    expect(responses(operation(read, 'GET /shelves/{id}'))).toEqual([
      ['200', 'Success', { kind: 'ref', name: 'Shelf' }],
      ['404', 'The shelf does not exist.', undefined],
    ]);
    const put = operation(read, 'PUT /shelves/{id}');
    expect(bodySchema(put)).toEqual({ kind: 'ref', name: 'Shelf' });
    expect(responses(put).map((response) => (response as unknown[]).slice(0, 2))).toEqual([
      ['204', 'Updated'],
      ['400', 'The shelf is invalid.'],
    ]);
  });

  it('should read the HTML pages: `media type | data type` bodies, and the data type pages as the types', async () => {
    const dir = tempDir();
    for (const file of ['resource_ShelfResource.html', 'json_Shelf.html', 'json_Book.html'])
      copyFileSync(path.join(FIXTURES, file), path.join(dir, file));
    const result = await generate({ input: dir });
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
    const put = result.document.operations.find((o) => o.method === 'put');
    expect(put?.requestBody?.description).toBe('The new shelf.');
    expect(strip(put?.requestBody?.content[0]?.schema)).toEqual({ kind: 'ref', name: 'Shelf' });
    expect(responses(put)).toEqual([
      ['200', 'Updated', { kind: 'array', items: { kind: 'ref', name: 'Book' } }],
      ['400', 'The shelf is invalid.', undefined],
    ]);
    const get = result.document.operations.find((o) => o.method === 'get');
    expect(get?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'query:limit', 'header:X-Library-Token']);
    const shelf = result.document.schemas.find((schema) => schema.name === 'Shelf')?.schema;
    expect(shelf?.kind === 'object' && shelf.properties.map((p) => [p.name, strip(p.schema)])).toEqual([
      ['id', { kind: 'string' }],
      ['capacity', { kind: 'number' }],
      ['books', { kind: 'array', items: { kind: 'ref', name: 'Book' } }],
      ['labels', { kind: 'map', values: { kind: 'string' } }],
    ]);
  });

  it('should read `map of X` as a map of X', () => {
    expect(parseTypeText('map of string')).toEqual({ kind: 'map', values: { kind: 'string' } });
    expect(parseTypeText('map of Book')).toEqual({ kind: 'map', values: { kind: 'ref', name: 'Book' } });
  });
});

/**
 * raml2html's pages: each method a dialog titled `get /shelves/{shelfId}` whose parts stand under
 * higher headings, parameters as `**name**: *required(string)* – words` items, and each status
 * under `HTTP status code 200` with its body's properties and example.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const NESTED = [
  '## /shelves',
  '#### post /shelves',
  '### Body',
  '**Media type**: application/json',
  '**Type**: object',
  '### Properties',
  '- **name**: *required(string)* – The name\n- **location**: *(object)* – Where it stands\n    - **room**: *required(string)*\n    - **floor**: *(integer - minimum: 0)*\n- **books**: *(array)* – The books\n    - **title**: *required(string)* – The title',
  '## HTTP status code 201',
  'Created',
].join('\n\n');

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/raml/library.html'), 'utf8');

function properties(schema: unknown): unknown {
  const object = schema as { kind: string; properties: Array<{ name: string; required: boolean; schema: { kind: string } }> };
  return object?.kind === 'object' ? object.properties.map((p) => [p.name, p.required, p.schema.kind]) : schema;
}

function statuses(op: Operation): string[][] {
  return op.responses.map((response) => [response.status, response.description ?? '']);
}

describe('general reader: raml2html pages', () => {
  it('should read each item as a parameter: `required(…)`, the type, `one of`, its default and limits', () => {
    const read = readGeneral(PAGE, 'api/library.html');
    const get = operation(read, 'GET /shelves/{shelfId}');
    expect(get.parameters.map((p) => [p.name, p.in, p.required, p.description, strip(p.schema)])).toEqual([
      ['shelfId', 'path', true, 'The shelf id', { kind: 'string' }],
      ['X-Library-Token', 'header', true, 'The token', { kind: 'string' }],
      ['limit', 'query', false, 'How many books to list', { kind: 'integer', default: 10, minimum: 1, maximum: 100 }],
      ['sort', 'query', false, 'The order', { kind: 'enum', base: 'string', values: [{ value: 'title' }, { value: 'author' }] }],
    ]);
  });

  it('should read each `HTTP status code` as a status, its words, properties and example that status’s', () => {
    const read = readGeneral(PAGE, 'api/library.html');
    const get = operation(read, 'GET /shelves/{shelfId}');
    expect(statuses(get)).toEqual([
      ['200', 'The shelf'],
      ['404', 'The shelf does not exist'],
    ]);
    const content = get.responses[0]!.content[0]!;
    expect(properties(strip(content.schema))).toEqual([
      ['id', true, 'string'],
      ['name', true, 'string'],
      ['capacity', false, 'integer'],
    ]);
    expect(content.examples?.map((example) => example.value)).toEqual([{ id: '7', name: 'Fiction', capacity: 40 }]);
    const put = operation(read, 'PUT /shelves/{shelfId}');
    expect(properties(bodySchema(put))).toEqual([
      ['name', true, 'string'],
      ['capacity', false, 'integer'],
    ]);
    expect(put.requestBody?.content[0]?.examples?.map((example) => example.value)).toEqual([{ name: 'Fiction', capacity: 40 }]);
    expect(statuses(put)).toEqual([['204', 'Updated']]);
  });

  it('should read a body whose `Type` names a type as that type', () => {
    const read = readGeneral(
      [
        '## /shelves',
        '#### post /shelves',
        '### Body',
        '**Media type**: application/json',
        '**Type**: Shelf',
        '## HTTP status code 201',
        'Created',
        '### Body',
        '**Type**: Shelf',
      ].join('\n\n'),
    );
    const post = operation(read, 'POST /shelves');
    expect(bodySchema(post)).toEqual({ kind: 'ref', name: 'Shelf' });
    expect(post.responses.map((r) => [r.status, r.description, strip(r.content[0]?.schema)])).toEqual([
      ['201', 'Created', { kind: 'ref', name: 'Shelf' }],
    ]);
  });

  it('should read an item’s own list as its properties, an array’s as its items’', () => {
    const read = readGeneral(NESTED);
    const body = bodySchema(operation(read, 'POST /shelves'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['name', true, 'string'],
      ['location', false, 'object'],
      ['books', false, 'array'],
    ]);
    const location = body?.kind === 'object' ? body.properties[1]!.schema : undefined;
    expect(properties(location)).toEqual([
      ['room', true, 'string'],
      ['floor', false, 'integer'],
    ]);
    const books = body?.kind === 'object' ? body.properties[2]!.schema : undefined;
    expect(properties(books?.kind === 'array' ? books.items : books)).toEqual([['title', true, 'string']]);
  });
});

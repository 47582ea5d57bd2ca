/**
 * References rendered from a WADL (Jersey's XSL, Atlassian's REST browsers): `parameter | value |
 * description` tables, `request representations` with an example and a JSON Schema, and the
 * `STATUS 200 - application/json` lines of `responses`, each with its words, example and schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/wadl', name), 'utf8');

function statuses(op: Operation): string[][] {
  return op.responses.map((response) => [response.status, response.description ?? '']);
}

function fields(op: Operation, status: string): unknown {
  const schema = strip(op.responses.find((response) => response.status === status)?.content[0]?.schema);
  return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.required, p.schema.kind]) : schema;
}

describe('general reader: WADL-rendered references', () => {
  it('should read the value column as the type, with its `Default:` and `(required)`', () => {
    const md = operation(readGeneral(fixture('library.md')), 'GET /rest/api/2/shelf/{shelfId}');
    const html = operation(readGeneral(fixture('library.html'), 'api/library.html'), 'GET /rest/api/2/shelf/{shelfId}');
    const common = [
      ['shelfId', 'path', true, { kind: 'string' }],
      ['expand', 'query', false, { kind: 'string' }],
      ['maxResults', 'query', false, { kind: 'integer', format: 'int32', default: 50 }],
    ];
    const read = (op: Operation) => op.parameters.map((p) => [p.name, p.in, p.required, strip(p.schema)]);
    expect(read(md)).toEqual([...common, ['includeArchived', 'query', false, { kind: 'boolean', default: false }]]);
    expect(read(html)).toEqual([...common, ['includeArchived', 'query', true, { kind: 'boolean' }]]);
  });

  it("should read `request header parameters` as headers, and a string's `One of:` list as its values, `(default)` the default", () => {
    const get = operation(readGeneral(fixture('shelves.html'), 'api/shelves.html'), 'GET /shelves');
    expect(get.parameters.map((p) => [p.name, p.in, p.required, strip(p.schema)])).toEqual([
      ['X-Library-Token', 'header', true, { kind: 'string' }],
      ['order', 'query', false, { kind: 'enum', base: 'string', values: [{ value: 'asc' }, { value: 'desc' }], default: 'asc' }],
      ['sort', 'query', true, { kind: 'enum', base: 'string', values: [{ value: 'title' }, { value: 'author' }] }],
      ['start', 'query', false, { kind: 'integer', format: 'int64', default: 0 }],
    ]);
    expect(statuses(get)).toEqual([['200', 'The shelves.']]);
  });

  it('should read each `STATUS` line as a status, its words the description, its example and JSON Schema the body', () => {
    const read = readGeneral(fixture('library.md'));
    const get = operation(read, 'GET /rest/api/2/shelf/{shelfId}');
    expect(statuses(get)).toEqual([
      ['200', 'Returns the shelf.'],
      ['404', 'Returned if the shelf does not exist.'],
    ]);
    // The schema's `#/definitions/book` is followed; the JSON Schema is no sample.
    expect(fields(get, '200')).toEqual([
      ['id', true, 'string'],
      ['name', true, 'string'],
      ['capacity', false, 'integer'],
      ['books', false, 'array'],
    ]);
    const response = get.responses[0]!.content[0]!;
    expect(response.examples?.map((example) => example.value)).toEqual([
      { id: '10001', name: 'Fiction', capacity: 40, books: [{ id: '1', title: 'Dune' }] },
    ]);
    expect(statuses(operation(read, 'DELETE /rest/api/2/shelf/{shelfId}'))).toEqual([
      ['204', 'Returned if the shelf was deleted.'],
      ['404', 'Returned if the shelf does not exist.'],
    ]);
    const create = operation(read, 'POST /rest/api/2/shelf');
    expect(statuses(create).map(([status]) => status)).toEqual(['201', '400']);
    const body = bodySchema(create);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['name', 'string'],
      ['capacity', 'integer'],
    ]);
    expect(codes(read).filter((code) => code !== 'not-an-endpoint')).toEqual([]);
  });

  it('should read the rendered HTML page (`<h6>` labels, `<p><strong>STATUS 200</strong>` lines) alike', () => {
    const read = readGeneral(fixture('library.html'), 'api/library.html');
    const get = operation(read, 'GET /rest/api/2/shelf/{shelfId}');
    expect(statuses(get)).toEqual([
      ['200', 'Returns the shelf.'],
      ['404', 'Returned if the shelf does not exist.'],
    ]);
    expect(fields(get, '200')).toEqual([
      ['id', true, 'string'],
      ['name', false, 'string'],
      ['capacity', false, 'integer'],
    ]);
    const put = operation(read, 'PUT /rest/api/2/shelf/{shelfId}');
    expect(parameterNames(put)).toEqual(['path:shelfId*']);
    expect(statuses(put)).toEqual([
      ['204', 'Returned if the shelf was updated.'],
      ['400', 'Returned if the input is invalid.'],
    ]);
    const body = bodySchema(put);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['name', 'string'],
      ['capacity', 'integer'],
    ]);
  });

  it('should leave a fence under `Schema` that is no JSON Schema the sample it is', () => {
    const read = readGeneral(
      [
        '## /rest/api/2/shelf',
        '### GET',
        '#### responses',
        '**STATUS 200** - application/json',
        'The shelves.',
        'Schema',
        '```json\n{"type": "fiction", "count": 3}\n```',
      ].join('\n\n'),
    );
    const get = operation(read, 'GET /rest/api/2/shelf');
    expect(statuses(get)).toEqual([['200', 'The shelves.']]);
    expect(get.responses[0]!.content[0]!.examples?.map((example) => example.value)).toEqual([{ type: 'fiction', count: 3 }]);
  });

  it('should read a `Schema` of an array as the status’s body, an array of its items’ fields', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-04/schema#',
      type: 'array',
      items: { $ref: '#/definitions/shelf' },
      definitions: { shelf: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['id'] } },
    };
    const read = readGeneral(
      [
        '## /rest/api/2/shelf',
        '### GET',
        '#### responses',
        '**STATUS 200** - application/json',
        'The shelves.',
        'Schema',
        `\`\`\`json\n${JSON.stringify(schema, undefined, 2)}\n\`\`\``,
      ].join('\n\n'),
    );
    const content = operation(read, 'GET /rest/api/2/shelf').responses[0]!.content[0]!;
    expect(content.examples).toEqual([]);
    const body = strip(content.schema);
    expect(body?.kind === 'array' && body.items.kind === 'object' && body.items.properties.map((p) => [p.name, p.required])).toEqual([
      ['id', true],
      ['name', false],
    ]);
  });
});

/**
 * Stoplight's markdown: a call written as a JSON request object in a ```` ```json http ```` fence,
 * and a body's JSON Schema in a ```` ```json json_schema ```` fence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/stoplight/shelves.md'), 'utf8');

describe('general reader: Stoplight’s markdown', () => {
  const read = readGeneral(page, 'docs/shelves.md');

  it('should read a `json http` fence’s request object as the call: its route, query keys and body sample', () => {
    expect(read.routes).toEqual(['GET /v1/shelves', 'POST /v1/shelves']);
    expect(operation(read, 'GET /v1/shelves').parameters.map((p) => [p.in, p.name, p.schema.examples])).toEqual([['query', 'limit', [10]]]);
    expect(operation(read, 'POST /v1/shelves').requestBody?.content[0]?.examples.map((example) => example.value)).toEqual([
      { name: 'Fiction', capacity: 40 },
    ]);
  });

  it('should read an object’s `json_schema` fence as its fields and never take a schema for a sample', () => {
    expect(strip(bodySchema(operation(read, 'POST /v1/shelves')))).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'name', required: true, schema: { kind: 'string' }, description: "The shelf's name." },
        { name: 'capacity', required: false, schema: { kind: 'integer' } },
      ],
    });
  });

  it('should read an array’s `json_schema` fence as an array of its items’ fields, a `$ref` followed, and never as a sample', () => {
    const list = operation(read, 'GET /v1/shelves').responses[0]?.content[0];
    expect(list?.examples).toEqual([]);
    expect(strip(list?.schema)).toMatchObject({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'id', required: true, schema: { kind: 'integer' } },
          { name: 'name', required: true, schema: { kind: 'string' } },
        ],
      },
    });
    const schema = {
      type: 'array',
      items: { $ref: '#/definitions/Book' },
      definitions: { Book: { type: 'object', properties: { title: { type: 'string' } } } },
    };
    const books = readGeneral(
      ['## List books', '`GET /books`', '### Response', `\`\`\`json json_schema\n${JSON.stringify(schema)}\n\`\`\``].join('\n\n'),
    );
    const content = operation(books, 'GET /books').responses[0]?.content[0];
    expect(strip(content?.schema)).toMatchObject({ kind: 'array', items: { kind: 'object', properties: [{ name: 'title' }] } });
    expect(content?.examples).toEqual([]);
    // An array of strings is no table of fields: dropped, no sample either.
    const names = readGeneral(
      ['## List names', '`GET /names`', '### Response', '```json json_schema\n{"type": "array", "items": {"type": "string"}}\n```'].join(
        '\n\n',
      ),
    );
    expect(operation(names, 'GET /names').responses).toEqual([]);
  });

  it('should read a property’s nested arrays, and an array of formatted or enumerated values, with their item types', () => {
    const schema = {
      type: 'object',
      properties: {
        grid: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
        dates: { type: 'array', items: { type: 'string', format: 'date-time' } },
        states: { type: 'array', items: { type: 'string', enum: ['draft', 'published'] } },
        rows: { type: 'array', items: { type: 'array', items: { type: 'object', properties: { isbn: { type: 'string' } } } } },
      },
    };
    const shelves = readGeneral(
      ['## Save a shelf', '`POST /shelves`', '### Request body', `\`\`\`json json_schema\n${JSON.stringify(schema, null, 2)}\n\`\`\``].join(
        '\n\n',
      ),
    );
    const body = bodySchema(operation(shelves, 'POST /shelves'));
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}:${JSON.stringify(p.schema)}`)).toEqual([
      'grid:{"kind":"array","items":{"kind":"array","items":{"kind":"integer"}}}',
      'dates:{"kind":"array","items":{"kind":"string","format":"date-time"}}',
      'states:{"kind":"array","items":{"kind":"enum","base":"string","values":[{"value":"draft"},{"value":"published"}]}}',
      'rows:{"kind":"array","items":{"kind":"array","items":{"kind":"object","properties":[{"name":"isbn","schema":{"kind":"string"},"required":false}]}}}',
    ]);
  });

  it('should read a whole body’s `json_schema` fence of arrays of arrays as that body’s type, never as a sample', () => {
    const grid = JSON.stringify({ type: 'array', items: { type: 'array', items: { type: 'integer' } } });
    const fence = `\`\`\`json json_schema\n${grid}\n\`\`\``;
    const read = readGeneral(
      [
        '## Get a grid',
        '`GET /grid`',
        '### Response',
        "The grid's rows.",
        fence,
        '## Save a grid',
        '`POST /grids`',
        '### Request body',
        fence,
      ].join('\n\n'),
    );
    const integers = { kind: 'array', items: { kind: 'array', items: { kind: 'integer' } } };
    const answer = operation(read, 'GET /grid').responses[0]?.content[0];
    expect(strip(answer?.schema)).toEqual(integers);
    expect(answer?.examples).toEqual([]);
    expect(strip(bodySchema(operation(read, 'POST /grids')))).toEqual(integers);
    expect(read.diagnostics.items).toEqual([]);
  });

  it('should read a whole body’s `json_schema` fence of arrays of arrays of objects as arrays of arrays of those objects, their fields kept', () => {
    const cell = { type: 'object', properties: { row: { type: 'integer' }, label: { type: 'string' } }, required: ['row'] };
    const grid = JSON.stringify({ type: 'array', items: { type: 'array', items: cell } });
    const fence = `\`\`\`json json_schema\n${grid}\n\`\`\``;
    const read = readGeneral(
      ['## Get a board', '`GET /board`', '### Response', fence, '## Save a board', '`POST /boards`', '### Request body', fence].join(
        '\n\n',
      ),
    );
    const cells = {
      kind: 'array',
      items: {
        kind: 'array',
        items: {
          kind: 'object',
          properties: [
            { name: 'row', required: true, schema: { kind: 'integer' } },
            { name: 'label', required: false, schema: { kind: 'string' } },
          ],
        },
      },
    };
    const answer = operation(read, 'GET /board').responses[0]?.content[0];
    expect(strip(answer?.schema)).toMatchObject(cells);
    expect(answer?.examples).toEqual([]);
    expect(strip(bodySchema(operation(read, 'POST /boards')))).toMatchObject(cells);
    expect(read.diagnostics.items).toEqual([]);
  });

  it('should leave a `json http` fence that holds no request object as it was', () => {
    const other = readGeneral(['## Ping', '`GET /ping`', '```json http\n{"verb": "get"}\n```'].join('\n\n'));
    expect(other.routes).toEqual(['GET /ping']);
  });
});

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
    // The list's schema (an array) is no table: dropped, and no sample either.
    expect(operation(read, 'GET /v1/shelves').responses).toEqual([]);
  });

  it('should leave a `json http` fence that holds no request object as it was', () => {
    const other = readGeneral(['## Ping', '`GET /ping`', '```json http\n{"verb": "get"}\n```'].join('\n\n'));
    expect(other.routes).toEqual(['GET /ping']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral, strip } from './helpers.js';

/** `name:type` of an object schema's properties (nullable marked `?`, optional members `~`). */
function fields(schema: Schema | undefined): string[] {
  const read = strip(schema);
  if (read?.kind !== 'object') return [];
  return read.properties.map((p) => {
    const type = p.schema.kind === 'array' ? `${p.schema.items.kind}[]` : p.schema.kind;
    return `${p.name}:${type}${'format' in p.schema && p.schema.format ? `(${p.schema.format})` : ''}${p.schema.nullable ? '?' : ''}`;
  });
}

describe('general reader: a type sketch under a Schema label', () => {
  it('should read Crystal and TypeScript type words, constants among the types and a comma left out', () => {
    const read = readGeneral(
      [
        '##### GET `/v1/books/:id`',
        '> Schema:',
        '```javascript\n{\n  "kind": "book",\n  "title": String,\n  "pages": Int32,\n  "weight": Float32,\n  "isbn": Int64?,\n  "tags": Array(String),\n  "shelf": {\n    "name": String,\n    "floor": Int32\n  }?,\n  subtitle?: String\n  "price": Float64 // in euros\n}\n```',
      ].join('\n\n'),
    );
    const ok = operation(read, 'GET /v1/books/{id}').responses.find((r) => r.status.startsWith('2'));
    expect(fields(ok?.content[0]?.schema)).toEqual([
      'kind:string',
      'title:string',
      'pages:integer(int32)',
      'weight:number(float)',
      'isbn:integer(int64)?',
      'tags:string[]',
      'shelf:object?',
      'subtitle:string',
      'price:number(double)',
    ]);
    // A sketch is no sample: nothing shown as an example value.
    expect(ok?.content[0]?.examples ?? []).toEqual([]);
  });

  it("should read a request's sketch of one type and one fixed value as its fields", () => {
    const read = readGeneral(
      [
        '##### POST `/v1/shelves`',
        'Example request body:',
        '```javascript\n{\n    "title": String,\n    "privacy": "private"\n}\n```',
      ].join('\n\n'),
    );
    const body = strip(operation(read, 'POST /v1/shelves').requestBody?.content[0]?.schema);
    expect(fields(body)).toEqual(['title:string', 'privacy:string']);
  });

  it('should read a sample with a comma left out at a line break', () => {
    const read = readGeneral(
      ['## Get a shelf', '`GET /shelves/{id}`', '### Response', '```json\n{\n  "id": 4\n  "name": "Poetry"\n}\n```'].join('\n\n'),
    );
    const ok = operation(read, 'GET /shelves/{id}').responses[0];
    expect(ok?.content[0]?.examples[0]?.value).toEqual({ id: 4, name: 'Poetry' });
  });
});

describe('general reader: JSON whose every value is a quoted type word (`"aliasName": "string"`)', () => {
  const PAGE = [
    '# Describe Shelf',
    '```\nPOST /v2/shelves/describe\n```',
    '### Request Body',
    '```json\n{\n  "shelfName": "string",\n  "limit": "integer<int64>",\n  "tags": "string[]",\n  "ids": ["integer"]\n}\n```',
    '### Response Body',
    '```json\n{\n  "code": "integer",\n  "data": {\n    "shelfName": "string",\n    "books": [{"title": "string", "weight": "number<double>"}],\n    "open": "boolean"\n  }\n}\n```',
    '# Get Widget',
    '```\nGET /v2/widgets/one\n```',
    '### Response Body',
    '```json\n{"name": "string", "kind": "widget"}\n```',
    '# Get Field',
    '```\nGET /v2/fields/one\n```',
    '### Response Body',
    '```json\n{"type": "string", "format": "int64"}\n```',
  ].join('\n\n');

  it('should read the fence as a type sketch, the types its words state and no example', () => {
    const read = readGeneral(PAGE);
    const op = operation(read, 'POST /v2/shelves/describe');
    const body = op.requestBody?.content[0];
    expect(fields(body?.schema)).toEqual(['shelfName:string', 'limit:integer(int64)', 'tags:string[]', 'ids:integer[]']);
    expect(body?.examples ?? []).toEqual([]);
    const ok = op.responses.find((r) => r.status.startsWith('2'))?.content[0];
    expect(fields(ok?.schema)).toEqual(['code:integer', 'data:object']);
    const data =
      strip(ok?.schema)?.kind === 'object' ? (strip(ok?.schema) as { properties: Array<{ schema: Schema }> }).properties[1] : undefined;
    expect(fields(data?.schema)).toEqual(['shelfName:string', 'books:object[]', 'open:boolean']);
    expect(ok?.examples ?? []).toEqual([]);
  });

  it('should keep a sample where any value is no type word, and JSON Schema written as JSON a sample', () => {
    const read = readGeneral(PAGE);
    for (const route of ['GET /v2/widgets/one', 'GET /v2/fields/one']) {
      const ok = operation(read, route).responses[0]?.content[0];
      expect(ok?.examples[0]?.value).toBeDefined();
    }
    expect(operation(read, 'GET /v2/widgets/one').responses[0]?.content[0]?.examples[0]?.value).toEqual({ name: 'string', kind: 'widget' });
  });
});

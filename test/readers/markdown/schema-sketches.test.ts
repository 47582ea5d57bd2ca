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

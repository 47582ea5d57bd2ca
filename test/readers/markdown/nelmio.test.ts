/**
 * NelmioApiDocBundle's Markdown dump (Symfony/FOSRest APIs): `` ### `GET` /shelves/{id}.{_format} ### ``
 * per operation, its parts `#### Requirements ####`, `#### Filters ####`, `#### Parameters ####` and
 * `#### Response ####`, each an entry per name (`**id**`, `limit:`) over a list of `Key: value` lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/nelmio/api.md'), 'utf8');

describe('general reader: NelmioApiDocBundle’s Markdown dump', () => {
  it('should read each method of `PUT|PATCH` as an operation of the route, the summary in emphasis', () => {
    const read = readGeneral(PAGE);
    expect(read.routes).toEqual([
      'GET /api/shelves.{_format}',
      'GET /api/shelves/{id}.{_format}',
      'POST /api/shelves.{_format}',
      'PUT /api/shelves/{id}.{_format}',
      'PATCH /api/shelves/{id}.{_format}',
      'DELETE /api/shelves/{id}.{_format}',
      'GET /api/books/{isbn}',
    ]);
    expect(operation(read, 'PATCH /api/shelves/{id}.{_format}').summary).toBe('Update a shelf');
    expect(parameterNames(operation(read, 'PUT /api/shelves/{id}.{_format}'))).toEqual(['path:_format*', 'path:id*']);
  });

  it('should read requirements as path parameters, the requirement the pattern Symfony anchors', () => {
    const read = readGeneral(PAGE);
    const get = operation(read, 'GET /api/shelves/{id}.{_format}');
    expect(get.parameters.map((p) => [p.in, p.name, strip(p.schema), p.description])).toEqual([
      ['path', '_format', { kind: 'string', pattern: '^(?:json|xml)$' }, undefined],
      ['path', 'id', { kind: 'integer' }, 'The shelf id'],
    ]);
    // `**edition**`, which markdown reads as the last line of `isbn`'s list: an entry of its own,
    // a query parameter (no placeholder of the route), its pattern as written (`\d` kept).
    const book = operation(read, 'GET /api/books/{isbn}');
    expect(book.parameters.map((p) => [p.in, p.name, strip(p.schema), p.description])).toEqual([
      ['path', 'isbn', { kind: 'string' }, "The book's ISBN."],
      ['query', 'edition', { kind: 'string', pattern: '^[1-9]\\d*$' }, 'Which edition.'],
    ]);
  });

  it('should read filters as query parameters and parameters as the body’s fields, nested by their brackets', () => {
    const read = readGeneral(PAGE);
    const list = operation(read, 'GET /api/shelves.{_format}');
    expect(list.parameters.map((p) => [p.in, p.name, strip(p.schema)])).toEqual([
      ['path', '_format', { kind: 'string', pattern: '^(?:json|xml)$' }],
      ['query', 'limit', { kind: 'integer', default: 10 }],
      ['query', 'floor', { kind: 'string' }],
    ]);
    const body = bodySchema(operation(read, 'POST /api/shelves.{_format}'));
    const shelf = body?.kind === 'object' ? body.properties[0] : undefined;
    expect(shelf?.name).toBe('shelf');
    expect(
      shelf?.schema.kind === 'object' && shelf.schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}`),
    ).toEqual(['name*:string', 'floor:integer', 'public:boolean']);
    expect(shelf?.schema.kind === 'object' && strip(shelf.schema.properties[1]!.schema)).toEqual({ kind: 'integer', default: 1 });
  });

  it('should read a response of `[]` and `[][id]` entries as an array of the class its type names, the items’ fields its own', () => {
    const read = readGeneral(PAGE);
    const list = operation(read, 'GET /api/shelves.{_format}');
    expect(strip(list.responses[0]?.content[0]?.schema)).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Shelf' } });
    const shelf = read.fragment?.schemas.find((named) => named.name === 'Shelf')?.schema;
    expect(shelf?.kind === 'object' && shelf.properties.map((p) => `${p.name}:${p.schema.kind}`)).toEqual(['id:integer', 'name:string']);
    const get = operation(read, 'GET /api/shelves/{id}.{_format}');
    const fields = get.responses[0]?.content[0]?.schema;
    expect(fields?.kind === 'object' && fields.properties.map((p) => `${p.name}:${p.schema.kind}`)).toEqual([
      'id:integer',
      'name:string',
      'books:array',
      'opened_at:string',
    ]);
    // A description's second paragraph is more of it.
    const books = fields?.kind === 'object' ? fields.properties[2]!.schema : undefined;
    const isbn = books?.kind === 'array' && books.items.kind === 'object' ? books.items.properties[0] : undefined;
    expect(isbn?.schema.description ?? isbn?.description).toBe("The book's ISBN. Thirteen digits.");
  });

  it('should leave a part titled so whose blocks are no entries as written', () => {
    const read = readGeneral(
      [
        '### `GET` /api/rooms/{id} ###\n\n#### Requirements ####\n\n**id**\n\n  - Type: integer\n',
        '### `GET` /api/halls ###\n\n#### Requirements ####\n\nAn API key:\n\n- Type: the key\n\nand patience.\n',
      ].join('\n'),
    );
    expect(operation(read, 'GET /api/rooms/{id}').parameters.map((p) => strip(p.schema))).toEqual([{ kind: 'integer' }]);
    expect(parameterNames(operation(read, 'GET /api/halls'))).toEqual([]);
  });
});

describe('general reader: NelmioApiDocBundle’s `ANY` routes', () => {
  it('should emit no operation for a route of any method, report it where it stands, and give its parts to no other operation', () => {
    const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/nelmio/any.md'), 'utf8'), 'api/any.md');
    expect(read.routes).toEqual(['GET /books']);
    expect(parameterNames(operation(read, 'GET /books'))).toEqual(['query:limit']);
    const reported = read.diagnostics.items.filter((d) => d.code === 'unsupported-method');
    expect(reported.map((d) => [d.message.split(':')[0], d.severity, d.source.file, d.source.start.line, d.source.start.column])).toEqual([
      ['ANY /shelves/{id}', 'warning', 'api/any.md', 14, 1],
      ['LIST /stacks/{id}', 'warning', 'api/any.md', 32, 1],
    ]);
    expect(reported[0]?.message).toContain('not emitted, nor read as one method or all of them');
  });
});

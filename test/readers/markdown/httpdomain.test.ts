import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral, strip } from './helpers.js';

const BOOKS = [
  '# Books',
  '',
  '````{http:get} /shelves/(int:shelf_id)/books/(genre)',
  '',
  'The books of one genre on a shelf.',
  '',
  '**Example request**:',
  '',
  '```http',
  'GET /shelves/7/books/poetry?limit=2 HTTP/1.1',
  'Accept: application/json',
  '```',
  '',
  '**Example response**:',
  '',
  '```http',
  'HTTP/1.1 200 OK',
  'Content-Type: application/json',
  '',
  '[{"isbn": "978-0", "title": "Odes"}]',
  '```',
  '',
  ':param shelf_id: the shelf',
  ':param genre: the genre, as the shelf',
  '   labels it',
  ':query string sort: `title` or `added`',
  ':query int limit: at most this many books',
  ':reqheader Accept: `application/json`',
  ':>jsonarr string isbn: the book’s ISBN',
  ':>jsonarr string title: the title',
  ':statuscode 200: the books',
  ':statuscode 404: there is no such shelf',
  '````',
  '',
  '```{http:post} /shelves/(int:shelf_id)/books',
  '',
  'Puts a book on a shelf.',
  '',
  ':<json string isbn: the book’s ISBN',
  ':<json integer copies: how many copies',
  ':>json string isbn: the ISBN',
  ':statuscode 201: the book is on the shelf',
  ':statuscode 409: the shelf is full',
  '```',
  '',
].join('\n');

describe('general reader: Sphinx httpdomain directives in MyST markdown', () => {
  it('should read a directive as an operation: its route, converters, parameters, headers, body fields and statuses', () => {
    const read = readGeneral(BOOKS);
    // The example request (`GET /shelves/7/books/poetry`) is a sample, no operation.
    expect(read.routes).toEqual(['GET /shelves/{shelf_id}/books/{genre}', 'POST /shelves/{shelf_id}/books']);
    const list = operation(read, 'GET /shelves/{shelf_id}/books/{genre}');
    expect(list.summary).toBe('The books of one genre on a shelf.');
    expect(list.parameters.map((p) => [p.in, p.name, p.required, p.schema.kind, p.description])).toEqual([
      // `(int:shelf_id)` types the parameter; `(genre)` states no type (a path parameter is a string).
      ['path', 'shelf_id', true, 'integer', 'the shelf'],
      ['path', 'genre', true, 'string', 'the genre, as the shelf labels it'],
      // The domain states no required flag: no query parameter is required.
      // A description of the values alone is their enum.
      ['query', 'sort', false, 'enum', '`title` or `added`'],
      ['query', 'limit', false, 'integer', 'at most this many books'],
    ]);
    // `:>jsonarr`: the response is an array of objects with these fields, on the status the page lists.
    expect(list.responses.map((r) => [r.status, r.description, strip(r.content[0]?.schema)?.kind])).toEqual([
      ['200', 'the books', 'array'],
      ['404', 'there is no such shelf', undefined],
    ]);
    const items = strip(list.responses[0]?.content[0]?.schema);
    expect(items?.kind === 'array' && items.items.kind === 'object' ? items.items.properties.map((p) => p.name) : []).toEqual([
      'isbn',
      'title',
    ]);
    expect(list.responses[0]?.content[0]?.examples.length).toBe(1);
    const add = operation(read, 'POST /shelves/{shelf_id}/books');
    expect(parameterNames(add)).toEqual(['path:shelf_id*']);
    const body = bodySchema(add);
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema.kind, p.required]) : []).toEqual([
      ['isbn', 'string', false],
      ['copies', 'integer', false],
    ]);
    expect(add.responses.map((r) => [r.status, r.content.length])).toEqual([
      ['201', 1],
      ['409', 0],
    ]);
    expect(codes(read)).toEqual([]);
  });

  it('should read colon fences, `:synopsis:`, `:type` fields and form fields, and leave the words after a directive out of it', () => {
    const read = readGeneral(
      [
        '## Orders',
        ':::{http:get} /orders/(uuid:order_id)\n:synopsis: Get an order\n:noindex:\n\nReturns one order.\n\n:param order_id: the order\n:>json string state: the state\n:>json object buyer: who ordered\n:>json string buyer.name: the name\n:statuscode 200:\n:::',
        'Orders older than a year are archived, as this shows:',
        '```json\n{"archived": true}\n```',
        ':::{http:put} /orders/(order_id)/notes\n\n:type order_id: uuid\n:param order_id: the order\n:form text: the note\n:statuscode 204: saved\n:::',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /orders/{order_id}', 'PUT /orders/{order_id}/notes']);
    const get = operation(read, 'GET /orders/{order_id}');
    expect(get.summary).toBe('Get an order');
    expect(get.parameters.map((p) => [p.name, p.schema.kind, p.schema.kind === 'string' ? p.schema.format : undefined])).toEqual([
      ['order_id', 'string', 'uuid'],
    ]);
    const [ok] = get.responses;
    const schema = strip(ok?.content[0]?.schema);
    expect([ok?.status, ok?.content[0]?.examples.length]).toEqual(['200', 0]);
    expect(schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind]) : []).toEqual([
      ['state', 'string'],
      ['buyer', 'object'],
    ]);
    const put = operation(read, 'PUT /orders/{order_id}/notes');
    expect(put.parameters.map((p) => [p.name, p.schema.kind === 'string' ? p.schema.format : p.schema.kind])).toEqual([
      ['order_id', 'uuid'],
    ]);
    // A form field states no type.
    const body = bodySchema(put);
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema.kind]) : []).toEqual([['text', 'unknown']]);
  });

  it('should leave other directives and an unknown field as they are', () => {
    const read = readGeneral(
      '# Notes\n\n```{note}\nGET /users is paged.\n```\n\n```{http:get} /users\n\n:unknownfield x: kept as prose\n```\n',
    );
    expect(read.routes).toEqual(['GET /users']);
    expect(operation(read, 'GET /users').summary).toBe(':unknownfield x: kept as prose');
  });

  it('should read the domain’s reST directives in an `{eval-rst}` fence, their `.. sourcecode::` blocks as samples', () => {
    const read = readGeneral(
      [
        '# Lamps',
        '```{eval-rst}',
        '.. http:get:: /lamps/(int:lamp_id)',
        '',
        '   One lamp.',
        '',
        '   **Example response**:',
        '',
        '   .. sourcecode:: http',
        '',
        '      HTTP/1.1 200 OK',
        '      Content-Type: application/json',
        '',
        '      {"lamp_id": 3, "on": true}',
        '',
        '   :query fields: ``on`` or ``lamp_id``',
        '   :>json boolean on: whether it is lit',
        '   :statuscode 200: the lamp',
        '',
        '.. http:delete:: /lamps/(int:lamp_id)',
        '',
        '   :statuscode 204: removed',
        '```',
        'Lamps are switched off at night.',
      ].join('\n'),
    );
    expect(read.routes).toEqual(['GET /lamps/{lamp_id}', 'DELETE /lamps/{lamp_id}']);
    const get = operation(read, 'GET /lamps/{lamp_id}');
    expect(get.summary).toBe('One lamp.');
    expect(get.parameters.map((p) => [p.in, p.name, p.schema.kind, p.description])).toEqual([
      ['path', 'lamp_id', 'integer', undefined],
      ['query', 'fields', 'enum', '`on` or `lamp_id`'],
    ]);
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples.length])).toEqual([['200', 1]]);
    expect(operation(read, 'DELETE /lamps/{lamp_id}').responses.map((r) => r.status)).toEqual(['204']);
  });
});

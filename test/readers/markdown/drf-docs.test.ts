/**
 * Django REST framework's API docs (`include_docs_urls`, a coreapi schema rendered as one HTML
 * page): per action an `<h3>` title, the method badge and `<code>` route, then `Path Parameters`,
 * `Query Parameters` and `Request Body` tables of `Parameter | Description`, a name cell's `required`
 * badge its flag; the coreapi client calls and the interaction dialog beside them. drf-docs (its docs
 * package): per endpoint a heading of the route over the list of its methods, its serializer's fields.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/drf-docs/index.html'), 'utf8');
const FILE = 'api/index.html';
const DRF_DOCS = readFileSync(path.join(import.meta.dirname, 'fixtures/drf-docs/drfdocs.html'), 'utf8');

describe('general reader: Django REST framework’s API docs page', () => {
  it('should read a name cell’s `required` badge as the row’s required flag', () => {
    const read = readGeneral(PAGE, FILE);
    expect(parameterNames(operation(read, 'GET /books'))).toEqual(['query:q*']);
    expect(parameterNames(operation(read, 'GET /shelves'))).toEqual(['query:page', 'query:floor']);
    const body = operation(read, 'POST /shelves').requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['name*', 'floor']);
    expect(body?.kind === 'object' && body.properties[0]!.description).toBe("The shelf's name.");
  });

  it('should leave a badge of other words, or outside a table’s cell, as written', () => {
    const read = readGeneral(
      [
        '<h3>list</h3>',
        '<p><span class="label label-primary">GET</span> <code>/rooms/</code></p>',
        '<p>Rooms. <span class="label label-warning">required</span></p>',
        '<h4>Query Parameters</h4>',
        '<table><thead><tr><th>Parameter</th><th>Description</th></tr></thead><tbody>',
        '<tr><td><code>size</code> <span class="label label-warning">required</span></td><td>Seats.</td></tr>',
        '<tr><td><code>wing</code> <span class="label label-info">deprecated</span></td><td>The wing.</td></tr>',
        '</tbody></table>',
      ].join('\n'),
      FILE,
    );
    const list = operation(read, 'GET /rooms');
    expect(parameterNames(list)).toEqual(['query:size*', 'query:wing']);
  });

  it('should leave coreapi’s client calls beside each action out of its parts', () => {
    const read = readGeneral(PAGE, FILE);
    const create = operation(read, 'POST /shelves').requestBody;
    expect(create?.description).toBe(
      'The request body should be a "application/json" encoded object, containing the following\u00a0items.',
    );
    expect(create?.content.map((c) => c.mediaType)).toEqual(['application/json']);
    expect(operation(read, 'PATCH /shelves/{id}').requestBody?.content.map((c) => c.mediaType)).toEqual(['multipart/form-data']);
  });

  it('should read a body that "should contain a single item" as that item, its row’s words the body’s', () => {
    const read = readGeneral(PAGE, FILE);
    const body = operation(read, 'POST /books/import').requestBody;
    expect(body?.content[0]?.schema?.kind).toBe('unknown');
    expect(body?.description).toBe(
      'The request body should be "application/json" encoded, and should contain a single item.\n\nThe books to import.',
    );
  });
});

describe('general reader: drf-docs pages', () => {
  it('should read a route’s heading over the list of its methods as an operation per method', () => {
    const read = readGeneral(DRF_DOCS, FILE);
    expect(read.routes).toEqual([
      'GET /api/shelves',
      'OPTIONS /api/shelves',
      'POST /api/shelves',
      'GET /api/shelves/{pk}',
      'PUT /api/shelves/{pk}',
      'PATCH /api/shelves/{pk}',
      'DELETE /api/shelves/{pk}',
      'OPTIONS /api/shelves/{pk}',
      'GET /api/books',
      'OPTIONS /api/books',
      'OPTIONS /api/books/import',
      'POST /api/books/import',
    ]);
    expect(operation(read, 'GET /api/shelves').summary).toBe('List the shelves or create one.');
    // Neither the route alone nor the live-API dialog's close button (`×`) names the operation.
    expect(['×', '/api/shelves/<pk>/']).not.toContain(operation(read, 'PUT /api/shelves/{pk}').summary);
    expect(parameterNames(operation(read, 'DELETE /api/shelves/{pk}'))).toEqual(['path:pk*']);
    // A list of other words under a route's heading is left as written.
    expect(readGeneral('#### /api/rooms/\n\n- GET\n- Rooms by floor\n').routes).toEqual([]);
  });

  it('should read `Fields:` as the body of the methods that send one, each field’s class its type, `R` its flag', () => {
    const read = readGeneral(DRF_DOCS, FILE);
    const body = bodySchema(operation(read, 'POST /api/shelves'));
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${JSON.stringify(p.schema)}`)).toEqual([
      'name*:{"kind":"string"}',
      'floor:{"kind":"integer"}',
      'opened:{"kind":"string","format":"date-time"}',
    ]);
    // The endpoint's other methods send none; both keep the docstring.
    expect(operation(read, 'GET /api/shelves').requestBody).toBeUndefined();
    expect(operation(read, 'OPTIONS /api/shelves').requestBody).toBeUndefined();
    expect(operation(read, 'POST /api/shelves').summary).toBe('List the shelves or create one.');
    // A class that states no JSON type leaves it open; `Array of objects` is an array; `Choices` over a list an enum of them.
    const imported = bodySchema(operation(read, 'POST /api/books/import'));
    expect(imported?.kind === 'object' && imported.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}`)).toEqual([
      'shelf*:unknown',
      'tags:array',
      'format:enum',
    ]);
    // "No fields." is no summary.
    expect(operation(read, 'PUT /api/shelves/{pk}').summary).toBeUndefined();
  });

  it('should read a field’s sub-fields as its object’s properties, and its choices as an enum', () => {
    const page = readFileSync(path.join(import.meta.dirname, 'fixtures/drf-docs/nested.html'), 'utf8');
    const body = bodySchema(operation(readGeneral(page, 'api/readers.html'), 'POST /api/readers'));
    expect(JSON.stringify(strip(body))).toBe(
      JSON.stringify({
        kind: 'object',
        properties: [
          { name: 'name', schema: { kind: 'string' }, required: true },
          {
            name: 'address',
            schema: {
              kind: 'object',
              properties: [
                { name: 'street', schema: { kind: 'string' }, required: true },
                { name: 'town', schema: { kind: 'string' }, required: false },
              ],
            },
            required: true,
          },
          {
            name: 'state',
            schema: { kind: 'enum', base: 'string', values: [{ value: 'draft' }, { value: 'published' }] },
            required: false,
          },
          {
            name: 'digest',
            schema: { kind: 'enum', base: 'string', values: [{ value: 'weekly' }, { value: 'monthly' }] },
            required: false,
          },
          { name: 'visits', schema: { kind: 'integer' }, required: false },
        ],
      }),
    );
  });

  it('should read a markdown page’s sub-fields and a `Choices:` line of the field’s item alike', () => {
    const page = [
      '#### /api/readers/',
      '',
      '- POST',
      '',
      'Fields:',
      '',
      '- address: AddressSerializer R',
      '  - street: CharField R',
      '- state: ChoiceField',
      '  Choices: draft, published',
      '',
    ].join('\n');
    const body = bodySchema(operation(readGeneral(page), 'POST /api/readers'));
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${JSON.stringify(p.schema)}`)).toEqual([
      'address*:{"kind":"object","properties":[{"name":"street","schema":{"kind":"string"},"required":true}]}',
      'state:{"kind":"enum","base":"string","values":[{"value":"draft"},{"value":"published"}]}',
    ]);
  });
});

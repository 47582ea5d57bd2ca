import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** A page written as Kubernetes' generated reference writes its operations. */
const PAGE = [
  '## Shelf {#Shelf}',
  'A shelf holds books.',
  '<hr>',
  '- **apiVersion**: library.example.com/v1\n\n\n- **metadata** (<a href="#ObjectMeta">ObjectMeta</a>)\n\n  Standard metadata, as <a href="#ObjectMeta">ObjectMeta</a> has it.\n\n- **books** ([]<a href="#Book">Book</a>), required\n\n  The books on the shelf.\n\n- **labels** (map[string]string)\n\n  Labels of the shelf.',
  '## Operations {#Operations}',
  '### `get` read the specified Shelf',
  '#### HTTP Request',
  'GET /apis/library.example.com/v1/shelves/{name}',
  '#### Parameters',
  '- **name** (*in path*): string, required\n\n  name of the Shelf\n\n\n- **limit** (*in query*): integer\n\n  <a href="#limit">limit</a>\n\n\n- **pretty** (*in query*): string\n\n  <a href="#pretty">pretty</a>',
  '#### Response',
  '200 (<a href="#Shelf">Shelf</a>): OK',
  '401: Unauthorized',
  '### `replace` replace the specified Shelf',
  '#### HTTP Request',
  'PUT /apis/library.example.com/v1/shelves/{name}',
  '#### Parameters',
  '- **name** (*in path*): string, required\n\n  name of the Shelf\n\n\n- **body**: <a href="#Shelf">Shelf</a>, required\n\n  \n\n\n- **dryRun** (*in query*): string\n\n  <a href="#dryRun">dryRun</a>',
  '#### Response',
  '200 (<a href="#Shelf">Shelf</a>): OK',
  '201 (<a href="#Shelf">Shelf</a>): Created',
  '401: Unauthorized',
  '### `delete` delete a Shelf',
  '#### HTTP Request',
  'DELETE /apis/library.example.com/v1/shelves/{name}',
  '#### Parameters',
  '- **name** (*in path*): string, required\n\n  name of the Shelf\n\n\n- **body**: <a href="#DeleteOptions">DeleteOptions</a>\n\n  \n\n\n- **gracePeriodSeconds** (*in query*): integer\n\n  seconds to wait',
  '#### Response',
  '200 (<a href="#Status">Status</a>): OK',
  '401: Unauthorized',
].join('\n\n');

describe('general reader: parameters lists that state where each parameter travels', () => {
  it("should read an item's `(*in path*)` / `(*in query*)` note as its location, the type and flag after the colon", () => {
    const read = readGeneral(PAGE);
    const get = operation(read, 'GET /apis/library.example.com/v1/shelves/{name}');
    expect(parameterNames(get)).toEqual(['path:name*', 'query:limit', 'query:pretty']);
    expect(strip(get.parameters.map((p) => [p.name, p.schema]))).toEqual([
      ['name', { kind: 'string' }],
      ['limit', { kind: 'integer' }],
      ['pretty', { kind: 'string' }],
    ]);
    expect(get.parameters[0]?.description).toBe('name of the Shelf');
    // A note in parentheses in a list that is no parameters list says nothing of a location.
    const notes = readGeneral(
      ['## Get a book', '`GET /books/{id}`', 'Notes:', '- Books are sorted (in query order): by title', '- Deleted books are hidden'].join(
        '\n\n',
      ),
    );
    expect(parameterNames(operation(notes, 'GET /books/{id}'))).toEqual(['path:id*']);
  });

  it('should read the item named `body` beside located ones as the request body, typed by the schema its link names', () => {
    const read = readGeneral(PAGE);
    const put = operation(read, 'PUT /apis/library.example.com/v1/shelves/{name}');
    expect(parameterNames(put)).toEqual(['path:name*', 'query:dryRun']);
    expect(put.requestBody?.required).toBe(true);
    expect(bodySchema(put)).toMatchObject({ kind: 'ref', name: 'Shelf' });
    // Stated without `required`: the body may be left out.
    const remove = operation(read, 'DELETE /apis/library.example.com/v1/shelves/{name}');
    expect(parameterNames(remove)).toEqual(['path:name*', 'query:gracePeriodSeconds']);
    expect(remove.requestBody?.required).toBe(false);
    expect(bodySchema(remove)).toMatchObject({ kind: 'ref', name: 'DeleteOptions' });
  });
});

describe("general reader: an operation's name in code opening its heading", () => {
  it('should read `` ### `get` read the specified Shelf `` as the summary "read the specified Shelf"', () => {
    const read = readGeneral(PAGE);
    expect(read.fragment?.operations.map((o) => o.summary)).toEqual([
      'read the specified Shelf',
      'replace the specified Shelf',
      'delete a Shelf',
    ]);
  });
});

describe('general reader: one-line statuses under a response title', () => {
  it("should read `200 (Shelf): OK` and `401: Unauthorized` paragraphs as the statuses, the parenthesised name each one's body", () => {
    const read = readGeneral(PAGE);
    const put = operation(read, 'PUT /apis/library.example.com/v1/shelves/{name}');
    expect(put.responses.map((r) => `${r.status}: ${r.description}`)).toEqual(['200: OK', '201: Created', '401: Unauthorized']);
    expect(strip(put.responses[0]?.content[0]?.schema)).toMatchObject({ kind: 'ref', name: 'Shelf' });
    expect(put.responses[2]?.content).toEqual([]);
    const remove = operation(read, 'DELETE /apis/library.example.com/v1/shelves/{name}');
    expect(strip(remove.responses[0]?.content[0]?.schema)).toMatchObject({ kind: 'ref', name: 'Status' });
    // Under any other title such a line is prose.
    const notes = readGeneral(['## Count books', '`GET /books/count`', '#### Notes', '200: OK'].join('\n\n'));
    expect(operation(notes, 'GET /books/count').responses.map((r) => r.status)).not.toContain('200');
  });
});

describe('general reader: a type headed by its name, its id that name', () => {
  it('should read `## Shelf {#Shelf}` over an attribute list as the type, the fields typed by the names their links give', () => {
    const read = readGeneral(PAGE);
    const shelf = read.fragment?.schemas.find((schema) => schema.name === 'Shelf');
    expect(strip(shelf?.schema)).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'apiVersion', required: false },
        { name: 'metadata', required: false, schema: { kind: 'ref', name: 'ObjectMeta' } },
        { name: 'books', required: true, schema: { kind: 'array', items: { kind: 'ref', name: 'Book' } } },
        { name: 'labels', required: false, schema: { kind: 'map' } },
      ],
    });
  });
});

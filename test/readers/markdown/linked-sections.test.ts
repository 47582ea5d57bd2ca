import { describe, expect, it } from 'vitest';
import type { NamedSchema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const SHELF_DATA = [
  '## Shelf data',
  '!!! note\n\n    Shelves of a closed branch keep their books.',
  '| field | type | Description |\n|---|---|---|\n| `id` | int | ID of the shelf |\n| `label` | string | What the shelf is called |\n| `books` | string[] | The books on it |',
  '### Placement',
  '| field | type | Description |\n|---|---|---|\n| `aisle` | int | The aisle the shelf stands in |',
].join('\n\n');

/** The JSON bodies of an operation's responses, by status. */
function bodies(read: ReturnType<typeof readGeneral>, route: string): Record<string, unknown> {
  return Object.fromEntries(operation(read, route).responses.map((r) => [r.status, strip(r.content[0]?.schema)]));
}

function fieldsOf(read: ReturnType<typeof readGeneral>, name: string): string[] {
  const named = read.fragment?.schemas.find((s: NamedSchema) => s.name === name);
  return named?.schema.kind === 'object' ? named.schema.properties.map((p) => p.name) : [];
}

describe('general reader: a body documented by a link to the section that tabulates its fields', () => {
  it('should read `- Data:` ⏎ `See [Shelf data](#shelf-data)` under a response as the success’s body of that section’s type', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Create a shelf',
        '* Method: `POST`\n* Endpoint: `/shelves/{libraryId}`\n* Data:',
        '| field | type | Description |\n|---|---|---|\n| `label` | string | What the shelf is called |',
        [
          '* Response:',
          '    - Status code:',
          '        + `201 Created`',
          '        + `404 Not Found` When the library could not be found',
          '',
          '    - Data:',
          '',
          '        See [Shelf data](#shelf-data)',
        ].join('\n'),
        '## Remove a shelf',
        '* Method: `DELETE`\n* Endpoint: `/shelves/{libraryId}/{shelfId}`',
        ['* Response:', '    - Status code:', '        + `200 OK`', '', '    - Data:', '', '      See [Shelf data](#shelf-data)'].join(
          '\n',
        ),
        SHELF_DATA,
      ].join('\n\n'),
    );
    expect(bodies(read, 'POST /shelves/{libraryId}')).toEqual({ '201': { kind: 'ref', name: 'ShelfData' }, '404': undefined });
    expect(bodies(read, 'DELETE /shelves/{libraryId}/{shelfId}')).toEqual({ '200': { kind: 'ref', name: 'ShelfData' } });
    // The section's own table is the type; the one under its subheading is no field of it.
    expect(fieldsOf(read, 'ShelfData')).toEqual(['id', 'label', 'books']);
    // The request's own table stays its body.
    expect(bodySchema(operation(read, 'POST /shelves/{libraryId}'))).toMatchObject({ kind: 'object' });
  });

  it('should read a link alone under a body’s heading, and a title and its link in one paragraph (a list of it for "an array of")', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Get a shelf',
        '`GET /shelves/{id}`',
        '### Response',
        'See [Shelf data](#shelf-data) below.',
        '## List shelves',
        '`GET /shelves`',
        '**Response**: an array of [Shelf data](#shelf-data)',
        '## Add a shelf',
        '`POST /shelves`',
        '**Request body**: see [Shelf data](#shelf-data)',
        SHELF_DATA,
      ].join('\n\n'),
    );
    expect(bodies(read, 'GET /shelves/{id}')).toEqual({ '2XX': { kind: 'ref', name: 'ShelfData' } });
    expect(bodies(read, 'GET /shelves')).toEqual({ '2XX': { kind: 'array', items: { kind: 'ref', name: 'ShelfData' } } });
    expect(bodySchema(operation(read, 'POST /shelves'))).toEqual({ kind: 'ref', name: 'ShelfData' });
    expect(fieldsOf(read, 'ShelfData')).toEqual(['id', 'label', 'books']);
  });

  it('should read "a" before the link as its one object: `Response: a [shelf object](#shelf-object)`, "A [Shelf data](#shelf-data)." under a body’s heading', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Get a shelf',
        '`GET /shelves/{id}`',
        'Response: a [shelf object](#shelf-object)',
        '## Find a shelf',
        '`GET /shelves/find`',
        '### Response',
        'A [Shelf data](#shelf-data).',
        '## Shelf object',
        '| field | type | Description |\n|---|---|---|\n| `id` | int | ID of the shelf |',
        SHELF_DATA,
      ].join('\n\n'),
    );
    expect(bodies(read, 'GET /shelves/{id}')).toEqual({ '2XX': { kind: 'ref', name: 'Shelf' } });
    expect(bodies(read, 'GET /shelves/find')).toEqual({ '2XX': { kind: 'ref', name: 'ShelfData' } });
  });

  it('should read `* Data:` over a link before the response as the request’s body where the method sends one, and as nothing where it does not', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Add a shelf',
        '* Method: `POST`\n* Endpoint: `/shelves`\n* Data: see [Shelf data](#shelf-data)',
        '## Find shelves',
        '* Method: `GET`\n* Endpoint: `/shelves`\n* Data: see [Shelf data](#shelf-data)',
        SHELF_DATA,
      ].join('\n\n'),
    );
    expect(bodySchema(operation(read, 'POST /shelves'))).toEqual({ kind: 'ref', name: 'ShelfData' });
    expect(operation(read, 'GET /shelves').requestBody).toBeUndefined();
    expect(operation(read, 'GET /shelves').parameters).toEqual([]);
  });

  it('should name the type as a heading that names an object does (`### Shelf object` is `Shelf`), and read a link to the page by its file name, with or without its extension, or its site’s page (`shelves.html`)', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Get a shelf',
        '* Method: `GET`\n* Endpoint: `/shelves/{id}`',
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [the shelf](shelves.md#shelf-object)',
        '## Get the first shelf',
        '* Method: `GET`\n* Endpoint: `/shelves/first`',
        // The page's name without its extension, as docs sites write links: the same page.
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [the shelf](shelves#shelf-object)',
        '## Get the last shelf',
        '* Method: `GET`\n* Endpoint: `/shelves/last`',
        // The site's page made of it: the same page.
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [the shelf](./shelves.html#shelf-object)',
        '## Get any shelf',
        '* Method: `GET`\n* Endpoint: `/shelves/any`',
        // The page itself without an anchor, by its site's name: no other page's section.
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [the shelves](shelves.html)',
        '## Objects',
        '### Shelf object',
        '| field | type | Description |\n|---|---|---|\n| `id` | int | ID of the shelf |',
      ].join('\n\n'),
      'api/shelves.md',
    );
    expect(bodies(read, 'GET /shelves/{id}')).toEqual({ '200': { kind: 'ref', name: 'Shelf' } });
    expect(bodies(read, 'GET /shelves/first')).toEqual({ '200': { kind: 'ref', name: 'Shelf' } });
    expect(bodies(read, 'GET /shelves/last')).toEqual({ '200': { kind: 'ref', name: 'Shelf' } });
    expect(bodies(read, 'GET /shelves/any')).toEqual({ '200': undefined });
    expect(read.fragment?.links).toBeUndefined();
    expect(fieldsOf(read, 'Shelf')).toEqual(['id']);
  });

  it('should read a link to a heading as docs sites name it: its `{#id}`, its punctuation slugged apart', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Get a shelf',
        '* Method: `GET`\n* Endpoint: `/shelves/{id}`',
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [the shelf](#shelf)',
        '## Get the books',
        '* Method: `GET`\n* Endpoint: `/shelves/{id}/books`',
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [the books](#shelves-books)',
        '## Objects',
        '### Shelf data {#shelf}',
        '| field | type | Description |\n|---|---|---|\n| `id` | int | ID of the shelf |',
        '### Shelves & books',
        '| field | type | Description |\n|---|---|---|\n| `title` | string | The book’s title |',
      ].join('\n\n'),
      'api/shelves.md',
    );
    expect(bodies(read, 'GET /shelves/{id}')).toEqual({ '200': { kind: 'ref', name: 'ShelfData' } });
    expect(bodies(read, 'GET /shelves/{id}/books')).toEqual({ '200': { kind: 'ref', name: 'ShelvesAndBooks' } });
    expect(fieldsOf(read, 'ShelvesAndBooks')).toEqual(['title']);
  });

  it('should add nothing where the link goes to a section without a field table or to an operation, nor bind a table no body links to, and leave another page’s section to the merge', () => {
    const read = readGeneral(
      [
        '# Shelves API',
        '## Get a shelf',
        '* Method: `GET`\n* Endpoint: `/shelves/{id}`',
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [Shelf data](#shelf-data)',
        '## Check a shelf',
        '* Method: `GET`\n* Endpoint: `/shelves/{id}/check`',
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [Shelf rules](#shelf-rules)',
        '## Move a shelf',
        '* Method: `PUT`\n* Endpoint: `/shelves/{id}/branch`',
        '| field | type | Description |\n|---|---|---|\n| `branch` | int | The branch it goes to |',
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [Get a shelf](#get-a-shelf)',
        '## Count the shelves',
        '* Method: `GET`\n* Endpoint: `/shelves/count`',
        '* Response:\n    - Status code:\n        + `200 OK`\n\n    - Data:\n\n        See [Shelf data](branches.md#shelf-data)',
        '## Shelf rules',
        'A shelf holds at most 40 books.',
        '## Shelf data',
        '| field | type | Description |\n|---|---|---|\n| `id` | int | ID of the shelf |',
        // A resource's properties atop its section, its operations below, none saying it returns them.
        '## Branches',
        '### Properties',
        '| Name | Type | Description |\n| --- | --- | --- |\n| id | text | |\n| title | text | The branch title. |',
        '### GET /branches/:id',
        'Gets branch with ID :id',
      ].join('\n\n'),
      'api/shelves.md',
    );
    expect(bodies(read, 'GET /shelves/{id}')).toEqual({ '200': { kind: 'ref', name: 'ShelfData' } });
    expect(bodies(read, 'GET /shelves/{id}/check')).toEqual({ '200': undefined });
    expect(bodies(read, 'PUT /shelves/{id}/branch')).toEqual({ '200': undefined });
    // Another page's section: a placeholder the merge resolves (test/merge/page-links.test.ts).
    expect(bodies(read, 'GET /shelves/count')).toEqual({ '200': { kind: 'ref', name: 'SpecdownPageLink1' } });
    expect(read.fragment?.links?.map(({ key, file, anchor }) => ({ key, file, anchor }))).toEqual([
      { key: 'SpecdownPageLink1', file: 'api/branches.md', anchor: 'shelf-data' },
    ]);
    expect(operation(read, 'GET /branches/{id}').responses).toEqual([]);
    expect(read.fragment?.schemas.map((s) => s.name)).toEqual(['ShelfData']);
  });
});

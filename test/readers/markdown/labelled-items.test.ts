import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, parameterNames, readGeneral } from './helpers.js';

/** A "shelves" API written as self-hosted apps write their REST pages: a list labelling the method and the route, a `Data:` table, nested statuses. */
const PAGE = [
  '# Shelves API',
  '## Create a shelf',
  '* Method: `POST`\n* Endpoint: `/shelves/{libraryId}`\n* Data:',
  '| field | type | Description |\n|---|---|---|\n| `label` | string | What the shelf is called |\n| `capacity` | int | How many books it holds |',
  [
    '* Response:',
    '    - Status code:',
    '        + `201 Created`',
    '        + `400 Bad Request` When the label is too long',
    '        + `404 Not Found` When the library could not be found',
    '',
    '    - Data:',
    '',
    '        See [Shelf data](#shelf-data)',
  ].join('\n'),
  '## Remove a shelf',
  '* Method: `DELETE`\n* Endpoint: `/shelves/{libraryId}/{shelfId}`',
  '* Response:\n    - Status code:\n        + `200 OK`\n        + `403 Forbidden` When the user may not edit the library',
].join('\n\n');

describe('general reader: a list labelling the method and the route, each its own item (`* Method: `POST`` ⏎ `* Endpoint: `/x``)', () => {
  it('should read the request line the two items state, and the table under the list as its body', () => {
    const read = readGeneral(PAGE);
    expect([...read.routes].sort()).toEqual(['DELETE /shelves/{libraryId}/{shelfId}', 'POST /shelves/{libraryId}']);
    const create = operation(read, 'POST /shelves/{libraryId}');
    expect(parameterNames(create)).toEqual(['path:libraryId*']);
    expect((bodySchema(create) as { properties: Array<{ name: string }> }).properties.map((p) => p.name)).toEqual(['label', 'capacity']);
  });

  it('should not take a list naming a method or a route alone (prose, a sample) for a request line', () => {
    const read = readGeneral(
      [
        '## List shelves',
        '`GET /shelves`',
        '* Method: any client may call it\n* Endpoint: see the overview',
        '* Route: `/shelves/7` is an example shelf',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['GET /shelves']);
  });
});

describe('general reader: statuses listed under a title nested in a part titled in the list (`* Response:` ⏎ `- Status code:` ⏎ `+ `201 Created``)', () => {
  it('should read each nested status with its condition', () => {
    const read = readGeneral(PAGE);
    expect(operation(read, 'POST /shelves/{libraryId}').responses.map((r) => r.status)).toEqual(['201', '400', '404']);
    expect(operation(read, 'DELETE /shelves/{libraryId}/{shelfId}').responses.map((r) => r.status)).toEqual(['200', '403']);
    expect(operation(read, 'DELETE /shelves/{libraryId}/{shelfId}').responses[1]?.description).toContain('may not edit');
    expect(codes(read)).not.toContain('malformed-row');
  });

  it('should read a status listed once per condition as one status, its conditions a line each', () => {
    const read = readGeneral(
      [
        '## Lend a book',
        '* Method: `POST`\n* Endpoint: `/loans/{bookId}`',
        [
          '* Response:',
          '    - Status code:',
          '        + `201 Created`',
          '        + `404 Not Found` When the book could not be found',
          '        + `404 Not Found` When the reader could not be found',
        ].join('\n'),
      ].join('\n\n'),
    );
    const lend = operation(read, 'POST /loans/{bookId}');
    expect(lend.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created'],
      ['404', 'When the book could not be found\nWhen the reader could not be found'],
    ]);
    expect(codes(read)).not.toContain('malformed-row');
  });

  it('should leave the items that label the method and the route out of the operation’s description, the other items in', () => {
    const read = readGeneral(
      ['## Shelves: Add', '- Endpoint: `/shelves/{shelf}/books`\n- Method: PUT\n- Authorization: Included', 'Adds books to a shelf.'].join(
        '\n\n',
      ),
    );
    expect(operation(read, 'PUT /shelves/{shelf}/books').description).toBe('- Authorization: Included\n\nAdds books to a shelf.');
    const only = readGeneral(
      ['## Shelves: List', '* Method: `GET`\n* Endpoint: `/shelves`', 'Lists the shelves.', 'Newest first.'].join('\n\n'),
    );
    expect(operation(only, 'GET /shelves').description).toBe('Lists the shelves.\n\nNewest first.');
  });
});

import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

describe('general reader: a list of plain names under a parameters title', () => {
  it('should read each name as a parameter, its note the flag, the default or the description', () => {
    const read = readGeneral(
      [
        '#### List a shelf’s books',
        '**GET** https://books.example.com/api/v1/shelves/{shelf_id}/books/',
        '**Request parameters**',
        '* shelf_id\n* page (default 1)\n* per_page (not necessary)\n* genre, the genre the books are listed under\n* lang (`en` or `fr`)\n* signed=true',
        '#### Lend a book',
        '**POST** https://books.example.com/api/v1/loans/',
        '**Request parameters**',
        '* book_id (required)\n* reader',
        '#### Return a book',
        '**DELETE** https://books.example.com/api/v1/loans/{loan_id}/',
        '**Request parameters**',
        '* Loans are closed when the book is back.',
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /api/v1/shelves/{shelf_id}/books');
    expect(parameterNames(list)).toEqual(['path:shelf_id*', 'query:page', 'query:per_page', 'query:genre', 'query:lang', 'query:signed']);
    const byName = new Map(list.parameters.map((p) => [p.name, strip(p)]));
    expect(byName.get('page')?.schema).toMatchObject({ kind: 'integer', default: 1 });
    expect(byName.get('genre')?.description).toBe('the genre the books are listed under');
    expect(byName.get('lang')?.description).toBe('`en` or `fr`');
    expect(byName.get('signed')?.schema.kind).toBe('boolean');
    const lend = operation(read, 'POST /api/v1/loans');
    const fields = strip(lend.requestBody?.content[0]?.schema);
    expect(fields?.kind === 'object' && fields.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['book_id*', 'reader']);
    // A sentence is no name: nothing read.
    expect(parameterNames(operation(read, 'DELETE /api/v1/loans/{loan_id}'))).toEqual(['path:loan_id*']);
  });
});

describe('general reader: a bare list of names right under a request line, no title (Seafile’s web API)', () => {
  it('should read a name the route names as that path parameter, and make no parameter of a name nothing places', () => {
    const read = readGeneral(
      [
        '## Get Shelf Entry',
        '```\nGET https://books.example.com/api2/shelves/{shelf-id}/entry/?p=/foo\n```',
        '* shelf-id\n* p',
        '**Sample request**',
        '```\ncurl -H "Authorization: Token 24fd" "https://books.example.com/api2/shelves/dae8cecc/entry/?p=/foo"\n```',
        '## Delete Shelf',
        '```\nDELETE https://books.example.com/api2/shelves/{shelf-id}/\n```',
        '* shelf-id\n* force',
        '## Shelf Features',
        '```\nGET https://books.example.com/api2/shelves/{shelf-id}/features/\n```',
        '* fast\n* cheap',
      ].join('\n\n'),
    );
    const undocumented = read.diagnostics.items.filter((d) => d.code === 'path-parameter-undocumented').map((d) => d.message);
    expect(undocumented.filter((message) => !message.includes('/features'))).toEqual([]);
    // `p` is the request line's query, as it shows it; `force` the page does not place: none.
    expect(parameterNames(operation(read, 'GET /api2/shelves/{shelf-id}/entry'))).toEqual(['path:shelf-id*', 'query:p']);
    expect(parameterNames(operation(read, 'DELETE /api2/shelves/{shelf-id}'))).toEqual(['path:shelf-id*']);
    // A list naming none of the route's names is no list of parameters: its path parameter stays undocumented.
    expect(undocumented.filter((message) => message.includes('/features'))).toHaveLength(1);
  });
});

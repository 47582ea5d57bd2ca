import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { mergeFragments } from '../../../src/merge/index.js';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

/** A Hugo reference: `{#id}` headings, a facts paragraph under the request line, definition lists, status headings. */
const HUGO_PAGE = [
  '## Lend a book {#lend}',
  '```http\nPOST /api/v1/loans HTTP/1.1\n```',
  '**Returns:** [Loan]({{< relref "entities/loan" >}})\\\n**OAuth:** Reader token\\\n**Version history:**\\\n1.2.0 - added',
  '#### Request',
  '```\nPOST /api/v1/loans HTTP/1.1\nContent-Type: application/json\n\n{\n  "book_id": "42",\n  "days": 14,\n}\n```',
  '##### Form data parameters',
  'book_id\n: {{<required>}} String. The book to lend.',
  'days\n: Integer. How long the loan lasts.',
  '#### Response',
  '##### 200: OK',
  '```json\n{"id": "7", "book_id": "42"}\n```',
  '## Return a book {#return}',
  '```http\nDELETE /api/v1/loans/:id HTTP/1.1\n```',
  'Ends the loan.',
].join('\n\n');

describe('general reader: resource references (Hugo method pages, Discord resource pages)', () => {
  it("should take a heading's title without its `{#id}` for the summary, never a paragraph of `**Returns:**`-style facts", () => {
    const read = readGeneral(HUGO_PAGE);
    const lend = operation(read, 'POST /api/v1/loans');
    expect(lend.summary).toBe('Lend a book');
    // The facts stay the operation's words.
    expect(lend.description).toContain('**OAuth:** Reader token');
    expect(operation(read, 'DELETE /api/v1/loans/{id}').summary).toBe('Ends the loan.');
    // Hugo's own: `## Return a book {#return}` over nothing but prose keeps its prose.
    const bare = readGeneral('## Renew a loan {#renew}\n\n```http\nPOST /api/v1/loans/:id/renew HTTP/1.1\n```\n');
    expect(operation(bare, 'POST /api/v1/loans/{id}/renew').summary).toBe('Renew a loan');
  });

  it('should read a link to a Hugo shortcode (`[Loan]({{< relref … >}})`) as its text, and `String or Array of Strings.` as both types', () => {
    const read = readGeneral(
      [
        '## Reserve a book {#reserve}',
        '```http\nPOST /api/v1/reservations HTTP/1.1\n```',
        'Reserves a book, returning a [Reservation]({{< relref "entities/reservation" >}}).',
        '##### Form data parameters',
        'book_ids\n: {{<required>}} String or Array of Strings. The books, see [Books]({{< relref "methods/books" >}}).',
      ].join('\n\n'),
    );
    const reserve = operation(read, 'POST /api/v1/reservations');
    expect(reserve.summary).toBe('Reserves a book, returning a Reservation.');
    const body = bodySchema(reserve);
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required, p.description, p.schema.kind])).toEqual([
      ['book_ids', true, 'The books, see Books.', 'union'],
    ]);
    expect(body?.kind === 'object' && body.properties[0]?.schema).toMatchObject({
      variants: [{ kind: 'string' }, { kind: 'array', items: { kind: 'string' } }],
    });
  });

  it("should tidy the JSON body of a request message as it tidies a JSON fence's (a trailing comma)", () => {
    const read = readGeneral(HUGO_PAGE);
    const lend = operation(read, 'POST /api/v1/loans');
    expect(lend.requestBody?.content[0]?.examples[0]?.value).toEqual({ book_id: '42', days: 14 });
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('invalid-sample');
  });

  it('should end an operation at a heading that names an object with its table (`### Shelf Object`), so its fields are no parameters', () => {
    const read = readGeneral(
      [
        '## Delete Shelf % DELETE /shelves/{shelf.id#DOCS_SHELF/shelf-object}',
        'Deletes the shelf.',
        '### Book Copy Object',
        '###### Book Copy Structure',
        '| Field | Type | Description |\n|---|---|---|\n| id | snowflake | The copy |\n| condition? | string | How worn it is |',
        '## Get Shelf % GET /shelves/{shelf.id#DOCS_SHELF/shelf-object}',
        'Returns a shelf.',
        '###### Response Structure',
        '| Field | Type |\n|---|---|\n| books | array of strings |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['DELETE /shelves/{shelf.id}', 'GET /shelves/{shelf.id}']);
    expect(parameterNames(operation(read, 'DELETE /shelves/{shelf.id}'))).toEqual(['path:shelf.id*']);
    // `Response Structure` is the response's shape, no type named `Structure`.
    const get = operation(read, 'GET /shelves/{shelf.id}');
    const schema = get.responses[0]?.content[0]?.schema;
    expect(schema?.kind).toBe('object');
    expect(schema?.kind === 'object' && schema.properties.map((p) => p.name)).toEqual(['books']);
  });

  it('should read "Returns `204 No Content` on success." in an operation\'s prose as that response (its condition in the description), the sentence staying prose', () => {
    const read = readGeneral(
      [
        '## Delete Shelf % DELETE /shelves/{shelf.id}',
        'Delete the given shelf. Returns `204 No Content` on success. Fires a Shelf Update event.',
        '## Archive Shelf % POST /shelves/{shelf.id}/archive',
        'Archives the shelf. It returns `202 Accepted` if successful.',
        '## Get Shelf % GET /shelves/{shelf.id}',
        'Returns the shelf. A deleted shelf returns `404 Not Found`.',
      ].join('\n\n'),
    );
    const remove = operation(read, 'DELETE /shelves/{shelf.id}');
    expect(remove.responses.map((r) => [r.status, r.description])).toEqual([['204', 'No Content on success']]);
    // The heading's title beside its signature is the summary; the sentence stays the description.
    expect([remove.summary, remove.description]).toEqual([
      'Delete Shelf',
      'Delete the given shelf. Returns `204 No Content` on success. Fires a Shelf Update event.',
    ]);
    expect(operation(read, 'POST /shelves/{shelf.id}/archive').responses.map((r) => r.status)).toEqual(['202']);
    // Discord's own words: "a 204 empty response" is that status, with no body.
    const empty = readGeneral(
      '## Delete Shelf Book % DELETE /shelves/{shelf.id}/books/{book.id}\n\nDelete a book. Returns a 204 empty response on success.\n',
    );
    expect(
      operation(empty, 'DELETE /shelves/{shelf.id}/books/{book.id}').responses.map((r) => [r.status, r.description, r.content]),
    ).toEqual([['204', 'on success', []]]);
    // So do "an empty 204 response" and "an empty response with status 204".
    for (const words of ['On success, returns an empty 204 response.', 'Returns an empty response with status 204.'])
      expect(readGeneral(`## Ping % POST /ping\n\n${words}\n`).fragment?.operations[0]?.responses.map((r) => r.status)).toEqual(['204']);
    // A response "with" a number of things states no status.
    expect(readGeneral('## Ping % POST /ping\n\nReturns a response with 200 items.\n').fragment?.operations[0]?.responses).toEqual([]);
    // "an empty response" with no code states none.
    expect(readGeneral('## Ping % POST /ping\n\nReturns an empty response on success.\n').fragment?.operations[0]?.responses).toEqual([]);
    // An error the prose states is that error's response, and no success is made up beside it.
    expect(operation(read, 'GET /shelves/{shelf.id}').responses.map((r) => [r.status, r.description])).toEqual([['404', 'Not Found']]);
  });

  it('should read the names a table marks optional (`topic?`) as optional and the others as required, where no column says it', () => {
    const read = readGeneral(
      [
        '## Create Shelf % POST /shelves',
        '###### JSON Params',
        '| Field | Type | Description |\n|---|---|---|\n| name | string | The name |\n| topic? | ?string | The topic |\n| position | integer | Its place |',
        '## Modify Shelf % PATCH /shelves/{shelf.id}',
        '> info\n> All parameters to this endpoint are optional.',
        '###### JSON Params',
        '| Field | Type | Description |\n|---|---|---|\n| name | string | The name |\n| position | integer | Its place |',
        '## List Shelves % GET /shelves',
        '###### Query String Params',
        '| Field | Type | Description | Required |\n|---|---|---|---|\n| limit? | integer | At most | no |\n| after | snowflake | After this one | no |',
      ].join('\n\n'),
    );
    const body = bodySchema(operation(read, 'POST /shelves'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.required])).toEqual([
      ['name', true],
      ['topic', false],
      ['position', true],
    ]);
    // No name marked: nothing is said either way.
    const modify = bodySchema(operation(read, 'PATCH /shelves/{shelf.id}'));
    expect(modify?.kind === 'object' && modify.properties.map((p) => p.required)).toEqual([false, false]);
    // A Required column says it.
    expect(parameterNames(operation(read, 'GET /shelves'))).toEqual(['query:limit', 'query:after']);
  });

  it('should read "Returns a list of [book copy](#…/book-copy-object) objects" as a success of that object (a list of it), the sentence staying prose', () => {
    const read = readGeneral(
      [
        '# Shelf Resource',
        '### Book Copy Object',
        '###### Book Copy Structure',
        '| Field | Type | Description |\n|---|---|---|\n| id | snowflake | The copy |\n| condition | string | How worn it is |',
        '### Shelf Object',
        '###### Shelf Structure',
        '| Field | Type | Description |\n|---|---|---|\n| id | snowflake | The shelf |',
        '## List Shelf Copies % GET /shelves/{shelf.id}/copies',
        'Returns a list of [book copy](#DOCS_RESOURCES_SHELF/book-copy-object) objects on the shelf.',
        '## Get Shelf % GET /shelves/{shelf.id}',
        'Returns a [Shelf](#DOCS_RESOURCES_SHELF/shelf-object) object for the given id.',
        '## Modify Shelf % PATCH /shelves/{shelf.id}',
        'Returns the updated [shelf](#DOCS_RESOURCES_SHELF/shelf-object) object on success.',
        '## Preview Shelf % GET /shelves/{shelf.id}/preview',
        'Returns a partial [shelf](#DOCS_RESOURCES_SHELF/shelf-object) object, and a [shelf](#pagination) object elsewhere.',
      ].join('\n\n'),
    );
    expect(read.fragment?.schemas.map((s) => s.name)).toContain('BookCopy');
    const success = (route: string) => strip(operation(read, route).responses.map((r) => [r.status, r.content[0]?.schema]));
    expect(success('GET /shelves/{shelf.id}/copies')).toEqual([['2XX', { kind: 'array', items: { kind: 'ref', name: 'BookCopy' } }]]);
    expect(success('GET /shelves/{shelf.id}')).toEqual([['2XX', { kind: 'ref', name: 'Shelf' }]]);
    expect(success('PATCH /shelves/{shelf.id}')).toEqual([['2XX', { kind: 'ref', name: 'Shelf' }]]);
    // A partial object is no Shelf, a link to another heading names none.
    expect(success('GET /shelves/{shelf.id}/preview')).toEqual([]);
    expect(operation(read, 'GET /shelves/{shelf.id}/copies').description).toBe(
      'Returns a list of [book copy](#DOCS_RESOURCES_SHELF/book-copy-object) objects on the shelf.',
    );
  });

  it('should name a one-word lower-case object heading (`### shelf object`), the links to it and the type cells naming it one type across pages', () => {
    const shelf = readGeneral(
      [
        '# Shelf Resource',
        '### shelf object',
        '###### Shelf Structure',
        '| Field | Type | Description |\n|---|---|---|\n| id | snowflake | The shelf |\n| label | string | Its label |',
        '## Get Shelf % GET /shelves/{shelf.id}',
        'Returns a [shelf](#DOCS_RESOURCES_SHELF/shelf-object) object for the given id.',
      ].join('\n\n'),
      'resources/shelf.md',
    );
    const library = readGeneral(
      [
        '# Library Resource',
        '## Move Shelf % POST /libraries/{library.id}/move',
        '###### JSON Params',
        '| Field | Type | Description |\n|---|---|---|\n| next | [shelf](#DOCS_RESOURCES_SHELF/shelf-object) object | The shelf beside it |\n| others | array of [shelf](#DOCS_RESOURCES_SHELF/shelf-object) objects | The shelves around it |',
      ].join('\n\n'),
      'resources/library.md',
    );
    expect(new Set(shelf.fragment?.schemas.map((s) => s.name))).toEqual(new Set(['Shelf']));
    const document = mergeFragments([shelf.fragment!, library.fragment!], new DiagnosticBag(), { version: '1' });
    expect(document.schemas.map((s) => s.name)).toEqual(['Shelf']);
    const operationOf = (path: string) => document.operations.find((o) => o.path === path)!;
    expect(strip(operationOf('/shelves/{shelf.id}').responses.map((r) => r.content[0]?.schema))).toEqual([{ kind: 'ref', name: 'Shelf' }]);
    const body = bodySchema(operationOf('/libraries/{library.id}/move'));
    expect(body?.kind === 'object' && body.properties.map((p) => p.schema)).toEqual([
      { kind: 'ref', name: 'Shelf' },
      { kind: 'array', items: { kind: 'ref', name: 'Shelf' } },
    ]);
  });

  it('should name a type cell’s link to an object heading of a page not read as the heading names it (`[user](#…/user-object)` → `User`)', () => {
    const read = readGeneral(
      [
        '# Shelf Resource',
        '## Modify Shelf % PATCH /shelves/{shelf.id}',
        '###### JSON Params',
        '| Field | Type | Description |\n|---|---|---|\n| keepers | array of [user](#DOCS_RESOURCES_USER/user-object) objects | Who keeps it |\n| owner | ?[guild member](#DOCS_RESOURCES_GUILD/guild-member-object) object | Its owner |\n| lender | [owner](#DOCS_RESOURCES_USER/user-object) object | Words not the anchor’s |',
      ].join('\n\n'),
    );
    const body = bodySchema(operation(read, 'PATCH /shelves/{shelf.id}'));
    expect(body?.kind === 'object' && body.properties.map((p) => p.schema)).toEqual([
      { kind: 'array', items: { kind: 'ref', name: 'User' } },
      { kind: 'ref', name: 'GuildMember', nullable: true },
      { kind: 'ref', name: 'owner' },
    ]);
  });

  it('should keep apart a name that differs from a defined one in more than its first letter case (`BOOK`, `Book`)', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '### Book Object',
        '| Field | Type | Description |\n|---|---|---|\n| id | integer | The book |',
        '## Lend % POST /lend',
        '| Field | Type | Description |\n|---|---|---|\n| item | BOOK | The item |',
      ].join('\n\n'),
    );
    const document = mergeFragments([read.fragment!], new DiagnosticBag(), { version: '1' });
    const body = bodySchema(document.operations[0]!);
    expect(body?.kind === 'object' && body.properties.map((p) => p.schema)).toEqual([{ kind: 'ref', name: 'BOOK' }]);
  });
});

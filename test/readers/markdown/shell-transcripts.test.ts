import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

/** A "library" API written as infrastructure tools write theirs: a fence of the command and what it printed. */
const PAGE = [
  '## Listing shelves',
  '```\nGET /api/v2/shelves\n```',
  'URL query parameters:',
  '- `limit=<int>`: How many shelves to return. Optional.',
  'The following example lists two shelves:',
  '```json\n$ curl \'http://localhost:8300/api/v2/shelves?limit=2\'\n{\n  "status": "ok",\n  "shelves": [{ "id": "s1", "books": 12 }]\n}\n```',
  '## Adding a shelf',
  '```\nPOST /api/v2/shelves\n```',
  '```console\n$ curl -X POST http://localhost:8300/api/v2/shelves \\\n    -H "Content-Type: application/json" \\\n    -d \'{"name": "poetry"}\'\n\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{"id": "s2", "name": "poetry"}\n```',
].join('\n\n');

describe('general reader: shell transcripts (a curl command and its output in one block)', () => {
  it('should read the output after a curl command as its answer, the command as the request', () => {
    const read = readGeneral(PAGE);
    const list = operation(read, 'GET /api/v2/shelves');
    expect(list.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['2XX', { status: 'ok', shelves: [{ id: 's1', books: 12 }] }],
    ]);
    const add = operation(read, 'POST /api/v2/shelves');
    expect(add.requestBody?.content[0]?.examples[0]?.value).toEqual({ name: 'poetry' });
    expect(add.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['201', { id: 's2', name: 'poetry' }]]);
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it('should read each command of a block with the output printed after it, in a `<pre>` too', () => {
    const read = readGeneral(
      [
        '## GET /shelves/[name]',
        'Exports the shelf.',
        '<pre><code class="cmd"><span class="bash">curl "http://localhost:8300/shelves/poetry"</span>\n{"name": "poetry", "books": 3}</code></pre>',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /shelves/{name}').responses[0]?.content[0]?.examples[0]?.value).toEqual({ name: 'poetry', books: 3 });
  });

  it('should leave a block whose command is followed by no answer (another command, prose) as it is', () => {
    const read = readGeneral(
      [
        '## Delete a shelf',
        '```\nDELETE /api/v2/shelves/:id\n```',
        '```shell\n$ curl -X DELETE http://localhost:8300/api/v2/shelves/s1\n$ curl http://localhost:8300/api/v2/shelves\n```',
        '```shell\ncurl -X DELETE http://localhost:8300/api/v2/shelves/s1\nDeleted.\n```',
      ].join('\n\n'),
    );
    const remove = operation(read, 'DELETE /api/v2/shelves/{id}');
    expect(remove.responses).toEqual([]);
    expect(read.routes).toEqual(['DELETE /api/v2/shelves/{id}']);
  });

  it('should read a verbose transcript: `< ` status, headers and JSON the answer, `> ` lines what was sent', () => {
    const read = readGeneral(
      [
        '## Lend a book',
        '* **URL**: /api/loans/',
        '* **Method**: POST',
        '* **Returns**:',
        '  * 201 (Created) with the loan.',
        '  * 400 (Bad Request) with a message.',
        '```bash\n$ curl -v -X POST \\\n-H "Library-Token: abc" \\\n-d \'{"book_id": 12}\' \\\n\'http://host/api/loans/\'\n\n* Connected to host port 80\n> POST /api/loans/ HTTP/1.1\n> Library-Token: abc\n>\n< 201 Created\n< Location: http://host/api/loans/9\n<\n< {\n    "id": 9,\n    "book_id": 12\n}\n```',
        '## Return a book',
        '* **URL**: /api/loans/:loan_id',
        '* **Method**: DELETE',
        '```bash\n$ curl -X DELETE \'http://host/api/loans/9\'\n\n< HTTP/1.1 204 No Content\n\n$ curl -X DELETE \'http://host/api/loans/10\'\n\n< 404 Not Found\n< {"error": "no such loan"}\n```',
      ].join('\n\n'),
    );
    const lend = operation(read, 'POST /api/loans');
    expect(lend.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['201', { id: 9, book_id: 12 }],
      ['400', undefined],
    ]);
    expect(lend.requestBody?.content[0]?.examples[0]?.value).toEqual({ book_id: 12 });
    const giveBack = operation(read, 'DELETE /api/loans/{loan_id}');
    expect(giveBack.responses.map((r) => [r.status, r.description, r.content[0]?.examples[0]?.value])).toEqual([
      ['204', 'No Content', undefined],
      ['404', 'Not Found', { error: 'no such loan' }],
    ]);
    expect(codes(read)).not.toContain('malformed-row');
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it('should read the status alone where the JSON after `< ` does not parse, even tidied', () => {
    const read = readGeneral(
      [
        '## Get my shelves',
        '* **URL**: /api/myShelves/',
        '* **Method**: GET',
        "```bash\n$ curl -X GET 'http://host/api/myShelves'\n\n< 200 OK\n< {\n   'shelves': [\n      {\n         'id': 1\n         'name': \"poetry\",\n      },\n      ....\n   ]\n```",
      ].join('\n\n'),
    );
    const mine = operation(read, 'GET /api/myShelves');
    expect(mine.responses.map((r) => [r.status, r.description, r.content.length])).toEqual([['200', 'OK', 0]]);
    expect(codes(read)).not.toContain('invalid-sample');
  });

  it('should read the JSON after the lines a command sent (`> …`) and its notes (`* …`) as its answer', () => {
    const read = readGeneral(
      [
        '## GET /api/shelves',
        '```\n$ curl -v \'http://host/api/shelves\'\n* Connected to host port 80\n> GET /api/shelves HTTP/1.1\n> Accept: application/json\n{"shelves": ["poetry"]}\n```',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /api/shelves').responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['2XX', { shelves: ['poetry'] }],
    ]);
  });

  it("should read a transcript's later command as a sample call, never an operation of its own, nor another section's tables its parameters", () => {
    const read = readGeneral(
      [
        '## Sign in',
        'Name: `signIn`',
        '```sh\n$ curl -i --data \'user=ada&secret=lovelace\' http://localhost:8300/api/v3/session/signIn\nHTTP/1.1 200 OK\nContent-Type: text/plain\nSet-Cookie: TOKEN=abc123; path=/\n$ curl http://localhost:8300/api/v3/shelves/list --cookie "TOKEN=abc123"\n```',
        '## Shelf facts',
        '| Property | Type | Description |\n|---|---|---|\n| `shelves` | int | How many shelves |\n| `books` | int | How many books |',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/v3/session/signIn']);
  });

  it("should read what a later command printed as that command's answer, none of the operation's", () => {
    const read = readGeneral(
      [
        '## Sign in',
        '```\nPOST /api/v3/session\n```',
        '```sh\n$ curl -i --data \'user=ada&secret=lovelace\' http://localhost:8300/api/v3/session\nHTTP/1.1 204 No Content\nSet-Cookie: TOKEN=abc123; path=/\n$ curl http://localhost:8300/api/v3/shelves --cookie "TOKEN=abc123"\n{"shelves": [{"id": "s1"}]}\n```',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual(['POST /api/v3/session']);
    expect(operation(read, 'POST /api/v3/session').responses.map((r) => [r.status, r.content.length])).toEqual([['204', 0]]);
  });

  it("should read a fence of a verbose transcript's received lines alone, its command shown apart, as that answer", () => {
    const read = readGeneral(
      [
        '### Create a lamp',
        '`POST http://127.0.0.1:8080/1.0/lamps`',
        '> Example Response:',
        '```shell\n# Subset of headers returned when specifying -v curl option\n< HTTP/1.1 201 \n< Location: http://127.0.0.1:8080/1.0/lamps/9\n< Content-Length: 0\n```',
        '### Lamp history',
        '`GET http://127.0.0.1:8080/1.0/lamps/{lampId}/history`',
        '> Example Response:',
        '```shell\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n\n[\n  {"watts": 40}\n]\n```',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /1.0/lamps').responses.map((r) => [r.status, r.content.length])).toEqual([['201', 0]]);
    expect(operation(read, 'GET /1.0/lamps/{lampId}/history').responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['200', [{ watts: 40 }]],
    ]);
  });
});

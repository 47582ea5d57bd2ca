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
});

import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

/** A "shelves" server documented for HTTP and, beside each call, the same call over JSON-RPC. */
const PAGE = [
  '## Count the books',
  '```{.http .apirequest title="HTTP Request"}\nGET /shelf/count?genre=poetry\n```',
  '```{.json .apirequest title="JSON-RPC Request"}\n{\n    "jsonrpc": "2.0",\n    "method": "shelf.count",\n    "params": { "genre": "poetry" },\n    "id": 4211\n}\n```',
  '```{.json .apiresponse title="Example Response"}\n{ "count": 12 }\n```',
  '## Add a book',
  '```http title="HTTP Request"\nPOST /shelf/books\nContent-Type: application/json\n\n{ "title": "Odes" }\n```',
  '```json title="Websocket request"\n{ "jsonrpc": "2.0", "method": "shelf.add", "params": { "title": "Odes" }, "id": 7 }\n```',
  '```json title="Example response"\n{ "id": "b7", "title": "Odes" }\n```',
].join('\n\n');

describe('general reader: a fence titled as another transport\'s message (`title="JSON-RPC Request"`)', () => {
  it('should be no sample of the HTTP response', () => {
    const read = readGeneral(PAGE);
    const count = operation(read, 'GET /shelf/count');
    expect(count.responses.map((r) => r.content[0]?.examples.map((e) => e.value))).toEqual([[{ count: 12 }]]);
  });

  it('should be no sample of the HTTP request body', () => {
    const read = readGeneral(PAGE);
    const add = operation(read, 'POST /shelf/books');
    expect(add.requestBody?.content[0]?.examples.map((e) => e.value)).toEqual([{ title: 'Odes' }]);
    expect(JSON.stringify(bodySchema(add))).not.toContain('jsonrpc');
  });

  it('should keep a fence titled as the HTTP call’s own request or response', () => {
    const read = readGeneral(
      ['## Get a book', '```\nGET /shelf/books/:id\n```', '```json title="Example response"\n{ "id": "b7", "jsonrpc": "n/a" }\n```'].join(
        '\n\n',
      ),
    );
    expect(operation(read, 'GET /shelf/books/{id}').responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 'b7', jsonrpc: 'n/a' });
  });
});

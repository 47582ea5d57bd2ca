/**
 * Headers a response sends, as references write them: a `Response headers` table (`Name | Type |
 * Description`) after the operation's statuses, and the AWS reference's response elements that its
 * Response Syntax shows as header lines (`X-Grow-Request-Id: RequestId`). The fixtures are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/ir/types.js';
import { operation, parameterNames, readGeneral, strip } from './helpers.js';

const read = (dir: string, name: string) =>
  readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures', dir, `${name}.md`), 'utf8'), `api/${name}.md`);

/** `name: kind` of each header, `*` when required, with its description. */
function headers(response: Response | undefined): Array<[string, string | undefined]> {
  return (response?.headers ?? []).map((h) => [`${h.name}${h.required ? '*' : ''}: ${h.schema.kind}`, h.description]);
}

describe('general reader: response headers', () => {
  const page = read('response-headers', 'runs');

  it("should put a Response headers table's rows on the success response, typed as their rows say", () => {
    const book = operation(page, 'POST /kennels/{kennelId}/runs');
    expect(headers(book.responses.find((r) => r.status === '201'))).toEqual([
      ['Location: string', "The booked run's URL."],
      ['X-RateLimit-Remaining: integer', 'Calls left in the current window.'],
    ]);
    expect(book.responses.find((r) => r.status === '409')?.headers).toEqual([]);
    // The request's headers stay its parameters.
    expect(parameterNames(book)).toEqual(['path:kennelId*', 'header:X-Booking-Token']);
    // No success response stated: none is invented for the headers.
    const cancel = operation(page, 'DELETE /kennels/{kennelId}/runs/{runId}');
    expect(cancel.responses.map((r) => [r.status, r.headers.length])).toEqual([['404', 0]]);
    // …and they are reported, not dropped unsaid.
    const unplaced = page.diagnostics.items.filter((d) => d.code === 'headers-without-response');
    expect(unplaced.map((d) => [d.severity, d.message])).toEqual([
      [
        'warning',
        expect.stringMatching(/^response headers \(.+\) are documented, but not the response they come with .*; they were not used$/),
      ],
    ]);
  });

  it('should put a row on the response its Status cell names', () => {
    const move = operation(page, 'PUT /kennels/{kennelId}/runs/{runId}');
    expect(move.responses.map((r) => [r.status, headers(r)])).toEqual([
      ['200', [['ETag: string', "The run's new version."]]],
      ['303', [['Location: string', 'Where the run is now.']]],
    ]);
  });

  it("should read a Headers title under the response's heading as the response's headers, above it as the request's", () => {
    const get = operation(page, 'GET /kennels/{kennelId}/runs/{runId}');
    expect(parameterNames(get)).toEqual(['header:If-None-Match', 'path:kennelId*', 'path:runId*']);
    expect(get.responses.map((r) => [r.status, headers(r)])).toEqual([['200', [['ETag: string', "The run's version."]]]]);
  });

  it("should read an AWS action's header elements as its success response's headers, named by the syntax's header line", () => {
    const create = operation(read('action-pages', 'API_CreatePlanter'), 'POST /2021-06-01/greenhouses/{GreenhouseId}/planters');
    const created = create.responses.find((r) => r.status === '201');
    expect(strip(created?.headers)).toEqual([
      { name: 'X-Grow-Request-Id', required: false, schema: { kind: 'string' }, description: 'The identifier of the request.' },
    ]);
  });

  const TABLE = '| Header | Description |\n|---|---|\n| Link | Links to the next page. |\n| X-Total-Count | The total number. |';
  const sampled = (title: string, status = '') =>
    readGeneral(
      ['## List orders', '`GET /v2/orders`', '### Response', ...(status ? [status] : []), title, TABLE, '```json\n{"id": 1}\n```'].join(
        '\n\n',
      ),
    );

  it('should read the JSON after a response headers table as the answer’s sample, whose response the headers are then on', () => {
    for (const title of ['#### Response headers', 'Response headers:']) {
      const list = operation(sampled(title), 'GET /v2/orders');
      expect(list.responses.map((r) => [r.status, headers(r), r.content.map((c) => c.examples.length)])).toEqual([
        [
          '2XX',
          [
            ['Link: string', 'Links to the next page.'],
            ['X-Total-Count: string', 'The total number.'],
          ],
          [1],
        ],
      ]);
    }
    const stated = operation(sampled('Response headers:', '`200 OK`'), 'GET /v2/orders');
    expect(stated.responses.map((r) => [r.status, r.headers.length, r.content.length])).toEqual([['200', 2, 1]]);
  });

  it('should read pagination and rate-limit headers titles as the response’s headers, no query parameters nor body fields', () => {
    for (const title of ['Pagination headers:', '#### Rate limit headers', '**Rate-limit headers**', '#### Paging headers']) {
      const list = operation(sampled(title, '`200 OK`'), 'GET /v2/orders');
      expect(list.parameters).toEqual([]);
      expect(list.responses.map((r) => [r.status, r.headers.map((h) => h.name), r.content.length])).toEqual([
        ['200', ['Link', 'X-Total-Count'], 1],
      ]);
    }
  });

  describe("a page's own Response headers, outside every operation", () => {
    const notes = read('response-headers', 'notes');

    it("should put the rows of a table over the first operation (`## Common response headers`) on each operation's success response", () => {
      expect(operation(notes, 'GET /v1/notes').responses.map((r) => [r.status, headers(r).map(([kind]) => kind)])).toEqual([
        ['200', ['X-Request-Id: string', 'X-RateLimit-Remaining: integer', 'X-Api-Version: string']],
        // (Only the table whose words say every response reaches an error.)
        ['401', ['X-Api-Version: string']],
      ]);
      expect(operation(notes, 'POST /v1/notes').responses.map((r) => [r.status, r.headers.map((h) => h.name)])).toEqual([
        ['201', ['X-Request-Id', 'X-RateLimit-Remaining', 'X-Api-Version']],
        ['422', ['X-Api-Version']],
      ]);
    });

    it('should read a table after the last operation, titled at the level of the operations over their deeper parts, as the page’s, not the last operation’s', () => {
      // `## Response headers` after `## Create a note` and its `###` parts: the page's, on each response
      // (its words say every response) of every operation; the DELETE states none, so it has none of them…
      expect(operation(notes, 'DELETE /v1/notes/{noteId}').responses).toEqual([]);
      expect(operation(notes, 'DELETE /v1/notes/{noteId}').description).toBeUndefined();
      // …and each table says so once, naming the operation.
      const unplaced = notes.diagnostics.items.filter((d) => d.code === 'headers-without-response');
      expect(unplaced.map((d) => [d.source.start.line, d.message])).toEqual([
        [
          7,
          expect.stringMatching(
            /^response headers are documented for every operation of the page, but DELETE \/v1\/notes\/\{noteId\} states no response/,
          ),
        ],
        [50, expect.stringMatching(/but DELETE \/v1\/notes\/\{noteId\} states no response/)],
      ]);
    });

    it("should keep a Response headers heading at the operation's own level, where its parts stand at that level, the operation's", () => {
      const tags = read('response-headers', 'tags');
      const add = operation(tags, 'POST /v1/notes/{noteId}/tags');
      expect(add.responses.map((r) => [r.status, r.headers.map((h) => h.name)])).toEqual([['201', ['Location']]]);
      expect(operation(tags, 'DELETE /v1/notes/{noteId}/tags/{tag}').responses.map((r) => [r.status, r.headers])).toEqual([['204', []]]);
    });
  });
});

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
});

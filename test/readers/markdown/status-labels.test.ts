/**
 * A response's title with its status written as a label, `**Response 200**` or `Response 201:`,
 * right after a request's part: the response's fields for that status, as under `### Response 200`
 * (it was a status line that left the table in the request's part). Found by the table matrix
 * (table-matrix.test.ts); the page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/table-matrix/status-labels.md'), 'utf8'));
const fields = (route: string) => strip(operation(read, route).responses.map((r) => [r.status, r.content.map((c) => c.schema)]));

describe('general reader: a status in a response label after a request part', () => {
  it('should read `**Response 200**` after the body’s table as the 200 response’s fields, the body as stated', () => {
    const rename = operation(read, 'PATCH /books/{book_id}');
    expect(bodySchema(rename)).toEqual({
      kind: 'object',
      properties: [{ name: 'title', schema: { kind: 'string' }, required: true, description: 'The new title.' }],
    });
    expect(rename.requestBody?.description).toBeUndefined();
    expect(fields('PATCH /books/{book_id}')).toEqual([
      [
        '200',
        [
          {
            kind: 'object',
            properties: [
              { name: 'id', schema: { kind: 'string' }, required: false, description: 'The book.' },
              { name: 'title', schema: { kind: 'string' }, required: false, description: 'Its title.' },
            ],
          },
        ],
      ],
    ]);
  });

  it('should read `Response 201:` after the query’s table as the 201 response’s fields, no parameters of it', () => {
    const lend = operation(read, 'POST /books/{book_id}/loans');
    expect(parameterNames(lend)).toEqual(['query:notify', 'path:book_id*']);
    expect(fields('POST /books/{book_id}/loans')).toEqual([
      [
        '201',
        [{ kind: 'object', properties: [{ name: 'loan_id', schema: { kind: 'string' }, required: false, description: 'The loan.' }] }],
      ],
    ]);
  });

  it('should read a status label right after the prose (`**Response 200**`, `**Response: 200 OK**`, `**Response (200 OK):**`) as a heading of it is read', () => {
    const page = readGeneral(
      ['Shelf', 'Book', 'Loan']
        .map((name, index) =>
          [
            `## Get a ${name.toLowerCase()}`,
            `\`GET /${name.toLowerCase()}s/{id}\``,
            `Returns a ${name.toLowerCase()}.`,
            ['**Response 200**', '**Response: 200 OK**', '**Response (200 OK):**'][index],
            '| Field | Type | Description |\n|---|---|---|\n| id | integer | The id. |\n| name | string | The name. |',
          ].join('\n\n'),
        )
        .join('\n\n'),
    );
    for (const route of ['GET /shelfs/{id}', 'GET /books/{id}', 'GET /loans/{id}']) {
      const op = operation(page, route);
      // The table is the answer's, no parameter of the call's.
      expect(parameterNames(op)).toEqual(['path:id*']);
      expect(strip(op.responses.map((r) => [r.status, r.content.map((c) => c.schema)]))).toEqual([
        [
          '200',
          [
            {
              kind: 'object',
              properties: [
                { name: 'id', schema: { kind: 'integer' }, required: false, description: 'The id.' },
                { name: 'name', schema: { kind: 'string' }, required: false, description: 'The name.' },
              ],
            },
          ],
        ],
      ]);
    }
  });
});

/**
 * A `### Responses` title over statuses written as paragraphs, each over its sample (Trello's and
 * Asana's pages: `**200 OK**` ⏎ `Success` ⏎ the JSON): each status with its sample. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/status-paragraphs/boards.md'), 'utf8'), 'api/boards.md');
const answers = (route: string) => strip(operation(read, route).responses.map((r) => [r.status, r.content.map((c) => c.examples.length)]));

describe('general reader: statuses as paragraphs under a Responses title', () => {
  it('should read each `**200 OK**` paragraph as its status, its sample the one below it', () => {
    expect(read.routes).toEqual(['GET /1/gardens/{id}', 'DELETE /1/gardens/{id}']);
    expect(answers('GET /1/gardens/{id}')).toEqual([
      ['200', [1]],
      ['404', [1]],
    ]);
    expect(answers('DELETE /1/gardens/{id}')).toEqual([['200', [1]]]);
  });

  it('should leave the normalised document valid (the Responses title carries no one status)', () => {
    expect(codes(read)).toEqual([]);
  });

  it('should take the prose under a bold status as its description, the sample below still its, and read a bold code alone (`**400**`)', () => {
    const page = readGeneral(
      [
        '## Update a page',
        '`PATCH /v1/pages/{page_id}`',
        '### Responses',
        '**200 OK**',
        'The updated page.',
        '```json\n{"object": "page", "id": "p1"}\n```',
        '**400**',
        'The body is invalid.',
        '**429 Too Many Requests**',
      ].join('\n\n'),
    );
    expect(
      strip(
        operation(page, 'PATCH /v1/pages/{page_id}').responses.map((r) => [
          r.status,
          r.description,
          r.content.map((c) => c.examples.length),
        ]),
      ),
    ).toEqual([
      ['200', 'The updated page.', [1]],
      ['400', 'The body is invalid.', []],
      ['429', 'Too Many Requests', []],
    ]);
  });

  it('should leave a bold word, or a bold status among words, as the prose it is', () => {
    const page = readGeneral(
      [
        '## Update a page',
        '`PATCH /v1/pages/{page_id}`',
        '### Responses',
        '**Note**',
        'Every answer is JSON.',
        '**200 pages** at most are sent back.',
      ].join('\n\n'),
    );
    expect(operation(page, 'PATCH /v1/pages/{page_id}').responses).toEqual([]);
  });
});

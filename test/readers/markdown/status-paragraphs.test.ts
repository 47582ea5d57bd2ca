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
});

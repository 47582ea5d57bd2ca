/**
 * A response's title that states a status over prose alone (`### Response 404` ⏎ "The board does
 * not exist …", `**Response 409**`, `### Response (404)`): that status's response, described by
 * the first paragraph, with no body. The fixture is a "boards" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/status-title-prose/boards.md'), 'utf8');
const statuses = (op: Operation) => op.responses.map((r) => [r.status, r.description, r.content.length]);

describe('general reader: a status title over prose alone', () => {
  const read = readGeneral(page, 'api/boards.md');

  it("should read a heading's status with its first paragraph as the description, and no body", () => {
    expect(statuses(operation(read, 'GET /v1/boards/{board_id}'))).toEqual([
      ['200', 'OK', 1],
      ['404', 'The board does not exist or you cannot see it.', 0],
    ]);
    expect(statuses(operation(read, 'PATCH /v1/boards/{board_id}'))).toEqual([['404', 'No such board.', 0]]);
  });

  it("should read a bold label's status so, beside the sample of another status", () => {
    expect(statuses(operation(read, 'POST /v1/boards/{board_id}/reopen'))).toEqual([
      ['200', 'OK', 1],
      ['409', 'The board is open already.', 0],
    ]);
  });

  it('should describe a status a line lists only by its code with the prose under its title', () => {
    expect(statuses(operation(read, 'POST /v1/boards/{board_id}/archive'))).toEqual([
      ['204', 'No Content', 0],
      ['404', 'The board is gone already.', 0],
    ]);
  });

  it('should not take a paragraph that titles what follows it for the description', () => {
    const close = operation(read, 'POST /v1/boards/{board_id}/close');
    expect(close.responses.map((r) => r.description)).not.toContain('The board is locked when:');
  });
});

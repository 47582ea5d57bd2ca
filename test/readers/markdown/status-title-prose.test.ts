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

  it("should read a bold label's status with its words on its line, the part below that status's", () => {
    const copy = operation(read, 'POST /v1/boards/{board_id}/copy');
    expect(statuses(copy)).toEqual([
      ['201', 'The copy was made.', 1],
      ['404', 'No such board.', 0],
      ['409', 'The board is being copied already.', 0],
    ]);
    const body = copy.responses[0]!.content[0]!.schema!;
    expect(body.kind === 'object' ? body.properties.map((p) => p.name) : body.kind).toEqual(['id']);
  });

  it('should keep a label that announces what follows (its words end with a colon) a label', () => {
    const pin = operation(read, 'POST /v1/boards/{board_id}/pin');
    expect(pin.responses.map((r) => [r.status, r.content.length])).toEqual([['200', 1]]);
    expect(pin.responses[0]!.description).not.toContain('pinned board:');
  });

  it('should not take a paragraph that titles what follows it for the description', () => {
    const close = operation(read, 'POST /v1/boards/{board_id}/close');
    expect(close.responses.map((r) => r.description)).not.toContain('The board is locked when:');
  });
});

/**
 * An answer titled by its outcome (`###### On Failure: Authentication Required`) over a fence of its
 * status, then what the answer means: that status's description, no words of the operation's. The
 * fixture is a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/outcome-headings/shelves.md'), 'utf8');

describe('general reader: prose after the status fence of an outcome heading', () => {
  const read = readGeneral(page, 'api/shelves.md');

  it("should read the paragraph after each outcome's fence as its status's description", () => {
    const put = operation(read, 'PUT /v2/rooms/{room}/shelves/{shelf}');
    expect(put.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'The shelf has been accepted and stands in the room.'],
      ['400', 'The received shelf was invalid in some way.'],
      ['401', 'The client is not authenticated.'],
      ['405', 'The room is read-only.'],
    ]);
    expect(put.summary).toBe('Put a shelf into a room.');
    expect(put.description).toBeUndefined();
  });

  it('should leave a title of what follows, and prose under a heading naming no outcome, where they stood', () => {
    const get = operation(read, 'GET /v2/rooms/{room}/shelves/{shelf}');
    expect(get.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'OK'],
      ['404', 'Not Found'],
    ]);
    expect(get.description).toContain('The shelf is not in the room.');
  });
});

/**
 * A plain status code right after the verb with a condition after it ("Returns 204 when done.",
 * "Responds with 202 once queued.") is the call's status, the condition its description; a number
 * that is no status ("Returns 100 items when asked.", "Returns 200 gates when …") is none. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/timed-statuses/gates.md'), 'utf8'), 'api/gates.md');

const statuses = (route: string) => operation(read, route).responses.map((r) => [r.status, r.description]);

describe('general reader: a plain status code, then when it is answered', () => {
  it('should read "Returns 204 when done.", "Responds with 202 once queued.", "Answers with 409 if …" as the statuses', () => {
    expect(statuses('DELETE /gates/{id}')).toEqual([['204', 'when done']]);
    expect(statuses('POST /gates')).toEqual([['202', 'once queued']]);
    expect(statuses('POST /gates/{id}/open')).toEqual([['409', 'if the gate is locked']]);
  });

  it('should read no status from a number that counts things', () => {
    expect(operation(read, 'GET /gates').responses).toEqual([]);
  });
});

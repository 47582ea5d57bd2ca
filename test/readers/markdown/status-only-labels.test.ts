/**
 * A label titling a status's answer (`**Response** `204 No Content``, `**Response:** `204 No
 * Content``, `**Response** 202 Accepted`) states that status with nothing under it, as a status
 * heading does; over a sample, the sample is that status's, as before. The fixture is a "lamps" API
 * written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/status-only-labels/lamps.md'), 'utf8');

describe('general reader: a response label stating a status with nothing under it', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const statuses = (route: string) => strip(operation(read, route).responses).map((r) => [r.status, r.content.length]);

  it('should read the status the label states', () => {
    expect(statuses('PUT /lamps/{id}/state')).toEqual([['204', 0]]);
    expect(statuses('DELETE /lamps/{id}')).toEqual([['204', 0]]);
    expect(statuses('POST /lamps/{id}/blink')).toEqual([['202', 0]]);
    expect(operation(read, 'PUT /lamps/{id}/state').description).toBeUndefined();
  });

  it('should give the sample under such a label to its status, once', () => {
    expect(statuses('GET /lamps/{id}')).toEqual([['200', 1]]);
  });
});

/**
 * A status in code after a label in plain words (`Response code: `HTTP/1.1 200 OK``, `Status code:
 * `201 Created``), as MkDocs references write it under a `??? success "Response"` block's title: the
 * operation's status, the sample after it that status's, as under `**Code** : `200 OK``; the status
 * line with its protocol, its reason after a dash or none. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/plain-status-labels/lamps.md'), 'utf8');

describe('general reader: a status in code after a plain label', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const answers = (route: string) =>
    operation(read, route).responses.map((r) => [r.status, r.description, r.content.flatMap((c) => c.examples.map((e) => e.value))]);

  it("should read the status line's code and reason, its sample that status's", () => {
    expect(answers('GET /porch/lamps/{lamp}')).toEqual([
      ['200', 'OK', [{ lit: true, watts: 40 }]],
      ['402', 'Lamp unpaid', [{ error: 'unpaid' }]],
    ]);
  });

  it('should read a status with its reason alone, and one of no content', () => {
    expect(answers('POST /porch/lamps')).toEqual([['201', 'Created', [{ lamp: 'north' }]]]);
    expect(answers('DELETE /porch/lamps/{lamp}')).toEqual([['204', 'No Content', []]]);
  });
});

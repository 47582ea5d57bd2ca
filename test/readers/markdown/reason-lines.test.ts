/**
 * Atlassian's references, exported or copied into markdown, set a response's status and its
 * reason phrase on a line of their own under the Responses title, its words under it (after a
 * blank line or none): `200 OK` ⏎ `Returned if the request is successful.`. The first status is
 * such a title as the ones after it are, and a paragraph of the status line and its words states
 * both. The fixture is a "kettles" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/reason-lines/kettles.md'), 'utf8');

describe('general reader: a status and its reason alone on a line over its words', () => {
  const read = readGeneral(page, 'api/kettles.md');
  const responses = (route: string) => strip(operation(read, route).responses).map((r) => [r.status, r.description]);

  it("should read the first status's words as its description, none of the operation's", () => {
    expect(responses('GET /rest/api/3/kettle/{kettleId}')).toEqual([
      ['200', 'Returned if the request is successful.'],
      ['401', 'Returned if the authentication credentials are incorrect or missing.'],
      ['404', 'Returned if the kettle is not found.'],
    ]);
    const get = operation(read, 'GET /rest/api/3/kettle/{kettleId}');
    expect([get.summary, get.description]).toEqual(['Returns a kettle.', undefined]);
  });

  it('should read a status line and its words in one paragraph', () => {
    expect(responses('POST /rest/api/3/kettle')).toEqual([
      ['201', 'Returned if the kettle is added.'],
      ['400', 'Returned if the request is invalid.'],
    ]);
    expect(operation(read, 'POST /rest/api/3/kettle').description).toBeUndefined();
  });

  it('should keep a status over its sample, and read no status from a sentence opening with a number', () => {
    const fill = strip(operation(read, 'POST /rest/api/3/kettle/{kettleId}/fill').responses);
    expect(fill.map((r) => [r.status, r.content.length])).toEqual([
      ['204', 1],
      ['409', 0],
    ]);
  });
});

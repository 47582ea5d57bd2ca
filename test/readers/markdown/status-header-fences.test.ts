/**
 * A fence of a status line over header lines alone (`Status: 200 OK` ⏎ `Link: …` ⏎
 * `X-RateLimit-Limit: 5000`, as GitHub's v3 reference and Gogs write it before the JSON sample):
 * the status, and the headers that answer carries, its `Content-Type` none of them. A whole message
 * (headers and a body) is a sample, its headers none the page states. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/status-header-fences/shelves.md'), 'utf8');

describe('general reader: a status fence over headers', () => {
  const read = readGeneral(page, 'api/shelves.md');
  const answers = (route: string) =>
    operation(read, route).responses.map((r) => [r.status, (r.headers ?? []).map((h) => h.name), r.content.length > 0]);

  it("should read the headers under `Status: 200 OK` as that status's, the JSON after it its sample", () => {
    expect(answers('GET /rooms/{room}/shelves')).toEqual([['200', ['Link', 'X-RateLimit-Limit', 'X-RateLimit-Remaining'], true]]);
  });

  it('should read the headers under `HTTP/1.1 201 Created`, its Content-Type none of them', () => {
    expect(answers('POST /rooms/{room}/shelves')).toEqual([['201', ['Location'], true]]);
  });

  it("should read no headers from a whole message's sample", () => {
    expect(answers('GET /rooms/{room}/shelves/{id}')).toEqual([['200', [], true]]);
  });
});

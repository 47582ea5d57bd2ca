/**
 * A request line's URL written without its scheme (`GET //api.kites.example/v2/kites/{id}`, a
 * network-path reference): the host is stripped as `https://host` is, and is the page's server; an
 * empty segment inside a route (`/v2/kites//tails`) stays a slip. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/network-paths/kites.md'), 'utf8'), 'api/kites.md');

describe('general reader: a route written with a host but no scheme', () => {
  it('should strip `//host` off a request line in a fence or a heading, and keep it as the page’s server', () => {
    expect(read.routes).toEqual(['GET /v2/kites/{id}', 'DELETE /v2/kites/{id}', 'GET /v2/kites/tails']);
    expect(read.root.data?.page?.servers).toEqual(['//api.kites.example']);
  });

  it('should still report an empty segment inside a route, and only there', () => {
    expect(read.diagnostics.items.filter((d) => d.code === 'empty-path-segment').map((d) => [d.source.start.line, d.message])).toEqual([
      [23, 'the route `/v2/kites//tails` has an empty segment (`//`), which no route means; read as `/v2/kites/tails`'],
    ]);
  });

  it('should read a first segment that is no host name (`//shelves`) as an empty segment still', () => {
    const page = readGeneral(['## List shelves', '`GET //shelves/{id}`'].join('\n\n'));
    expect(page.routes).toEqual(['GET /shelves/{id}']);
    expect(page.diagnostics.items.map((d) => d.code)).toContain('empty-path-segment');
    expect(page.root.data?.page?.servers).toBeUndefined();
  });
});

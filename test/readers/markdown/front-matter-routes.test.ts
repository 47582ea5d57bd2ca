/**
 * A page of one endpoint whose front matter states its request line, as static sites' endpoint
 * pages hold it: a method and a path under keys of their own (`method: GET` ⏎ `path:
 * /shelves/{shelf_id}`, `http_method:` ⏎ `url:`), or an `endpoint:` that is the line alone. The
 * page's tables and prose are that operation's; before, the page documented none. The fixtures
 * are a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/front-matter-routes', name), 'utf8');

describe('general reader: a request line in front matter keys', () => {
  it('should read `method:` and `path:` as the operation, its tables its parameters and response', () => {
    const read = readGeneral(fixture('get-shelf.md'), 'docs/get-shelf.md');
    const get = operation(read, 'GET /shelves/{shelf_id}');
    expect(get.summary).toBe('Returns one shelf with its books.');
    expect(parameterNames(get)).toEqual(['path:shelf_id*']);
    expect(get.responses[0]?.content[0]?.schema).toMatchObject({ kind: 'object', properties: [{ name: 'id' }, { name: 'capacity' }] });
  });

  it('should read an `endpoint:` that is the request line alone, and its statuses', () => {
    const read = readGeneral(fixture('delete-shelf.md'), 'docs/delete-shelf.md');
    expect(operation(read, 'DELETE /shelves/{shelf_id}').responses.map((r) => r.status)).toEqual(['204', '409']);
  });

  it('should read `http_method:` in lower case and `url:`, the table the body', () => {
    const read = readGeneral(fixture('move-shelf.md'), 'docs/move-shelf.md');
    const move = operation(read, 'POST /shelves/{shelf_id}/move');
    expect(bodySchema(move)).toMatchObject({ kind: 'object', properties: [{ name: 'room', required: true }] });
  });

  it('should read no operation from a `path:` without a method (a site’s own page path)', () => {
    expect(readGeneral(fixture('shelf-guide.md'), 'docs/shelf-guide.md').routes).toEqual([]);
  });
});

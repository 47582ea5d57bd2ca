/**
 * `## Query` right over the request line titles the request (TheHive's pages), not its query:
 * the list under it (`With:` ⏎ `` - `id`: id of the shelf ``) names the route's parameters, read
 * as path parameters by name and the query's otherwise, as under `URL parameters`. Before, every
 * item was a query parameter, a placeholder then moved to the path with a
 * `path-parameter-misplaced` warning. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/query-titles', name), 'utf8');

describe('general reader: a `Query` title over the request line', () => {
  it("should read the placeholder the list names as the path's, with no warning", () => {
    const read = readGeneral(fixture('shelf-lock.md'), 'api/shelf-lock.md');
    const lock = operation(read, 'PATCH /api/v1/shelf/{id}');
    expect(parameterNames(lock)).toEqual(['path:id*']);
    expect(lock.parameters[0]?.description).toBe('id of the shelf');
    expect(codes(read)).not.toContain('path-parameter-misplaced');
  });

  it('should read the other names of the list as the query', () => {
    const read = readGeneral(fixture('shelf-books.md'), 'api/shelf-books.md');
    expect(parameterNames(operation(read, 'GET /api/v1/shelf/{id}/books'))).toEqual(['path:id*', 'query:limit']);
    expect(codes(read)).not.toContain('path-parameter-misplaced');
  });
});

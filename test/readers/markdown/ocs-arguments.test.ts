/**
 * OCS references (Nextcloud's API pages): a facts list per operation, `* Syntax: /path` and
 * `* Method: GET` the request line, `* POST Arguments: name - (type) words` items a body's fields
 * (`URL Arguments` the query's), `* Mandatory fields: …` which are required, and the base URL the
 * page states for all calls, its host a placeholder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/ocs-arguments', name), 'utf8');

describe('general reader: OCS facts lists', () => {
  const read = readGeneral(fixture('bookmarks.md'), 'bookmarks.md');

  it('should read `Syntax:` and `Method:` items as the request line, the page’s base path its server', () => {
    expect(read.routes).toEqual(['GET /bookmarks', 'POST /bookmarks', 'PUT /bookmarks/{bookmark_id}', 'DELETE /bookmarks/{bookmark_id}']);
    expect(read.root.data?.page?.servers).toEqual(['/ocs/v2.php/apps/marks/api/v1']);
  });

  it('should read `URL Arguments:` items as query parameters, typed by their parentheses', () => {
    const get = operation(read, 'GET /bookmarks');
    expect(parameterNames(get)).toEqual(['query:folder', 'query:limit']);
    expect(get.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', 'only return the bookmarks of this folder'],
      ['integer', 'the number of bookmarks to return'],
    ]);
    // OCS status codes (100, 997) travel in the body: no HTTP statuses.
    expect(get.responses).toEqual([]);
  });

  it('should read a method’s `Arguments:` items as the body’s fields, `Mandatory fields:` the required ones', () => {
    const body = bodySchema(operation(read, 'POST /bookmarks'));
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`) : body).toEqual([
      'url:string*',
      'title:string',
      'public:boolean',
    ]);
  });

  it('should require nothing where the mandatory item states a condition', () => {
    const body = bodySchema(operation(read, 'PUT /bookmarks/{bookmark_id}'));
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : body).toEqual(['title', 'public']);
  });
});

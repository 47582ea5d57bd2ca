/**
 * A page of calls a browser opens (a route written as a full URL in code opening a paragraph,
 * `` `http://your-host/api/getShelf` Since 2.1.0 ``, and the call as the example URL alone,
 * `` `http://your-host/api/getShelf.view?id=12` ``): the address opened, a GET. The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

const page = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/address-routes', name), 'utf8');

describe('general reader: routes written as the address a browser opens', () => {
  it('should read the route as a GET where an example URL alone opens it, an extension on its last segment or not', () => {
    const read = readGeneral(page('getshelf.md'), 'api/getshelf.md');
    expect(read.fragment?.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)).toEqual(['GET /api/getShelf']);
    expect(parameterNames(operation(read, 'GET /api/getShelf'))).toEqual(['query:id*']);
  });

  it('should read no operation where no example URL opens the route: no method is stated', () => {
    const read = readGeneral(page('shelfnotes.md'), 'api/shelfnotes.md');
    expect(read.fragment?.operations ?? []).toEqual([]);
  });
});

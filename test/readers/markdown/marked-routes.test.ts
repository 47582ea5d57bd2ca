/**
 * A mark before the method of a heading's request line is no part of it, as GitHub wikis and
 * repos' `API.md` files decorate their routes: an emoji's shortcode (`### :seedling: `DELETE`
 * /gardens/:id`), a pictograph (`### 🌷 GET /gardens/:id/beds`), or a badge image that shows the
 * method (`### ![POST](https://img.shields.io/badge/POST-green) /trays`, `<img alt="get">`).
 * Before, none of those headings stated an operation. The fixture is a "garden" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/marked-routes/API.md'), 'utf8');

describe('general reader: marks before a heading’s request line', () => {
  const read = readGeneral(page, 'wiki/API.md');

  it('should read a route after an emoji’s shortcode or a pictograph, its prose the summary', () => {
    expect(operation(read, 'DELETE /gardens/{id}').summary).toBe('Removes a garden.');
    expect(operation(read, 'GET /gardens/{id}/beds').summary).toBe('Lists the beds of a garden.');
  });

  it('should read a badge image whose alt is the method as that method', () => {
    const post = operation(read, 'POST /trays');
    expect(post.summary).toBe('Adds a tray.');
    expect(bodySchema(post)).toMatchObject({ kind: 'object', properties: [{ name: 'size', schema: { kind: 'integer' } }] });
    expect(operation(read, 'GET /trays/{id}').summary).toBe('Gets a tray.');
  });

  it('should read no operation from a marked heading that states no request line', () => {
    expect([...read.routes].sort()).toEqual(['DELETE /gardens/{id}', 'GET /gardens/{id}/beds', 'GET /trays/{id}', 'POST /trays']);
  });
});

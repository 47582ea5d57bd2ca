/**
 * A heading's attribute list (kramdown's and Pandoc's `{#id}`, `{: #id}`, Python-Markdown's
 * attr_list as MkDocs writes it, `{ id="…" }`, `{ #id .class }`) is no part of the request line
 * the heading states, nor of its title. The fixture is ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const SHELVES = readFileSync(path.join(import.meta.dirname, 'fixtures/attribute-lists/shelves.md'), 'utf8');

describe("general reader: a heading's attribute list after its request line", () => {
  it('should read the request line before the attribute list, in each of its forms', () => {
    const read = readGeneral(SHELVES);
    expect(read.routes).toEqual([
      'POST /shelves/archive',
      'GET /shelves/{shelf_id}',
      'DELETE /shelves/{shelf_id}',
      'PATCH /shelves/{shelf_id}/name',
    ]);
  });

  it('should keep the attribute list out of the title and read the section under the heading', () => {
    const read = readGeneral(SHELVES);
    const archive = operation(read, 'POST /shelves/archive');
    expect(archive.summary).toBe('Tell the library to archive a shelf.');
    const body = archive.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}:${p.schema.kind}`) : body).toEqual(['shelf_id:integer']);
    expect(operation(read, 'PATCH /shelves/{shelf_id}/name').summary).toBe('Rename a shelf');
    expect(operation(read, 'DELETE /shelves/{shelf_id}').summary).toBe('Removes the shelf for good.');
    expect(JSON.stringify(read.fragment)).not.toMatch(/-call|wide/);
  });
});

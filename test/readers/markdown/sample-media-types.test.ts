/**
 * A body a table documents, its media type unstated, and a sample whose `Content-Type` is another
 * JSON type (`application/hal+json`, any `+json`): one content entry, the sample's type with the
 * table's schema and the sample's example. Where the page states `application/json` (its
 * `Content-Type` and `Accept` rows), both stay. The fixture is a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/sample-media-types/shelves.md'), 'utf8');

/** Each content entry: its media type, whether it has a schema, its examples' values. */
function entries(contents: readonly Content[] | undefined): Array<[string, boolean, unknown[]]> {
  return (contents ?? []).map((c) => [c.mediaType, c.schema !== undefined, c.examples.map((e) => e.value)]);
}

describe('general reader: a sample that states another JSON media type than the default', () => {
  it("should give a response's table and its `+json` sample one content entry, of the sample's type", () => {
    const read = readGeneral(page, 'api/shelves.md');
    expect(read.diagnostics.items).toEqual([]);
    const list = operation(read, 'GET /shelves').responses[0];
    expect(entries(list?.content)).toEqual([['application/hal+json', true, [{ shelves: [{ id: 1 }] }]]]);
    expect(list?.content[0]?.schema?.kind).toBe('object');
    // `Accept: application/json` stated: the page's two types stay.
    expect(entries(operation(read, 'PUT /shelves/{id}').responses[0]?.content)).toEqual([
      ['application/json', true, []],
      ['application/hal+json', false, [{ id: 2 }]],
    ]);
  });

  it("should give a request body's table and its `+json` sample one content entry, of the sample's type", () => {
    const read = readGeneral(page, 'api/shelves.md');
    const create = operation(read, 'POST /shelves').requestBody;
    expect(entries(create?.content)).toEqual([['application/vnd.shelf+json', true, [{ name: 'Poetry' }]]]);
    expect(create?.content[0]?.schema?.kind).toBe('object');
    // `Content-Type: application/json` stated: the sample's type is another, open for its samples.
    const rename = operation(read, 'PUT /shelves/{id}').requestBody?.content;
    expect(entries(rename)).toEqual([
      ['application/json', true, []],
      ['application/vnd.shelf+json', true, [{ name: 'Prose' }]],
    ]);
    expect(rename?.[1]?.schema?.kind).toBe('unknown');
  });

  it("should give a ```json fence's sample (JSON, no type stated) to the body's stated JSON type, before or after that sample", () => {
    const read = readGeneral(page, 'api/shelves.md');
    expect(read.diagnostics.items).toEqual([]);
    const books = operation(read, 'GET /shelves/{id}/books').responses[0]?.content;
    expect(entries(books)).toEqual([
      ['application/hal+json', true, [{ books: [] }, { books: [], _links: { self: { href: '/shelves/2/books' } } }]],
    ]);
    expect(books?.[0]?.schema?.kind).toBe('object');
    const add = operation(read, 'POST /shelves/{id}/books').requestBody?.content;
    expect(entries(add)).toEqual([['application/vnd.shelf+json', true, [{ title: 'Odes' }, { title: 'Elegies' }]]]);
    expect(add?.[0]?.schema?.kind).toBe('object');
  });

  it('should keep the JSON types a Schema cell states (`**application/json**: Shelf<br>**application/hal+json**: Shelf`) beside a `+json` sample', () => {
    const cells = readFileSync(path.join(import.meta.dirname, 'fixtures/sample-media-types/schema-cells.md'), 'utf8');
    const read = readGeneral(cells, 'api/shelves.md');
    expect(read.diagnostics.items).toEqual([]);
    // Both stated for the schema: both entries, the sample the `hal+json` one's.
    expect(entries(operation(read, 'GET /shelves/{id}').responses[0]?.content)).toEqual([
      ['application/json', true, []],
      ['application/hal+json', true, [{ id: 1 }]],
    ]);
    // `application/json` alone stated: the sample's type is another, as where an `Accept` row states it.
    expect(entries(operation(read, 'GET /rooms/{id}').responses[0]?.content)).toEqual([
      ['application/json', true, []],
      ['application/hal+json', false, [{ id: 1 }]],
    ]);
  });

  it("should take a curl command's stated `+json` Content-Type as its sample's type", () => {
    const read = readGeneral(page, 'api/shelves.md');
    expect(entries(operation(read, 'POST /shelves/{id}/tags').requestBody?.content)).toEqual([
      ['application/vnd.shelf+json', true, [{ tag: 'http://localhost:8080/tags/1' }]],
    ]);
  });
});

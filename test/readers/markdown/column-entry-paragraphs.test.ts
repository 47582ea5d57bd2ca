/**
 * A code host's parameters copied as text and pasted into a markdown page: a part's heading over
 * `Name, Type, Description` and the entries (`park string Required` over its words), in one
 * paragraph or a paragraph each, are that part's table, as on a copied `.txt` page
 * (copied-text.test.ts). The fixture is a "benches" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/column-entry-paragraphs/benches.md'), 'utf8');
const coded = readFileSync(path.join(import.meta.dirname, 'fixtures/column-entry-paragraphs/shelves.md'), 'utf8');

describe('general reader: copied code-host entries in a markdown page', () => {
  const read = readGeneral(page, 'api/benches.md');

  it('should read the entry lines of one paragraph under a part heading as its table', () => {
    const update = operation(read, 'PATCH /parks/{park}/benches/{id}');
    expect(update.parameters.map((p) => [p.name, p.in, p.required, p.schema, p.description])).toEqual([
      ['park', 'path', true, { kind: 'string' }, 'The name of the park.'],
      ['id', 'path', true, { kind: 'integer' }, 'The unique identifier of the bench.'],
    ]);
  });

  it('should read entries written a paragraph each, their defaults and values', () => {
    const body = bodySchema(operation(read, 'PATCH /parks/{park}/benches/{id}'));
    const fields = body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required, p.schema]) : [];
    expect(fields).toEqual([
      ['colour', true, { kind: 'string' }],
      ['seats', false, { kind: 'integer', default: 3 }],
      ['state', false, { kind: 'enum', base: 'string', values: [{ value: 'open' }, { value: 'closed' }, { value: 'painted' }] }],
      ['tags', false, { kind: 'array', items: { kind: 'string' } }],
    ]);
  });

  it('should read no entry from a header over prose, nor under a heading of no part', () => {
    expect(operation(read, 'GET /parks/{park}/benches').parameters.map((p) => p.name)).toEqual(['park']);
    expect(read.root.children.filter((node) => node.type === 'table')).toHaveLength(2);
  });
});

describe('general reader: copied code-host entries whose names and types are code spans', () => {
  const read = readGeneral(coded, 'api/shelves.md');

  it('should read entries whose name and type are code spans, in one paragraph or a paragraph each', () => {
    const list = operation(read, 'GET /rooms/{owner}/shelves');
    expect(list.parameters.map((p) => [p.name, p.in, p.required, p.schema, p.description])).toEqual([
      ['owner', 'path', true, { kind: 'string' }, 'The account owner of the room.'],
      ['per_page', 'query', false, { kind: 'integer', default: 30 }, 'The number of results per page.\nDefault: `30`'],
      ['sort', 'query', false, { kind: 'string' }, 'Can be one of: name, height'],
    ]);
  });

  it("should read a body's coded entries, no header line as its description", () => {
    const build = operation(read, 'POST /rooms/{owner}/shelves');
    expect(build.requestBody?.description).toBeUndefined();
    const body = bodySchema(build);
    const fields = body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required, p.schema]) : [];
    expect(fields).toEqual([
      ['colour', true, { kind: 'string' }],
      ['boards', false, { kind: 'array', items: { kind: 'integer' } }],
      ['wood', false, { kind: 'enum', base: 'string', values: [{ value: 'oak' }, { value: 'pine' }] }],
    ]);
  });
});

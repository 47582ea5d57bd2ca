/**
 * A parameter's location written in its type cell where a table has no location column
 * (`path, string`, `integer (query)`, `boolean, in query`): the row's location, the rest its type.
 * A table where a row states none keeps its rows as without the convention. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/located-types/kennels.md'), 'utf8'), 'api/kennels.md');

function parameters(route: string): Array<[string, string, boolean, string]> {
  return operation(read, route).parameters.map((p) => [p.in, p.name, p.required, p.schema.kind]);
}

function unknownTypeLines(): number[] {
  return read.diagnostics.items.filter((d) => d.code === 'unknown-type').map((d) => d.source.start.line);
}

describe('general reader: a location written in the type cell', () => {
  it('should read the location opening or closing the type cell, and the type left', () => {
    expect(parameters('GET /kennels/{kennelId}')).toEqual([
      ['path', 'kennelId', true, 'string'],
      ['header', 'X-Request-Tag', false, 'string'],
      ['query', 'expand', false, 'string'],
      ['query', 'limit', false, 'integer'],
      ['query', 'verbose', false, 'boolean'],
    ]);
    // Only the last table's `query, string` (a row beside it states no location) is an unknown type.
    expect(unknownTypeLines()).toEqual([33]);
  });

  it('should read body rows as the body’s fields and a flag written after the type as the requirement', () => {
    const op = operation(read, 'POST /kennels/{kennelId}/moves');
    expect(op.parameters.map((p) => [p.in, p.name, p.required])).toEqual([['path', 'kennelId', true]]);
    const body = bodySchema(op);
    expect(body?.kind).toBe('object');
    if (body?.kind !== 'object') return;
    expect(body.properties.map((p) => [p.name, p.schema.kind, p.required ?? false])).toEqual([
      ['dog', 'string', true],
      ['to', 'integer', false],
    ]);
  });

  it('should guess no location for a row that states none', () => {
    // `size | integer` states no location: the table is read as written (a GET's attributes are its query).
    expect(parameters('GET /kennels').map(([where, name]) => [where, name])).toEqual([
      ['query', 'city'],
      ['query', 'size'],
    ]);
    const city = operation(read, 'GET /kennels').parameters[0]!;
    expect(city.schema.kind).toBe('unknown');
  });
});

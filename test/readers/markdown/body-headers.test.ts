/**
 * A table whose name column's header says its rows are the body's (`| Body Parameter | Type |
 * Required |`, as Commerce Layer's reference writes it) holds body fields only: a PATCH's `id` row
 * beside the route's `{id}` is the body's (JSON:API's `data.id`), not the path parameter. A
 * `Parameter` header places its rows by the route, as before. The fixture is a "lamps" API
 * written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/body-headers/lamps.md'), 'utf8');

describe('general reader: a header that says the rows are the body’s', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const fields = (route: string) => {
    const schema = bodySchema(operation(read, route));
    return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.required]) : [];
  };

  it('should keep a `Body Parameter` row named as the route’s placeholder a body field', () => {
    expect(fields('PATCH /api/lamps/{id}')).toEqual([
      ['type', true],
      ['id', true],
      ['colour', false],
    ]);
    expect(parameterNames(operation(read, 'PATCH /api/lamps/{id}'))).toEqual(['path:id*']);
  });

  it('should place a `Parameter` row named so as the path parameter, as before', () => {
    expect(fields('PATCH /api/shelves/{id}/lamp')).toEqual([['slot', false]]);
    expect(parameterNames(operation(read, 'PATCH /api/shelves/{id}/lamp'))).toEqual(['path:id*']);
  });
});

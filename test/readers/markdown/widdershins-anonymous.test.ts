/**
 * Widdershins' response schema table of a body that is no object of named fields: its first row
 * `*anonymous*` (typed `[[Plant](#schemaplant)]`, an array, or `object`) is the body itself, the
 * `»` rows below it its fields (an array's items'). The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/widdershins/plant-lists.md'), 'utf8'), 'api/plants.md');

describe('general reader: Widdershins anonymous response rows', () => {
  it('should read an `*anonymous*` array row’s `»` rows as the fields of the array’s items', () => {
    const schema = strip(operation(read, 'GET /plants').responses[0]?.content[0]?.schema);
    expect(schema).toEqual({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'id', schema: { kind: 'integer', format: 'int64' }, required: true, description: "The plant's id" },
          { name: 'name', schema: { kind: 'string' }, required: false, description: "The plant's name" },
          {
            name: 'soil',
            schema: {
              kind: 'object',
              properties: [{ name: 'kind', schema: { kind: 'string' }, required: false, description: 'Soil kind' }],
            },
            required: false,
            description: 'none',
          },
        ],
      },
    });
    // The sample's fields are the table's: none unlisted.
    expect(read.diagnostics.items.map((d) => d.code)).toEqual([]);
  });

  it('should read an `*anonymous*` object row’s `»` rows as the body’s own fields', () => {
    const schema = strip(operation(read, 'GET /plants/{plantId}/roots').responses[0]?.content[0]?.schema);
    expect(schema).toEqual({
      kind: 'object',
      properties: [{ name: 'depth', schema: { kind: 'number' }, required: false, description: 'Depth in cm' }],
    });
  });
});

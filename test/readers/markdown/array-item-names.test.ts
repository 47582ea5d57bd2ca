/**
 * A field table's `items[].id` rows where no row names `items`: the `[]` writes an array whose
 * items hold `id` (a literal key is never written so), where `meta.total` alone stays a name with
 * a dot. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/array-item-names/bulbs.md'), 'utf8'), 'api/bulbs.md');
const fit = operation(read, 'POST /v1/bulbs/batch');

describe('general reader: names of array items’ fields with no row of the array', () => {
  it('should nest a request body’s `bulbs[].socket` rows in the items of an array `bulbs`', () => {
    const body = bodySchema(fit);
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['room', 'bulbs']);
    const bulbs = body?.kind === 'object' ? body.properties.find((p) => p.name === 'bulbs') : undefined;
    expect(bulbs?.required).toBe(false);
    expect(bulbs?.schema).toMatchObject({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'socket', required: true, schema: { kind: 'string' } },
          { name: 'watts', required: false, schema: { kind: 'integer' } },
        ],
      },
    });
  });

  it('should nest a response’s rows at every `[].`, and keep `meta.total` a name with a dot', () => {
    const schema = strip(fit.responses[0]?.content[0]?.schema);
    expect(schema?.kind === 'object' ? schema.properties.map((p) => p.name) : schema).toEqual(['fitted', 'meta.total']);
    const fitted = schema?.kind === 'object' ? schema.properties[0] : undefined;
    expect(fitted?.schema).toMatchObject({
      kind: 'array',
      items: {
        kind: 'object',
        properties: [
          { name: 'id', schema: { kind: 'string' } },
          {
            name: 'parts',
            schema: { kind: 'array', items: { kind: 'object', properties: [{ name: 'name', schema: { kind: 'string' } }] } },
          },
        ],
      },
    });
  });
});

/**
 * A type cell that lists an enum's values parted by bars, `enum: oak \| pine \| birch` (the bars
 * escaped in a GFM table), states those values, as `enum: wall, floor` does with commas. The
 * fixture is a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/piped-enums/shelves.md'), 'utf8');

describe('general reader: enum values parted by bars in a type cell', () => {
  const read = readGeneral(page, 'api/shelves.md');
  const create = operation(read, 'POST /v1/shelves');

  it('should read `enum: oak \\| pine \\| birch` as three values, and commas as before', () => {
    const schema = bodySchema(create);
    expect(schema).toMatchObject({
      kind: 'object',
      properties: [
        { name: 'name', schema: { kind: 'string' } },
        { name: 'finish', schema: { kind: 'enum', values: [{ value: 'oak' }, { value: 'pine' }, { value: 'birch' }] } },
        { name: 'mount', schema: { kind: 'enum', values: [{ value: 'wall' }, { value: 'floor' }] } },
      ],
    });
  });

  it('should read the values in code spans of a response field likewise', () => {
    expect(create.responses[0]?.content[0]?.schema).toMatchObject({
      kind: 'object',
      properties: [{ name: 'id' }, { name: 'state', schema: { kind: 'enum', values: [{ value: 'empty' }, { value: 'full' }] } }],
    });
  });
});

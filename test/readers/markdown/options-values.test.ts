/**
 * "Options: asc, desc." closing a string's description lists the values it takes, bare or in code,
 * as "Allowed values: a, b" there does: the string is an enum of them. Words after the values, or
 * words that are no list of values, leave the string as it is. The fixture is a shelves page written
 * by us in the layout of a parameters table under a `#### GET /path` heading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/options-values/shelves.md'), 'utf8');

const values = (schema: Schema | undefined): unknown[] | undefined =>
  schema?.kind === 'enum' ? schema.values.map((value) => value.value) : undefined;

describe('general reader: "Options:" and bare allowed values closing a description', () => {
  const list = operation(readGeneral(page, 'api/shelves.md'), 'GET /api/shelves');
  const schema = (name: string): Schema | undefined => strip(list.parameters.find((p) => p.name === name)?.schema);

  it('should read bare values after "Options:" as the string’s enum', () => {
    expect(values(schema('order_by'))).toEqual(['width', 'height', 'built_at']);
    expect(values(schema('order'))).toEqual(['ASC', 'DESC']);
  });

  it('should read values in code after "Options:", and bare ones after "Allowed values:"', () => {
    expect(values(schema('finish'))).toEqual(['matte', 'gloss']);
    expect(values(schema('wood'))).toEqual(['oak', 'pine', 'birch']);
  });

  it('should leave a string whose words are no list of values, or go on after them, a string', () => {
    for (const name of ['label', 'mount', 'shelf_ids']) expect(schema(name)?.kind, name).toBe('string');
    expect(list.parameters.find((p) => p.name === 'order')?.description).toBe('Sorting direction. Options: ASC, DESC.');
  });
});

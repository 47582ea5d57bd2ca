/**
 * Values a parameter's description states in forms beside "One of: `a`, `b`": in single quotes
 * ("either 'asc' or 'desc'", "Allowed values: 'matte','gloss'"), as a short name's values after a
 * comma ("Type of lamp to list, `desk-lamp` or `floor-lamp`"), and "Can be one of:" / "Possible
 * values are:" in a list under a list item. Examples ("e.g."), partial lists ("such as", "…", "or
 * others") and values of another type than the field's make no enum. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/phrased-values/lamps.md'), 'utf8'), 'api/lamps.md');

const values = (schema: Schema | undefined): unknown =>
  schema?.kind === 'enum' ? schema.values.map((value) => value.value) : schema?.kind;

const schemas = (route: string): Record<string, unknown> =>
  Object.fromEntries(operation(read, route).parameters.map((p) => [p.name, values(p.schema)]));

describe('general reader: values stated in quotes, after a comma, and under a list item', () => {
  it('should read values in single quotes as values in code', () => {
    expect(schemas('GET /v1/lamps')).toMatchObject({ order: ['asc', 'desc'], finish: ['matte', 'gloss'], label: ['front', 'back'] });
    expect(schemas('GET /v1/lamps/names')).toMatchObject({ order: ['asc', 'desc'] });
  });

  it('should read a short name’s values in code after a comma, the last after "or"', () => {
    expect(schemas('GET /v1/lamps')).toMatchObject({ kind: ['desk-lamp', 'floor-lamp'], shade: ['linen', 'paper', 'glass'] });
    expect(schemas('GET /v1/lamps/names')).toMatchObject({ query: 'string', type: ['desk-lamp', 'floor-lamp'] });
  });

  it('should read "Can be one of:" and "Possible values are:" listed under an item as its values', () => {
    expect(schemas('GET /v1/lamps/search')).toEqual({ state: ['lit', 'dim', 'off'], color: ['warm', 'cold'], limit: 'integer' });
    const state = operation(read, 'GET /v1/lamps/search').parameters.find((p) => p.name === 'state');
    expect(state?.description).toBe('Lamp state.\nCan be one of: `lit`, `dim`, `off`.');
  });

  it('should make no enum of examples, partial lists, other types’ values or a quoted word', () => {
    expect(schemas('GET /v1/lamps')).toMatchObject({
      watts: 'integer',
      mood: 'string',
      room: 'string',
      bulb: 'string',
      socket: 'string',
      plug: 'string',
    });
  });
});

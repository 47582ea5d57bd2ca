/**
 * Widdershins' `#### Enumerated Values` table (`|Parameter|Value|`, `|Property|Value|`) after a
 * parameters or response schema table: the values of the row each names, nested `»` rows too.
 * The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/widdershins/plant-values.md'), 'utf8'), 'api/plants.md');

const values = (...names: string[]) => names.map((value) => ({ value }));

/** The schema of the field at `names` (one name a level) of an object schema. */
function field(schema: Schema | undefined, ...names: string[]): Schema | undefined {
  let at = schema;
  for (const name of names) at = at?.kind === 'object' ? at.properties.find((property) => property.name === name)?.schema : undefined;
  return at;
}

describe('general reader: Widdershins enumerated values', () => {
  it('should give a string parameter, or an array of strings, the values its name lists, an integer the numbers', () => {
    const list = operation(read, 'GET /plants');
    expect(strip(list.parameters.map((parameter) => [parameter.name, parameter.schema]))).toEqual([
      ['stage', { kind: 'enum', base: 'string', values: values('seedling', 'mature') }],
      ['tags', { kind: 'array', items: { kind: 'enum', base: 'string', values: values('edible', 'native') } }],
      ['light', { kind: 'enum', base: 'integer', values: [{ value: 1 }, { value: 2 }] }],
      // A word is no integer's value: the type is kept.
      ['pot', { kind: 'integer' }],
    ]);
  });

  it('should give a body’s `»` field the values its depth-marked name lists, two levels down too', () => {
    const body = bodySchema(operation(read, 'POST /plants'));
    expect(field(body, 'stage')).toEqual({ kind: 'enum', base: 'string', values: values('seedling', 'mature') });
    expect(field(body, 'soil', 'kinds')).toEqual({
      kind: 'array',
      items: { kind: 'enum', base: 'string', values: values('loam', 'clay') },
    });
    expect(field(body, 'name')).toEqual({ kind: 'string' });
  });

  it('should give a response field the values its bare name lists where one row has that name, and no row where several do', () => {
    const schema = strip(operation(read, 'GET /plants/{plantId}').responses[0]?.content[0]?.schema);
    expect(field(schema, 'stage')).toEqual({ kind: 'enum', base: 'string', values: values('seedling', 'mature') });
    expect(field(schema, 'soil', 'drainage')).toEqual({ kind: 'enum', base: 'string', values: values('fast', 'slow') });
    // `name` is the plant's, the soil's and the pot's: which one takes `loam` and `clay` the table does not say.
    expect([field(schema, 'name'), field(schema, 'soil', 'name'), field(schema, 'pot', 'name')]).toEqual([
      { kind: 'string' },
      { kind: 'string' },
      { kind: 'string' },
    ]);
    expect(read.diagnostics.items.map((d) => d.code)).toEqual([]);
  });

  it('should give a type’s properties under `# Schemas` the values their names list', () => {
    const pot = strip(read.fragment?.schemas.find((named) => named.name === 'Pot')?.schema);
    expect(field(pot, 'material')).toEqual({ kind: 'enum', base: 'string', values: values('clay', 'plastic') });
    expect(field(pot, 'drain', 'size')).toEqual({ kind: 'enum', base: 'string', values: values('small', 'large') });
  });
});

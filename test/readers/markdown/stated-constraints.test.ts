/**
 * The limits docs state for a value, in fixed forms: the AWS reference's lines under an entry
 * (`Length Constraints: Minimum length of 1. Maximum length of 64.`, `Valid Range: …`, `Pattern: …`,
 * `Array Members: Maximum number of 50 items.`), the same words in a table's Constraints column,
 * and `Min` / `Max` / `Min length` / `Max length` columns. The fixtures are ours, written in those conventions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObjectSchema, Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = (dir: string, name: string) =>
  readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures', dir, `${name}.md`), 'utf8'), `api/${name}.md`);
const CREATE = '/2021-06-01/greenhouses/{GreenhouseId}/planters';

function property(schema: Schema | undefined, name: string): Schema | undefined {
  return strip((schema as ObjectSchema | undefined)?.properties.find((p) => p.name === name)?.schema);
}

describe('general reader: constraints the docs state', () => {
  describe('AWS-style entry lines', () => {
    const create = operation(read('action-pages', 'API_CreatePlanter'), `POST ${CREATE}`);
    const remove = operation(read('action-pages', 'API_DeletePlanter'), `DELETE ${CREATE}/{PlanterId}`);
    const list = operation(read('action-pages', 'API_ListPlanters'), `GET ${CREATE}`);

    it("should read a body entry's Length Constraints, Valid Range and Array Members", () => {
      const body = bodySchema(create);
      expect(property(body, 'Name')).toEqual({ kind: 'string', minLength: 1, maxLength: 128 });
      expect(property(body, 'Slots')).toEqual({ kind: 'integer', minimum: 1 });
      expect(property(body, 'Crops')).toEqual({ kind: 'array', items: { kind: 'string' }, maxItems: 10 });
      // No constraint line: nothing set.
      expect(property(body, 'Heated')).toEqual({ kind: 'boolean' });
    });

    it("should read a URI entry's Length Constraints and its Pattern, as written", () => {
      expect(strip(create.parameters.find((p) => p.name === 'GreenhouseId')?.schema)).toEqual({
        kind: 'string',
        minLength: 1,
        maxLength: 64,
      });
      expect(strip(remove.parameters.find((p) => p.name === 'PlanterId')?.schema)).toEqual({ kind: 'string', pattern: '[a-z0-9]{8}' });
      // A range on a value that is no number (an untyped URI entry travels as text) is not put on it.
      expect(strip(list.parameters.find((p) => p.name === 'maxResults')?.schema)).toEqual({ kind: 'string' });
    });
  });

  describe('table columns', () => {
    const page = read('stated-constraints', 'kennels');

    it("should read a Constraints cell's fixed forms, and not its prose", () => {
      const body = bodySchema(operation(page, 'POST /kennels'));
      expect(property(body, 'name')).toEqual({ kind: 'string', minLength: 2, maxLength: 40 });
      expect(property(body, 'code')).toEqual({ kind: 'string', pattern: String.raw`^[A-Z]{3}-\d{2}$` });
      expect(property(body, 'runs')).toEqual({ kind: 'integer', minimum: 1, maximum: 12 });
      expect(property(body, 'tags')).toEqual({ kind: 'array', items: { kind: 'string' }, maxItems: 5 });
      expect(property(body, 'motto')).toEqual({ kind: 'string' });
    });

    it("should read Min and Max columns as a number's range, not a string's length", () => {
      const schemas = Object.fromEntries(operation(page, 'GET /kennels').parameters.map((p) => [p.name, strip(p.schema)]));
      expect(schemas).toEqual({
        limit: { kind: 'integer', minimum: 1, maximum: 100 },
        offset: { kind: 'integer', minimum: 0 },
        city: { kind: 'string' },
      });
    });

    it("should carry a body field's limits from a table that places its rows (Parameters, an In column)", () => {
      const rename = operation(page, 'PATCH /kennels/{kennelId}');
      expect(strip(rename.parameters[0]?.schema)).toEqual({ kind: 'string', pattern: '^k-[0-9]+$' });
      const body = bodySchema(rename);
      expect(property(body, 'name')).toEqual({ kind: 'string', minLength: 2, maxLength: 40 });
      expect(property(property(body, 'owner'), 'phones')).toEqual({
        kind: 'array',
        items: { kind: 'string', minLength: 10, maxLength: 10 },
        minItems: 1,
        maxItems: 3,
      });
      const move = bodySchema(operation(page, 'POST /kennels/{kennelId}/move'));
      expect(property(move, 'distance')).toEqual({ kind: 'integer', maximum: 500 });
      expect(property(move, 'reason')).toEqual({ kind: 'string' });
    });

    it("should read Min length and Max length columns as a string's length only", () => {
      const schemas = Object.fromEntries(operation(page, 'GET /kennels/search').parameters.map((p) => [p.name, strip(p.schema)]));
      expect(schemas).toEqual({ q: { kind: 'string', minLength: 3, maxLength: 50 }, page: { kind: 'integer' } });
    });
  });
});

describe('general reader: constraints no number can hold', () => {
  it('should set no limit a number cannot carry exactly (400 nines, a length past 2^53), the others kept', () => {
    const nines = '9'.repeat(400);
    const read = readGeneral(
      [
        '## List',
        '`GET /x`',
        '### Query parameters',
        [
          '| Name | Type | Min | Max | Min length | Constraints |',
          '|---|---|---|---|---|---|',
          `| a | integer | ${nines} | 10 | | |`,
          `| b | string | | | 99999999999999999999 | Maximum length of ${nines}. |`,
          `| c | string | | | 2 | Maximum length of 8. |`,
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(strip(operation(read, 'GET /x').parameters.map((p) => [p.name, p.schema]))).toEqual([
      ['a', { kind: 'integer', maximum: 10 }],
      ['b', { kind: 'string' }],
      ['c', { kind: 'string', minLength: 2, maxLength: 8 }],
    ]);
  });
});

/**
 * A query-string table whose name cells are written as the pair the URL sends (`| lamp=<lamp_name> |
 * Required |`, `| fade=[none,slow,fast] |`, headed `Query String Parameter` and `Definition`): the
 * name is the word before `=`, a bracketed list of values the values it takes, a type word in the
 * placeholder its type. The fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/query-string-pairs', name), 'utf8');

describe('general reader: query-string parameters written as name=value pairs', () => {
  it('should read each pair as its parameter, with the values and type it states', () => {
    const read = readGeneral(fixture('lamps.md'), 'api/lamps.md');
    const dim = operation(read, 'POST /dim');
    // Before: the header `Query String Parameter` named no column, and every row was "parameter row has no name".
    expect(dim.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ['query', 'lamp', true],
      ['query', 'level', false],
      ['query', 'fade', false],
      ['query', 'hold', false],
      ['query', 'verbose', false],
    ]);
    const schema = (name: string) => dim.parameters.find((p) => p.name === name)?.schema;
    expect(schema('level')?.kind).toBe('integer');
    expect(schema('fade')).toMatchObject({ kind: 'enum', values: [{ value: 'none' }, { value: 'slow' }, { value: 'fast' }] });
    // A value and a placeholder in brackets, a bare value, a placeholder of no type word: the name alone.
    expect([schema('hold')?.kind, schema('verbose')?.kind, schema('lamp')?.kind]).toEqual(['string', 'string', 'string']);
    // The `Definition` column is the description.
    expect(dim.parameters[0]?.description).toBe('The lamp to dim.');
    expect(codes(read)).not.toContain('malformed-row');
  });
});

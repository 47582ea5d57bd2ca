/**
 * "Accepted values are: `426`, `301`", "Can be one of: `0`, `1`": an `integer` or `number` whose
 * description lists its values in code spans, every one a number of that kind, is an enum of those
 * numbers; a string's numbers stay strings, and a field of no stated type gets none. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/numeric-values/kettles.md'), 'utf8');

const values = (...listed: Array<string | number>) => listed.map((value) => ({ value }));

describe('general reader: numbers a description lists', () => {
  it('should read the numbers an integer or number field lists as an enum of its kind, and nothing else', () => {
    const parameters = strip(operation(readGeneral(PAGE), 'GET /kettles').parameters).map((p) => [p.name, p.schema]);
    expect(parameters).toEqual([
      ['redirect', { kind: 'enum', base: 'integer', values: values(426, 301, 302) }],
      ['level', { kind: 'enum', base: 'integer', values: values(0, 1) }],
      ['ratio', { kind: 'enum', base: 'number', values: values(0.5, 1.5) }],
      ['spout', { kind: 'enum', base: 'integer', values: values(1, 2) }],
      // A string's numbers are strings; a word, or a fraction, is no integer's value.
      ['code', { kind: 'enum', base: 'string', values: values('1', '2') }],
      ['width', { kind: 'integer' }],
      ['angle', { kind: 'integer' }],
      ['handle', { kind: 'unknown' }],
    ]);
  });
});

/**
 * A value of no stated type whose description lists its values in code, every one a word
 * (WordPress's handbook: `One of: <code>open</code>, <code>closed</code>` in an argument's cell):
 * a string of those values. Numbers listed so say no type; a row listing none stays untyped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = () => readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/untyped-values/shelves.md'), 'utf8'));

describe('general reader: the values an untyped field’s description lists', () => {
  it('should read words listed in code as a string enum, and leave numbers and unlisted rows untyped', () => {
    const body = bodySchema(operation(read(), 'POST /wp/v2/shelves/{id}'));
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.schema]) : body).toEqual([
      ['status', { kind: 'enum', base: 'string', values: [{ value: 'open' }, { value: 'closed' }, { value: 'archived' }] }],
      ['tier', { kind: 'unknown' }],
      ['label', { kind: 'unknown' }],
    ]);
  });
});

/**
 * A default written as a JSON list (`Default: ["http", "https"]`, `default: [ ]`, `Default value is
 * ["GET","POST"]`), as admin API references state them for array fields: the default is that list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/array-defaults/gates.md'), 'utf8');

describe('general reader: array defaults', () => {
  it('should read a list a description states as the default of an untyped field, typing it an array', () => {
    const body = bodySchema(operation(readGeneral(PAGE), 'POST /gates'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema])).toEqual([
      ['name', { kind: 'unknown' }],
      ['schemes', { kind: 'array', items: { kind: 'string' }, default: ['bell', 'knock'] }],
      ['verbs', { kind: 'array', items: { kind: 'string' }, default: ['OPEN', 'SHUT'] }],
      ['keepers', { kind: 'array', items: { kind: 'unknown' }, default: [] }],
      ['hinges', { kind: 'integer', default: 2 }],
      ['bolts', { kind: 'array', items: { kind: 'integer' }, default: [1, 2, 3] }],
    ]);
  });

  it('should read a Default cell’s list on an array whose items it fits, and keep a non-array field’s reading', () => {
    const parameters = strip(operation(readGeneral(PAGE), 'GET /gates').parameters).map((p) => [p.name, p.schema]);
    expect(parameters).toEqual([
      ['colours', { kind: 'array', items: { kind: 'string' }, default: ['red', 'green'] }],
      // Words are no integers: no default rather than a mistyped one.
      ['sizes', { kind: 'array', items: { kind: 'integer' } }],
      ['tags', { kind: 'array', items: { kind: 'string' }, default: [] }],
      ['order', { kind: 'string', default: '["name"]' }],
    ]);
  });
});

/**
 * A list that marks only its optional items, after the others (`` - `since`: … `` ⏎ `` - `colour`:
 * (optional) … ``), leaves the others required; a list that marks some items among unmarked ones,
 * or marks none, says nothing of its unmarked items, and nor does one on a page that marks required
 * items too. The fixtures are a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/optional-items', name), 'utf8');

describe('general reader: a list that marks only its optional items', () => {
  const read = readGeneral(fixture('lamps.md'), 'api/lamps.md');

  it('should make the unmarked items before the optional ones required, a default left optional', () => {
    expect(parameterNames(operation(read, 'GET /api/rooms/{roomId}/readings'))).toEqual([
      'query:since*',
      'query:until*',
      'query:colour',
      'query:brand',
      'query:page',
      'query:limit',
      'path:roomId*',
    ]);
  });

  it('should read a body list so, an item typed but not flagged required', () => {
    const schema = bodySchema(operation(read, 'POST /api/rooms/{roomId}/lamps'));
    const fields = schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.required]) : [];
    expect(fields).toEqual([
      ['name', true],
      ['watts', true],
      ['note', false],
    ]);
  });

  it('should leave the unmarked items alone where a marked one stands among them, or none is marked', () => {
    expect(parameterNames(operation(read, 'GET /api/rooms/{roomId}/lamps'))).toEqual([
      'query:floor',
      'query:colour',
      'query:brand',
      'path:roomId*',
    ]);
    expect(parameterNames(operation(read, 'GET /api/rooms/{roomId}/plugs'))).toEqual(['query:socket', 'query:colour', 'path:roomId*']);
  });

  it('should leave them alone on a page that marks required items', () => {
    const switches = readGeneral(fixture('switches.md'), 'api/switches.md');
    expect(parameterNames(operation(switches, 'GET /api/rooms/{roomId}/switches'))).toEqual([
      'query:kind*',
      'query:label',
      'query:colour',
      'path:roomId*',
    ]);
    expect(parameterNames(operation(switches, 'GET /api/rooms/{roomId}/dimmers'))).toEqual(['query:floor', 'query:colour', 'path:roomId*']);
  });
});

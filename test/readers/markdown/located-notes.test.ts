/**
 * A parameter list item's notes in parentheses may say where it travels among the type and flag
 * (`` - `pond_id` (path, required): … ``, `(query, boolean)`, `(string, header)`, `*(body, integer,
 * optional)*`, `(path)` alone): that word is its location, the others its type and flag. A note of
 * two locations says neither. The fixture is a "ponds" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, codes, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/located-notes/ponds.md'), 'utf8');

describe('general reader: a location among the notes of a parameter list item', () => {
  const read = readGeneral(page, 'api/ponds.md');
  const parameters = (route: string) => operation(read, route).parameters.map((p) => [p.in, p.name, p.schema.kind, p.required]);
  const fields = (route: string) => {
    const schema = bodySchema(operation(read, route));
    return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : [];
  };

  it('should place each item where its note says, typed and flagged by the other words', () => {
    expect(parameters('POST /ponds/{pond_id}/drain')).toEqual([
      ['path', 'pond_id', 'string', true],
      ['query', 'keep_fish', 'boolean', false],
      ['header', 'X-Pump-Id', 'string', false],
    ]);
    expect(fields('POST /ponds/{pond_id}/drain')).toEqual([['rate', 'integer', false]]);
  });

  it('should read a location alone as the location, and a note of two as none', () => {
    expect(parameters('PUT /ponds/{pond_id}/water')).toEqual([['path', 'pond_id', 'string', true]]);
    expect(fields('PUT /ponds/{pond_id}/water').map(([name]) => name)).toEqual(['source', 'level']);
    expect(codes(read).filter((code) => code === 'unknown-type')).toHaveLength(1);
  });
});

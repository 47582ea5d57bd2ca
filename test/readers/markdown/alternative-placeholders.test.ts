/**
 * A placeholder named by its alternatives (`{lamp_or_uid}`, `{nameOrId}`) whose path table lists
 * each alternative as a row: the placeholder, documented by them. The fixture is a "lamps" API
 * written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/alternative-placeholders/lamps.md'), 'utf8');

describe("general reader: a placeholder's alternatives as its path table's rows", () => {
  const read = readGeneral(page, 'api/lamps.md');
  const rows = (route: string) => strip(operation(read, route).parameters.map((p) => [p.name, p.in, p.required, p.schema, p.description]));

  it('should read the rows joined by `_or_` or `Or` as the one placeholder, each described', () => {
    expect(rows('GET /lamps/{lamp_or_uid}')).toEqual([
      ['lamp_or_uid', 'path', true, { kind: 'string' }, "`lamp`: The lamp's name. `uid`: The lamp's uid."],
    ]);
    expect(rows('GET /shelves/{nameOrId}')).toEqual([
      ['nameOrId', 'path', true, { kind: 'string' }, "`name`: The shelf's name. `id`: The shelf's id."],
    ]);
    expect(read.diagnostics.items.filter((d) => d.code === 'path-parameter-not-in-route')).toHaveLength(2);
  });

  it('should leave rows of different types as they were', () => {
    expect(rows('GET /bulbs/{bulb_or_uid}').map(([name]) => name)).toEqual(['bulb_or_uid']);
  });
});

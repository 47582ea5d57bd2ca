/**
 * A definition closed by a note in parentheses of type words and a flag (MkDocs' and Pandoc's
 * definition lists: `` `name` `` ⏎ `:   The lamp's name (string, required).`) states the term's
 * type and flag, as a closing sentence does (`String, required.`); a note of other words stays the
 * description's. The fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/closing-notes/lamps.md'), 'utf8');

describe('general reader: a note of type and flag closing a definition', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it("should type and flag a query parameter by its definition's closing note", () => {
    expect(operation(read, 'GET /v1/lamps').parameters.map((p) => [p.name, p.schema.kind, p.required, p.description])).toEqual([
      ['garden_id', 'string', true, "The garden's id"],
      ['limit', 'integer', false, 'Max items to return'],
      ['sort', 'string', false, 'The order (newest or oldest).'],
    ]);
  });

  it("should type and flag a body field by its definition's closing note", () => {
    const schema = bodySchema(operation(read, 'POST /v1/lamps'));
    expect(schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : []).toEqual([
      ['name', 'string', true],
      ['watts', 'integer', false],
    ]);
  });
});

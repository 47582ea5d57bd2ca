/**
 * A list item whose description opens with type words and a dash after the name's colon
 * (`` `wall`: string - Only the shelves … ``, `` `label`: Optional string - … ``, as Synapse's
 * admin API writes every parameter and field): the type (and the flag) are the item's, gone from
 * the description. A word that is no type's (`` `mode`: fast - … ``) stays the description's. The
 * fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/dashed-opening-types/shelves.md'), 'utf8');

describe('general reader: type words and a dash opening an item after its colon', () => {
  const read = readGeneral(page, 'api/shelves.md');
  const list = operation(read, 'GET /admin/v1/shelves');

  it('should type the query parameters by those words, the description without them', () => {
    const rows = list.parameters.map((p) => [p.name, p.schema.kind, p.description]);
    expect(rows).toEqual([
      ['wall', 'string', 'Only the shelves on this wall.'],
      ['limit', 'integer', 'The most shelves to return.'],
      ['since', 'integer', 'Only shelves hung after this time, in seconds.'],
      ['mode', 'string', 'fast - a word that is no type, kept as written.'],
    ]);
  });

  it("should type the answer's fields and read an `Optional` among the words as the flag", () => {
    const schema = list.responses.find((r) => r.status.startsWith('2'))?.content[0]?.schema;
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.schema.kind, p.required, p.description])).toEqual([
      ['count', 'integer', true, 'How many shelves there are.'],
      ['label', 'string', false, 'The label painted on the shelf, if any.'],
    ]);
  });
});

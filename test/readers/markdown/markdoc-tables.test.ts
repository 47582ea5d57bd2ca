/**
 * Markdoc's table tag (`{% table %}` ⏎ `* Name` ⏎ `* Type` ⏎ `---` ⏎ one `* cell` per line ⏎ …
 * `{% /table %}`), which CommonMark reads as lists between thematic breaks: read as the table it
 * renders, then placed as any table is. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Property, Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/markdoc-tables/lamps.md'), 'utf8'), 'api/lamps.md');

function fields(schema: Schema | undefined): Array<[string, string, string | undefined]> {
  const properties: Property[] = schema?.kind === 'object' ? schema.properties : [];
  return properties.map((p) => [p.name, p.schema.kind, p.description]);
}

describe('general reader: Markdoc tables', () => {
  it('should read a table tag as the table it renders, a cell’s lines one description', () => {
    const list = operation(read, 'GET /v1/lamps');
    expect(parameterNames(list)).toEqual(['query:room', 'query:limit']);
    expect(list.parameters.map((p) => [p.schema.kind, p.description])).toEqual([
      ['string', 'The room the lamps are in.'],
      ['integer', 'How many lamps to return; at most 50.'],
    ]);
    expect(list.description ?? '').not.toContain('* room');
  });

  it('should read `-` items parted by blank lines, and the Required column', () => {
    const create = operation(read, 'POST /v1/lamps');
    expect(fields(bodySchema(create))).toEqual([
      ['colour', 'string', "The lamp's colour."],
      ['watts', 'integer', "The lamp's power."],
    ]);
    const body = bodySchema(create);
    expect(body?.kind === 'object' ? body.properties.map((p) => p.required) : []).toEqual([true, false]);
  });

  it('should leave a table of no header row as read: it names no column', () => {
    const dim = operation(read, 'POST /v1/lamps/{lamp}/dim');
    expect(parameterNames(dim)).toEqual(['path:lamp*']);
    expect(bodySchema(dim)).toBeUndefined();
  });
});

/**
 * A resource's properties with an arrow between each name and its words (Shopify's REST admin
 * reference): `title` ⏎ `->` ⏎ the description, `->read-only` where the caller cannot set it, as
 * paragraphs or in a `Property | Description` table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/arrow-properties', name), 'utf8');

function properties(file: string, type: string) {
  const schema = strip(readGeneral(fixture(file)).fragment?.schemas.find((named) => named.name === type)?.schema);
  return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.description, p.schema.readOnly === true]) : schema;
}

describe('general reader: properties with an arrow between name and words', () => {
  it('should read a run of name ⏎ arrow ⏎ description paragraphs as the type’s properties', () => {
    expect(properties('planter.md', 'Planter')).toEqual([
      ['id', 'The unique numeric identifier for the planter.', true],
      ['label', "The planter's label. Limited to 40 characters, see [labels](#labels).", false],
      ['depth', 'The depth of the planter in centimetres.', false],
    ]);
  });

  it('should keep the arrow out of a table’s names and descriptions, `read-only` marking the property', () => {
    expect(properties('trellis.md', 'Trellis')).toEqual([
      ['id', 'The unique numeric identifier for the trellis.', true],
      ['height', 'The height of the trellis in centimetres.', false],
      ['vine', 'The vine the trellis carries.', false],
      ['placed_at', 'When the trellis was placed.', true],
    ]);
  });

  it('should leave an arrow in running prose as written', () => {
    const read = readGeneral(
      '## Moves\n\n`POST /moves`\n\nShifts a pot: north -> south.\n\n| Name | Description |\n| --- | --- |\n| `to` | Where -> to. |\n',
    );
    const body = strip(operation(read, 'POST /moves').requestBody?.content[0]?.schema);
    expect(body).toMatchObject({ kind: 'object', properties: [{ name: 'to', description: 'Where -> to.' }] });
  });
});

/**
 * A type cell's link to a section of the page that tabulates a type's fields (`| covers | Array of
 * [Cover](#cover) |` ⏎ … ⏎ `#### Cover` over `| Field | Type | Description |`): the section is that
 * type's definition. The page is ours, written in the convention of call-style bot references.
 */
import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral, strip } from './helpers.js';

function page(cell: string): string {
  return [
    '# Shelf Bot API',
    'All queries are sent as `https://bots.shelves.example/bot<token>/METHOD_NAME`. We support GET and POST HTTP methods.',
    '## Available methods',
    '#### setCovers',
    'Use this method to set the covers of a shelf. Returns *True* on success.',
    `| Parameter | Type | Required | Description |\n| --- | --- | --- | --- |\n| covers | ${cell} | Yes | The covers |`,
    '## Available types',
    '#### Cover',
    'This object represents a book cover.',
    '| Field | Type | Description |\n| --- | --- | --- |\n| file_id | String | The cover image |\n| width | Integer | Its width |',
  ].join('\n\n');
}

describe('general reader: a type cell linking to a section of fields', () => {
  it("should make the linked section the type's definition, the parameter's items that type", () => {
    const read = readGeneral(page('Array of [Cover](#cover)'));
    expect(
      read.fragment?.schemas.map((schema) => [schema.name, schema.schema.kind === 'object' && schema.schema.properties.map((p) => p.name)]),
    ).toEqual([['Cover', ['file_id', 'width']]]);
    expect(strip(operation(read, 'GET /bot{token}/setCovers').parameters[0]?.schema)).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'Cover' },
    });
    expect(codes(read)).not.toContain('undocumented-type');
  });

  it('should bind nothing by a link in other words, or whose words name another type', () => {
    // `## Available types` defines Cover whatever links to it; the links decide only what the parameter is.
    const covers = (cell: string) => strip(operation(readGeneral(page(cell)), 'GET /bot{token}/setCovers').parameters[0]?.schema);
    expect(covers('Array of [Cover](#cover)')).toEqual({ kind: 'array', items: { kind: 'ref', name: 'Cover' } });
    expect(covers('String, see [Cover](#cover) for its shape')).not.toMatchObject({ items: { kind: 'ref', name: 'Cover' } });
    expect(covers('String, see [Cover](#cover) for its shape')).not.toMatchObject({ kind: 'ref', name: 'Cover' });
    expect(covers('Array of [Picture](#cover)')).not.toMatchObject({ items: { kind: 'ref', name: 'Cover' } });
  });
});

/**
 * Description cells that hold HTML blocks after the type the cell states (`__string__  <br/>The
 * name.<br/><ul><li>…</li></ul>`, as Zilliz's and Milvus' REST references write them): the text
 * they show, a line a paragraph and a `- ` line an item, with the values and defaults they state
 * still read. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/html-descriptions/shelves.md'), 'utf8');

function fields(schema: Schema | undefined): Record<string, unknown> {
  if (schema?.kind !== 'object') return {};
  return Object.fromEntries(schema.properties.map((p) => [p.name, { description: p.description, ...strip(p.schema) }]));
}

describe('general reader: HTML in description cells', () => {
  const read = readGeneral(PAGE, 'api/create-shelf.md');
  const create = operation(read, 'POST /v3/library/shelves/create');

  it('should give the text a description’s HTML list shows, an item a line, code spans kept', () => {
    const response = fields(create.responses.find((r) => r.status === '2XX')?.content[0]?.schema);
    expect(response.code).toEqual({
      kind: 'integer',
      description: 'Whether the request succeeds.\n- `0`: The request succeeds.\n- Others: Some error occurs.',
    });
    // Paragraphs a line each.
    expect(response.data).toMatchObject({ kind: 'map', description: 'The shelf created.\nEmpty on failure.' });
  });

  it('should keep the type and flag before the break, and the values and default the items state; breaks alone as written', () => {
    const body = fields(create.requestBody?.content[0]?.schema);
    expect(body.libraryName).toEqual({ kind: 'string', description: 'The name of the library the shelf belongs to.' });
    expect(body.shelfName).toEqual({
      kind: 'string',
      description: 'The name of the shelf.\n- Up to 64 characters.\n- Letters, digits and underscores only.',
    });
    expect(body.layout).toMatchObject({
      kind: 'enum',
      values: [{ value: 'upright' }, { value: 'stacked' }],
      default: 'upright',
      description: 'How the books stand on the shelf.\n- Possible values: `upright`, `stacked`.\n- Defaults to `upright`.',
    });
    const schema = create.requestBody?.content[0]?.schema;
    expect(schema?.kind === 'object' ? schema.properties.filter((p) => p.required).map((p) => p.name) : []).toEqual(['shelfName']);
    // A description whose only HTML is line breaks is markdown's own inline HTML: kept as written.
    const other = readGeneral(
      [
        '## Find shelves',
        '`GET /shelves`',
        '| Name | Type | Description |\n|---|---|---|\n| `scope` | string | One of `mine` or `all`.<br> Defaults to `mine`. |',
      ].join('\n\n'),
    );
    const [scope] = operation(other, 'GET /shelves').parameters;
    expect(scope?.description).toBe('One of `mine` or `all`.<br> Defaults to `mine`.');
  });

  it('should number an ordered list’s items and indent a nested list', () => {
    const body = fields(create.requestBody?.content[0]?.schema);
    expect(body.capacity).toEqual({
      kind: 'integer',
      description: 'How many books the shelf holds.\n1. Count the slots.\n2. Leave one free:\n  - for returns.',
    });
  });
});

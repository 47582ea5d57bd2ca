/**
 * A name cell that writes the row's type after the name, in a table with no Type column (Shopify's
 * property tables: `` `email` <br> *string* ``, `` `id` *integer* *read-only* ``): the name, its
 * type and its flags, as a `Name | Type | Description` table's. The pages are ours, written in
 * that convention.
 */
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral, strip } from './helpers.js';

/** `name: schema (required)` of each property of the page's type `name`. */
function fields(read: ReturnType<typeof readGeneral>, name: string): Array<[string, Schema, boolean]> {
  const schema = read.fragment?.schemas.find((named) => named.name === name)?.schema;
  if (schema?.kind !== 'object') throw new Error(`no object ${name}`);
  return schema.properties.map((property) => [property.name, strip(property.schema), property.required]);
}

const page = (rows: string) =>
  `## Shelf object\n\n| Property | Description |\n|---|---|\n${rows}\n\n## Get a shelf\n\n\`GET /shelves/{id}\`\n`;

describe('general reader: a type written in the name cell', () => {
  it('should read the type after the name, set apart by a space or a line break, bare, in emphasis or in code, and its flags', () => {
    const read = readGeneral(
      page(
        [
          '| `email` <br> *string* | The email. |',
          '| `id` *integer* *read-only* | The id. |',
          '| **limit** `integer` *required* | At most. |',
          '| `label` nullable string | Its label. |',
          '| `notes` | Free words. |',
        ].join('\n'),
      ),
    );
    expect(fields(read, 'Shelf')).toEqual([
      ['email', { kind: 'string' }, false],
      ['id', { kind: 'integer', readOnly: true }, false],
      ['limit', { kind: 'integer' }, true],
      ['label', { kind: 'string', nullable: true }, false],
      ['notes', { kind: 'unknown' }, false],
    ]);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(['path-parameter-undocumented']);
  });

  it("should read an HTML table's name cells so too", () => {
    const read = readGeneral(
      '## Shelf object\n\n<table><tr><th>Property</th><th>Description</th></tr><tr><td><code>email</code><br><em>string</em></td><td>The email.</td></tr><tr><td><code>count</code> <em>integer</em></td><td>How many.</td></tr></table>\n\n## Get a shelf\n\n`GET /shelves/{id}`\n',
    );
    expect(fields(read, 'Shelf').map(([name, schema]) => [name, schema.kind])).toEqual([
      ['email', 'string'],
      ['count', 'integer'],
    ]);
  });

  it('should leave a table as written where a name cell holds other words, or a Type column states the types', () => {
    const other = readGeneral(page('| `email` *string* | The email. |\n| `ids` (comma separated) | The ids. |'));
    expect(fields(other, 'Shelf').map(([name]) => name)).not.toContain('email');
    const typed = readGeneral(
      '## Shelf object\n\n| Property | Type | Description |\n|---|---|---|\n| `email` *string* | integer | The email. |\n\n## Get a shelf\n\n`GET /shelves/{id}`\n',
    );
    expect(fields(typed, 'Shelf').map(([, schema]) => schema.kind)).toEqual(['integer']);
  });

  it("should read a parameter table's name cells so too", () => {
    const read = readGeneral(
      '## List shelves\n\n`GET /shelves`\n\n### Parameters\n\n| Name | Description |\n|---|---|\n| `limit` *integer* | At most. |\n| `since_id` *integer* *required* | After it. |\n',
    );
    expect(operation(read, 'GET /shelves').parameters.map((p) => [p.in, p.name, strip(p.schema).kind, p.required])).toEqual([
      ['query', 'limit', 'integer', false],
      ['query', 'since_id', 'integer', true],
    ]);
  });
});

describe('general reader: a type in the name cell over an empty Type cell', () => {
  const PAGE = [
    '## List lamps',
    '`GET /lamps`',
    '### Query parameters',
    '| Name | Type | Description |\n|---|---|---|\n| limit (integer) | | At most. |\n| `room` (string, optional) | | The room. |\n| since *integer* | | After it. |\n| `key` (string, required) | | The key. |\n| colour | string | The colour. |',
    '### Example request',
    '```\nGET /lamps?limit=10&room=hall\n```',
    '## List rooms',
    '`GET /rooms`',
    '### Query parameters',
    '| Name | Description |\n|---|---|\n| size (integer) | How many. |\n| `floor` (integer, required) | The floor. |',
    'Example: `GET /rooms?size=5`',
  ].join('\n\n');

  it("should read the name cell's type (and flag) into the empty Type cell, or as the Type of a table with none", () => {
    const read = readGeneral(PAGE);
    const params = (route: string) =>
      operation(read, route).parameters.map((p) => [p.name, strip(p.schema).kind, p.required, p.description]);
    expect(params('GET /lamps')).toEqual([
      ['limit', 'integer', false, 'At most.'],
      ['room', 'string', false, 'The room.'],
      ['since', 'integer', false, 'After it.'],
      ['key', 'string', true, 'The key.'],
      ['colour', 'string', false, 'The colour.'],
    ]);
    expect(params('GET /rooms')).toEqual([
      ['size', 'integer', false, 'How many.'],
      ['floor', 'integer', true, 'The floor.'],
    ]);
    // The example's `limit=10` is the documented parameter's value, no second, untyped one.
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('duplicate-parameter');
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });

  it("should leave a Type cell that states a type as the row's type, and fill the empty one beside it", () => {
    const read = readGeneral(
      '## List lamps\n\n`GET /lamps`\n\n### Query parameters\n\n| Name | Type | Description |\n|---|---|---|\n| limit (integer) | string | At most. |\n| page (integer) | | The page. |\n',
    );
    expect(operation(read, 'GET /lamps').parameters.map((p) => [p.name, strip(p.schema).kind])).toEqual([
      ['limit', 'string'],
      ['page', 'integer'],
    ]);
  });
});

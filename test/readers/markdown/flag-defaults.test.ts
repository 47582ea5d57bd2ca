import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const QUERY = [
  '# Shelves',
  '## List shelves',
  '`GET /shelves`',
  '### Query parameters',
  [
    '| Argument | Type | Required | Description |',
    '|---|---|---|---|',
    '| `limit` | integer | Optional, default=100 | The most shelves to return. |',
    '| `sort` | string | No (default: `created`) | The order. |',
    '| `cursor` | string | Optional | Where to start. |',
    '| `team` | string | Required | The team. |',
    '| `page` | integer | Optional, default=1 | The page. Defaults to `2`. |',
  ].join('\n'),
].join('\n\n');

describe('general reader: a default stated beside the required flag', () => {
  it('should read the default a Required cell states after its flag, the description’s first', () => {
    const read = readGeneral(QUERY);
    const parameters = strip(operation(read, 'GET /shelves').parameters).map((p) => [p.name, p.required, p.schema]);
    expect(parameters).toEqual([
      ['limit', false, { kind: 'integer', default: 100 }],
      ['sort', false, { kind: 'string', default: 'created' }],
      ['cursor', false, { kind: 'string' }],
      ['team', true, { kind: 'string' }],
      ['page', false, { kind: 'integer', default: 2 }],
    ]);
  });

  it('should read it for a body field too, a word without code stating none', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Create a shelf',
        '`POST /shelves`',
        '### Request body',
        [
          '| Field | Type | Required | Description |',
          '|---|---|---|---|',
          '| `public` | boolean | Optional Default: `false` | Whether anyone may see it. |',
          '| `label` | string | No, default is the name | What it is called. |',
        ].join('\n'),
      ].join('\n\n'),
    );
    const body = bodySchema(operation(read, 'POST /shelves'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema])).toEqual([
      ['public', { kind: 'boolean', default: false }],
      ['label', { kind: 'string' }],
    ]);
  });
});

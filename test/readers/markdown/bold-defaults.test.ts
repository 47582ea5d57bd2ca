/**
 * "The default is **false**.", "Defaults to **50**.": a default a description writes in bold, as
 * it writes one in code ("The default is `20`."), where the value fits the field's type. The page is ours.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = [
  '## List kettles',
  '`GET /kettles`',
  [
    '| Name | Type | Description |',
    '|---|---|---|',
    '| strict | boolean | Strict mode. The default is **false**. |',
    '| size | integer | Page size. Defaults to **50**. |',
    '| sort | string | Sort order. The default is **name**. |',
    '| limit | integer | How many. The default is **all**. |',
    '| owner | string | Owner. Defaults to **not** set. |',
    '| shelf | integer | Shelf to search. Default is **0** and search all shelves |',
  ].join('\n'),
].join('\n\n');

describe('general reader: a default in bold', () => {
  it('should read a bold word that closes a default sentence as the default, where it fits the type', () => {
    const parameters = strip(operation(readGeneral(PAGE), 'GET /kettles').parameters).map((p) => [p.name, p.schema]);
    expect(parameters).toEqual([
      ['strict', { kind: 'boolean', default: false }],
      ['size', { kind: 'integer', default: 50 }],
      ['sort', { kind: 'string', default: 'name' }],
      // A word is no integer's default; a bold word the sentence goes on past is none.
      ['limit', { kind: 'integer' }],
      ['owner', { kind: 'string' }],
      // The bold marks where the value ends; `and` opens the next clause.
      ['shelf', { kind: 'integer', default: 0 }],
    ]);
  });
});

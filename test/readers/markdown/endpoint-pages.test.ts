import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

describe('general reader: pages that list their endpoints, then document each under a heading', () => {
  it('should take a fence listing the routes the headings state again for an index, its section no part of them', () => {
    const read = readGeneral(
      [
        '# Shelves',
        '**Endpoints**',
        '```text\nGET /api/shelves\nPOST /api/shelves\nGET /api/shelves/:shelfId\nGET /api/shelves/:shelfId/stats\n```',
        '**Size parameter**',
        'The size buckets the books returned.',
        '- `small`: Up to 10 books.\n- `large`: Up to 100 books.',
        '---',
        '## GET /api/shelves',
        'Lists the shelves.',
        '**Parameters**',
        '- `page`: (optional number, default 1) The page.',
        '---',
        '## POST /api/shelves',
        'Creates a shelf.',
        '---',
        '## GET /api/shelves/:shelfId',
        'Gets a shelf.',
      ].join('\n\n'),
    );
    expect(read.routes).toEqual([
      'GET /api/shelves/{shelfId}/stats',
      'GET /api/shelves',
      'POST /api/shelves',
      'GET /api/shelves/{shelfId}',
    ]);
    const list = operation(read, 'GET /api/shelves');
    expect(parameterNames(list)).toEqual(['query:page']);
    expect(list.summary).toBe('Lists the shelves.');
    expect(list.description).toBeUndefined();
    expect(parameterNames(operation(read, 'POST /api/shelves'))).toEqual([]);
    expect(parameterNames(operation(read, 'GET /api/shelves/{shelfId}'))).toEqual(['path:shelfId*']);
    expect(operation(read, 'GET /api/shelves/{shelfId}').summary).toBe('Gets a shelf.');
  });

  it("should read notes in parentheses opening an item's description: type words, flags and the default, parted by commas or `|`", () => {
    const read = readGeneral(
      [
        '## GET /api/pets',
        'Lists pets.',
        '**Parameters**',
        [
          '- `search`: (optional string) Search text.',
          '- `page`: (optional number, default 1) The page.',
          '- `orderBy`: (optional string, default `name`) The column to order by.',
          '- `since`: (in ms) The earliest birth date.',
        ].join('\n'),
        '## POST /api/pets',
        'Adds a pet.',
        '**Parameters**',
        [
          '- `name`: (string) The name of the pet.',
          '- `tag`: (string | optional) A tag. Set `null` to remove it.',
          '- `age`: (integer | string) The age, in years or as written.',
        ].join('\n'),
      ].join('\n\n'),
    );
    const list = operation(read, 'GET /api/pets');
    expect(list.parameters.map((p) => [p.name, p.schema, p.required, p.description])).toEqual([
      ['search', { kind: 'string' }, false, 'Search text.'],
      ['page', { kind: 'number', default: 1 }, false, 'The page.'],
      ['orderBy', { kind: 'string', default: 'name' }, false, 'The column to order by.'],
      // Words other than notes stay the description's.
      ['since', { kind: 'string' }, false, '(in ms) The earliest birth date.'],
    ]);
    const body = bodySchema(operation(read, 'POST /api/pets'));
    expect(body?.kind === 'object' && body.properties.map((p) => [p.name, p.schema, p.required, p.description])).toEqual([
      ['name', { kind: 'string' }, false, 'The name of the pet.'],
      ['tag', { kind: 'string' }, false, 'A tag. Set `null` to remove it.'],
      [
        'age',
        { kind: 'union', mode: 'oneOf', variants: [{ kind: 'integer' }, { kind: 'string' }] },
        false,
        'The age, in years or as written.',
      ],
    ]);
  });
});

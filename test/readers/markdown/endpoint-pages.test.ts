import { describe, expect, it } from 'vitest';
import { operation, parameterNames, readGeneral } from './helpers.js';

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
});

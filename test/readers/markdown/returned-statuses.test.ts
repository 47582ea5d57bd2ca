import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** A "library" API whose endpoint lists end in `**Returns**:` over the statuses, each reason phrase in parentheses. */
const PAGE = [
  '## Get a shelf',
  [
    '* **URL**: `/shelves/:id`',
    '* **Method**: GET',
    '* **Returns**:',
    '  * 200 (OK) with the shelf and its books.',
    '  * 404 (NOT FOUND).',
  ].join('\n'),
  '## Move a shelf',
  '`PATCH /shelves/{id}`',
  'Returns:',
  '* 204 (No Content).\n* 409 (Conflict) when another shelf stands there.',
].join('\n\n');

describe('general reader: `Returns:` over a list of statuses, the reason phrase in parentheses (`* 200 (OK) with …`)', () => {
  it('should read each item as a status and its words', () => {
    const read = readGeneral(PAGE);
    const get = operation(read, 'GET /shelves/{id}');
    expect(get.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'with the shelf and its books.'],
      ['404', 'Not Found'],
    ]);
    expect(operation(read, 'PATCH /shelves/{id}').responses.map((r) => r.status)).toEqual(['204', '409']);
  });

  it('should not take numbers that are no status, or a list not every item of which is one, for statuses', () => {
    const read = readGeneral(
      [
        '## List shelves',
        '`GET /shelves`',
        'Returns:',
        '* 100 (at most) shelves per page.\n* 200 (OK) with the shelves.',
        '## Count shelves',
        '`GET /shelves/count`',
        'Returns:',
        '* 250 (the maximum) shelves.',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /shelves').responses.map((r) => r.status)).not.toContain('100');
    expect(operation(read, 'GET /shelves/count').responses.map((r) => r.status)).not.toContain('250');
  });
});

describe('general reader: a status in quotes with its reason phrase (Twilio\'s `Returns "204 NO CONTENT" if …`)', () => {
  it('should read the quoted status as one in code, and a quoted number with other words as none', () => {
    const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/resource-pages/shelf-resource.md'), 'utf8'));
    expect(operation(read, 'DELETE /2010-04-01/Libraries/{LibrarySid}/Shelves/{Sid}.json').responses.map((r) => r.status)).toEqual(['204']);
    const curly = readGeneral("## Drop a shelf\n\n`DELETE /shelves/{id}`\n\nReturns “204 No Content” when dropped, or '404 Not Found'.\n");
    expect(operation(curly, 'DELETE /shelves/{id}').responses.map((r) => r.status)).toEqual(['204', '404']);
    const books = readGeneral('## List books\n\n`GET /books`\n\nReturns "200 books" at most.\n');
    expect(operation(books, 'GET /books').responses.map((r) => r.status)).not.toContain('200');
  });
});

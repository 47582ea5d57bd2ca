import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** `status: description` of every response. */
function statuses(read: ReturnType<typeof readGeneral>, route: string): string[] {
  return operation(read, route).responses.map((r) => `${r.status}: ${r.description}`);
}

describe('general reader: a list of statuses under an Errors title', () => {
  it("should read each item as an error answer, and the sample that states no status as the success's", () => {
    const read = readGeneral(
      [
        '## Lend a book',
        '`POST /loans`',
        '**Sample response**',
        '```\n{"id": 7, "due": "2024-05-01"}\n```',
        '**Errors**',
        '* 400 book_id invalid\n* 404: Book not found.\n* 500 Internal Server Error',
        '## Return a book',
        '`DELETE /loans/{id}`',
        '#### Errors',
        '* 1001 The loan is closed\n* 1002 The loan is unknown',
      ].join('\n\n'),
    );
    expect(statuses(read, 'POST /loans')).toEqual([
      '400: book_id invalid',
      '404: Book not found',
      '500: Internal Server Error',
      '2XX: Success',
    ]);
    const success = operation(read, 'POST /loans').responses.find((r) => r.status === '2XX');
    expect(success?.content[0]?.examples[0]?.value).toEqual({ id: 7, due: '2024-05-01' });
    // The API's own error codes are no HTTP statuses: the list stays set aside.
    expect(statuses(read, 'DELETE /loans/{id}')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** `status: description` of every response. */
function statuses(read: ReturnType<typeof readGeneral>, route: string): string[] {
  return operation(read, route).responses.map((r) => `${r.status}: ${r.description}`);
}

describe('general reader: statuses written outside tables', () => {
  it('should read a definition list of statuses as the status table, each definition its description', () => {
    const read = readGeneral(
      [
        '## Create a loan',
        '`POST /loans`',
        '### Response Codes',
        '201 Created\n:   A new loan was made.',
        '200 OK\n:   The book was already lent to this reader,\n    the loan is returned as it is.',
        '409 Conflict\n:   The book is lent to another reader.',
      ].join('\n\n'),
    );
    expect(statuses(read, 'POST /loans')).toEqual([
      '201: A new loan was made.',
      '200: The book was already lent to this reader, the loan is returned as it is.',
      '409: The book is lent to another reader.',
    ]);
  });

  it('should read the statuses a list item or a sentence under a response title lists, each with its words', () => {
    const read = readGeneral(
      [
        '## Import books',
        '`POST /imports`',
        '* Authentication: required\n* Response: HTTP 200 on success, 500 on error\n* Note: Unknown books are skipped.',
        '## Renew a loan',
        '`POST /loans/{id}/renew`',
        '* Authentication: required\n* Response: 204 No Content',
        '## Delete a shelf',
        '`DELETE /shelves/{id}`',
        '* **Parameters**: none\n* **Return codes**:\n* **HTTP 404**: If the shelf does not exist\n* **HTTP 409**: If the shelf still holds books\n* **Returns**: nothing',
        '## Copy a shelf',
        '`POST /shelves/{id}/copy`',
        '#### Response',
        'Returns a 200 OK if successful, or a 404 Not Found if the shelf does not exist.',
        '## Describe a shelf',
        '`GET /shelves/{id}`',
        '#### Response',
        'Returns the shelf with its books.',
      ].join('\n\n'),
    );
    expect(statuses(read, 'POST /imports')).toEqual(['200: on success', '500: on error']);
    expect(statuses(read, 'POST /loans/{id}/renew')).toEqual(['204: No Content']);
    expect(statuses(read, 'DELETE /shelves/{id}')).toEqual(['404: If the shelf does not exist', '409: If the shelf still holds books']);
    expect(statuses(read, 'POST /shelves/{id}/copy')).toEqual(['200: OK if successful', '404: Not Found if the shelf does not exist']);
    // Words that state no status give none.
    expect(statuses(read, 'GET /shelves/{id}')).toEqual([]);
  });

  it('should read a heading that is a status (`##### 200 Success`) as that response, with nothing or only prose under it', () => {
    const read = readGeneral(
      [
        '### DELETE /shelves/{id} - Delete a shelf',
        '#### Response',
        '##### 200 Success',
        '### PUT /shelves/{id} - Update a shelf',
        'Renames a shelf.',
        '#### Response',
        '##### 200 Success',
        '```json\n{ "id": 1, "name": "Odes" }\n```',
        '##### 403 Forbidden',
        'A 403 response is returned when the shelf is locked.',
      ].join('\n\n'),
    );
    expect(statuses(read, 'DELETE /shelves/{id}')).toEqual(['200: Success']);
    const update = operation(read, 'PUT /shelves/{id}');
    expect(statuses(read, 'PUT /shelves/{id}')).toEqual(['200: Success', '403: Forbidden']);
    expect(update.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 1, name: 'Odes' });
    expect(update.summary).toBe('Renames a shelf.');
    expect(update.description ?? '').not.toContain('403');
  });

  it('should read a fence of a status line without its protocol (`200 OK`, `404 Not Found` over headers) as that response', () => {
    const read = readGeneral(
      [
        '## Check the catalog',
        '```\nGET /catalog/\n```',
        '###### On Success: OK',
        '```none\n200 OK\n```',
        '###### On Failure: Not Found',
        '```none\n404 Not Found\nContent-Type: application/json\n\n{ "errors": [{ "code": "UNKNOWN" }] }\n```',
      ].join('\n\n'),
    );
    const check = operation(read, 'GET /catalog');
    expect(statuses(read, 'GET /catalog')).toEqual(['200: OK', '404: Not Found']);
    expect(check.responses[1]?.content[0]?.examples[0]?.value).toEqual({ errors: [{ code: 'UNKNOWN' }] });
  });
});

import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral, strip } from './helpers.js';

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
    expect(statuses(read, 'PUT /shelves/{id}')).toEqual(['200: Success', '403: A 403 response is returned when the shelf is locked.']);
    expect(update.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 1, name: 'Odes' });
    expect([update.summary, update.description]).toEqual(['Update a shelf', 'Renames a shelf.']);
  });

  it('should read a bold label of a status (`**Code** : `201 CREATED``) under a Success or Error Response title as that response, a sample after it its answer', () => {
    const read = readGeneral(
      [
        '# Lend a book',
        'Lends a book to a member.',
        '**Method** : `POST`',
        '```\nPOST /v1/loans\n```',
        '## Success Response',
        '**Code** : `201 CREATED`',
        '**Content example**',
        '```json\n{ "id": 7 }\n```',
        '## Error Response',
        '**Condition** : If the book is already lent.',
        '**Code** `409 Conflict`',
        '**Status**: `HTTP 404 Book Missing`',
      ].join('\n\n'),
    );
    // (The condition right before `**Code**` is that status's description: data-labels.test.ts.)
    expect(statuses(read, 'POST /v1/loans')).toEqual(['201: Created', '409: If the book is already lent.', '404: Book Missing']);
    expect(operation(read, 'POST /v1/loans').responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 7 });
  });

  it("should read `**Data content** : [`Loan`](loan.md)` after a `**Code**` label as that status's body, of the linked type", () => {
    const read = readGeneral(
      [
        '# Get a loan',
        '**URL** : `/v1/loans/{id}`',
        '**Method** : `GET`',
        '## Success Response',
        '**Code** : `200 OK`',
        '**Data content** : [`Loan`](loan.md)',
      ].join('\n\n'),
    );
    expect(strip(operation(read, 'GET /v1/loans/{id}').responses).map((r) => [r.status, r.content[0]?.schema])).toEqual([
      ['200', { kind: 'ref', name: 'Loan' }],
    ]);
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

  it('should read the statuses a sentence of the prose states (`will return `201 Created``, "responds with `204 No Content`", "returns HTTP 201"), the sentence staying prose', () => {
    const read = readGeneral(
      [
        '## Add a pet',
        '`POST /pets`',
        'Adds a pet to the shelter.',
        'The call will return `201 Created` with the new pet, and returns a `409 Conflict` if a pet of that name lives here.',
        'Names are case-sensitive.',
        'Example response:',
        '```json\n{ "id": 4, "name": "Rex" }\n```',
        '## Remove a pet',
        '`DELETE /pets/{id}`',
        'Removes a pet. The server responds with `204 No Content`, or returns a 404 Not Found when no pet has that id.',
        '## Adopt a pet',
        '`POST /pets/{id}/adoption`',
        '### Response',
        'On success, the server returns HTTP 201.',
        'It responds `403 Forbidden` to a shelter that is closed.',
        '## List pets',
        '`GET /pets`',
        'Returns 200 pets at most; the call returns up to 100 results per page and returns `limit` pets, 404 of them asleep.',
        'Each page returns a cursor to the next: a 201 or 404 in the cursor is no status.',
        '## Feed a pet',
        '`POST /pets/{id}/meals`',
        '### Response',
        'The server responds with `201 Created` and the meal:',
        '| Field | Type | Description |\n| --- | --- | --- |\n| `id` | integer | The meal |\n| `food` | string | What the pet ate |',
        '## Get a pet',
        '`GET /pets/{id}`',
        'Returns a `404 Not Found` if no pet has that id.',
        'Example response:',
        '```json\n{ "id": 4 }\n```',
      ].join('\n\n'),
    );
    const add = operation(read, 'POST /pets');
    expect(statuses(read, 'POST /pets')).toEqual(['201: Created', '409: Conflict if a pet of that name lives here']);
    // The sentence is the operation's prose still; the JSON after it the success's sample.
    expect(add.summary).toBe('Adds a pet to the shelter.');
    expect(add.description ?? '').toContain('will return `201 Created`');
    expect(add.description ?? '').toContain('Names are case-sensitive.');
    expect(add.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 4, name: 'Rex' });
    expect(statuses(read, 'DELETE /pets/{id}')).toEqual(['204: No Content', '404: Not Found when no pet has that id']);
    expect(statuses(read, 'POST /pets/{id}/adoption')).toEqual(['201: on success', '403: Forbidden']);
    // The response's fields after the sentence are still the response's.
    const feed = operation(read, 'POST /pets/{id}/meals');
    expect(statuses(read, 'POST /pets/{id}/meals')).toEqual(['201: Created']);
    const body = strip(feed.responses[0]?.content[0]?.schema) as { properties?: Array<{ name: string }> } | undefined;
    expect(body?.properties?.map((p) => p.name)).toEqual(['id', 'food']);
    expect(feed.requestBody).toBeUndefined();
    // Numbers that are no statuses: counts, and codes the page does not mark as statuses.
    expect(statuses(read, 'GET /pets')).toEqual([]);
    // An error the prose states never takes the sample's answer away: a success whose code the page does not give.
    const get = operation(read, 'GET /pets/{id}');
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([
      ['404', undefined],
      ['2XX', { id: 4 }],
    ]);
    expect(codes(read)).not.toContain('sample-mismatch');
  });

  it('should read the statuses a sentence states after a curl command or a parameters list, where the prose goes on', () => {
    const read = readGeneral(
      [
        '## Remove a bookmark',
        '```\nDELETE /bookmarks/:id\n```',
        'Parameters:',
        '| Attribute | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | integer | yes | The bookmark |',
        '```bash\ncurl --request DELETE https://shelf.example.com/api/bookmarks/1\n```',
        'Returns `204 No Content` on success, or `404 Not Found` if the bookmark cannot be found.',
        '## Lock a shelf',
        '```\nPOST /shelves/:id/lock\n```',
        'Parameters:',
        '- `id` (required) - the shelf',
        'Will return `201 Created` on success, `409 Conflict` when the shelf is locked already.',
      ].join('\n\n'),
    );
    expect(statuses(read, 'DELETE /bookmarks/{id}')).toEqual([
      '204: No Content on success',
      '404: Not Found if the bookmark cannot be found',
    ]);
    expect(statuses(read, 'POST /shelves/{id}/lock')).toEqual([
      '201: Created on success',
      '409: Conflict when the shelf is locked already',
    ]);
    expect(operation(read, 'DELETE /bookmarks/{id}').parameters.map((p) => p.name)).toEqual(['id']);
  });

  it('should read a status the prose says is returned (the passive voice), and no count of things returned', () => {
    const read = readGeneral(
      [
        '## Create a shelf',
        '`POST /shelves`',
        'Creates a shelf. A `201 Created` is returned with the new shelf. A `409 Conflict` is returned if the name is taken.',
        'If the library is closed, a `503` status code is returned.',
        '## List shelves',
        '`GET /shelves`',
        'At most 200 shelves are returned per page. The shelves are returned in order.',
      ].join('\n\n'),
    );
    expect(statuses(read, 'POST /shelves')).toEqual([
      '201: Created',
      '409: Conflict if the name is taken',
      '503: if the library is closed',
    ]);
    expect(statuses(read, 'GET /shelves')).toEqual([]);
  });

  it('should read the status each outcome item of an endpoint list states (`* Response: none (code `204`)`, `* On success: `204`, …`, a `- Status code:` list), and none where it states none', () => {
    const read = readGeneral(
      [
        '## Remove a widget',
        '```\nDELETE /api/v1/widgets/:id\n```',
        '* Authentication: required\n* Params:\n  * `id`: the widget\n* Response: none (code `204`)',
        '## Polish a widget',
        '```\nPOST /api/v1/widgets/:id/polish\n```',
        '* Authentication: required\n* Params: none\n* On success: `204`, empty response',
        '## Rename a widget',
        '```\nPATCH /api/v1/widgets/:id\n```',
        '* Params:\n  * `id`: the widget\n  * `name`: the new name\n* Response: JSON, "ok" and the status code',
        '## Fetch a workshop',
        '```\nGET /api/v1/workshops/{token}\n```',
        '* Response:\n  - Status code:\n    + `200 OK`\n    + `404 Not Found` When the workshop could not be found',
      ].join('\n\n'),
    );
    expect(statuses(read, 'DELETE /api/v1/widgets/{id}')).toEqual(['204: none']);
    expect(statuses(read, 'POST /api/v1/widgets/{id}/polish')).toEqual(['204: empty response']);
    expect(statuses(read, 'GET /api/v1/workshops/{token}')).toEqual(['200: OK', '404: When the workshop could not be found']);
    // "the status code" names none: no status is made up.
    expect(statuses(read, 'PATCH /api/v1/widgets/{id}')).toEqual([]);
  });
});

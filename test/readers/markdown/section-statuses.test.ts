import { describe, expect, it } from 'vitest';
import { codes, operation, readGeneral } from './helpers.js';

/** The statuses a "library" API's sections state, each in its own section's way. */
describe('general reader: statuses bound to their own section', () => {
  it("should end a call no heading owns with the section it stands in: a later section's status table is not its", () => {
    const read = readGeneral(
      [
        '# Shelves',
        '## Open a shelf',
        'Name: `open`',
        '**Returns:**',
        '| HTTP Status Code | Scenario |\n|---|---|\n| 423 | The shelf is locked |\n| 200 | All other scenarios |',
        '```sh\n$ curl -i -d \'name=poetry\' http://localhost:8300/api/v1/shelves/open\nHTTP/1.1 200 OK\nContent-Type: text/plain\n$ curl http://localhost:8300/api/v1/shelves/list --cookie "SID=abc"\n```',
        '## Close a shelf',
        'Name: `close`',
        '**Returns:**',
        '| HTTP Status Code | Scenario |\n|---|---|\n| 200 | All scenarios |',
        '## Count shelves',
        'Name: `count`',
        '**Returns:**',
        '| HTTP Status Code | Scenario |\n|---|---|\n| 200 | All scenarios |',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /api/v1/shelves/open').responses.map((r) => r.status)).toEqual(['423', '200']);
    // The second call of the transcript stands in `## Open a shelf`: the tables of the sections after it are no part of it.
    expect(operation(read, 'GET /api/v1/shelves/list').responses).toEqual([]);
    expect(read.diagnostics.items.map((d) => d.message)).not.toContainEqual(expect.stringMatching(/documented twice/));
    expect(codes(read)).not.toContain('malformed-row');
  });
});

describe('general reader: statuses listed under a `Header:` item of a response', () => {
  it('should read `* Response:` ⏎ `- Header:` ⏎ `+ `200 OK`` items as the statuses, each condition its description', () => {
    const read = readGeneral(
      [
        '# Shelf API',
        '## Lock a shelf',
        '* Method: `POST`\n* Endpoint: `/shelf/{token}/lock`\n\n* Response:\n    - Header:\n        + `200 OK`\n        + `404 Not Found` When the shelf could not be found\n        + `404 Not Found` When the library is closed\n\n    - Data:\n        The lock, with at least:\n\n        field | type | Description\n        ------|------|------------\n        `lockedBy` | string | Who holds the lock',
        '## Unlock a shelf',
        '* Method: `DELETE`\n* Endpoint: `/shelf/{token}/lock`\n\n* Response:\n    - Header:\n        + `200 OK`\n        + `423 Locked` When another reader holds the lock',
      ].join('\n\n'),
    );
    const lock = operation(read, 'POST /shelf/{token}/lock');
    expect(lock.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'OK'],
      ['404', 'When the shelf could not be found\nWhen the library is closed'],
    ]);
    expect(operation(read, 'DELETE /shelf/{token}/lock').responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'OK'],
      ['423', 'When another reader holds the lock'],
    ]);
  });

  it('should leave a `Header:` item of real headers, or one under no response title, as it is', () => {
    const read = readGeneral(
      [
        '## Lock a shelf',
        "* Method: `POST`\n* Endpoint: `/shelf/{token}/lock`\n* Header:\n    + `200 OK`\n\n* Response:\n    - Header:\n        + `X-Lock-Id` The lock's id\n    - Status code:\n        + `201 Created`",
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /shelf/{token}/lock').responses.map((r) => r.status)).toEqual(['201']);
  });
});

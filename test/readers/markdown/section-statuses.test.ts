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
        "```sh\n$ curl -i -d 'name=poetry' http://localhost:8300/api/v1/shelves/open\nHTTP/1.1 200 OK\nContent-Type: text/plain\n```",
        'Then list what it holds:',
        '```sh\ncurl http://localhost:8300/api/v1/shelves/list --cookie "SID=abc"\n```',
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

describe('general reader: a plain status number the response title or the words after it mark', () => {
  it('should read `Response:` ⏎ `:   200 and no content.` and "returns 201 and no content" as statuses', () => {
    const read = readGeneral(
      [
        '# Shelf API',
        '### **POST `/shelves/tidy`** { id="shelves_tidy" }',
        '_Tidy every shelf._',
        'Response:\n:   200 and no content.',
        '### **POST `/shelves/dust`** { id="shelves_dust" }',
        'Dusts the shelves. The call returns 201 and no content.',
        '### **POST `/shelves/wipe`**',
        'Response: 200 and no content.',
        'Wipes the shelf clean.',
        '### **POST `/shelves/seal`**',
        'Seals the shelf; it returns 204 with no body once sealed.',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /shelves/tidy').responses.map((r) => r.status)).toEqual(['200']);
    expect(operation(read, 'POST /shelves/dust').responses.map((r) => r.status)).toEqual(['201']);
    const wipe = operation(read, 'POST /shelves/wipe');
    expect(wipe.responses.map((r) => r.status)).toEqual(['200']);
    expect([wipe.summary, wipe.description].join(' ')).toContain('Wipes the shelf clean.');
    expect(operation(read, 'POST /shelves/seal').responses.map((r) => r.status)).toEqual(['204']);
  });

  it('should read a `Responses:` line listing statuses with their reasons as the operation’s responses', () => {
    const read = readGeneral(
      [
        '# Herbarium API',
        '## Create a specimen',
        '`POST /v1/specimens`',
        'Adds a specimen to the herbarium.',
        'Responses: 201 Created, 409 Conflict.',
        '## Press a specimen',
        '`POST /v1/specimens/{id}/press`',
        '**Responses**: `202 Accepted` or `404 Not Found`',
        '## List specimens',
        '`GET /v1/specimens`',
        'Responses: 200 specimens at most, in pages.',
      ].join('\n\n'),
    );
    const create = operation(read, 'POST /v1/specimens');
    expect(create.responses.map((r) => [r.status, r.description])).toEqual([
      ['201', 'Created'],
      ['409', 'Conflict'],
    ]);
    expect(create.description ?? create.summary).toBe('Adds a specimen to the herbarium.');
    expect(operation(read, 'POST /v1/specimens/{id}/press').responses.map((r) => r.status)).toEqual(['202', '404']);
    expect(operation(read, 'GET /v1/specimens').responses.map((r) => r.status)).not.toContain('200');
  });

  it('should read no status from a number that counts things, under a response title or not', () => {
    const read = readGeneral(
      [
        '### **GET `/shelves`**',
        'Returns 200 shelves at most.',
        'Response:\n:   200 shelves, and the cursor of the next page.',
        '### **GET `/books`**',
        'Response:\n:   The call returns 100 books at a time.',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /shelves').responses.map((r) => r.status)).not.toContain('200');
    expect(operation(read, 'GET /books').responses.map((r) => r.status)).not.toContain('100');
  });
});

describe('general reader: a sample fenced under its title in a list item', () => {
  it('should read `* Response:` ⏎ an indented fence of a status line alone, or of JSON, as that answer', () => {
    const read = readGeneral(
      [
        '## Lock a shelf',
        '```\nPOST /shelves/{id}/lock\n```',
        '* Response:\n\n  ```\n  HTTP/1.1 204 No Content\n  ```',
        '## Mark a shelf',
        '```\nPOST /shelves/{id}/mark\n```',
        '* Response:\n\n  ```\n  HTTP/2 200\n  ```',
        '## Read a shelf',
        '```\nGET /shelves/{id}\n```',
        '* Method: `GET`\n* Response:\n\n  ```json\n  {"id": 7, "name": "poetry"}\n  ```',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /shelves/{id}/lock').responses.map((r) => r.status)).toEqual(['204']);
    expect(operation(read, 'POST /shelves/{id}/mark').responses.map((r) => r.status)).toEqual(['200']);
    const get = operation(read, 'GET /shelves/{id}');
    expect(get.responses.map((r) => [r.status, r.content[0]?.examples[0]?.value])).toEqual([['2XX', { id: 7, name: 'poetry' }]]);
  });
});

describe('general reader: a response title stating its status with `HTTP`', () => {
  it('should read `**Response**: HTTP 200` and `### Response: HTTP/1.1 201` as statuses, not as types', () => {
    const read = readGeneral(
      [
        '## Read a shelf',
        'GET /shelves',
        '**Response**: HTTP 200',
        '```json\n[{"id": 7}]\n```',
        '## Add a shelf',
        'POST /shelves',
        '### Response: HTTP/1.1 201',
        '```json\n{"id": 8}\n```',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /shelves').responses.map((r) => r.status)).toEqual(['200']);
    expect(operation(read, 'POST /shelves').responses.map((r) => r.status)).toEqual(['201']);
    expect(codes(read)).not.toContain('unknown-type');
  });
});

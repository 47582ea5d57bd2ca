import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

function names(schema: Schema | undefined): string[] {
  return schema?.kind === 'object' ? schema.properties.map((p) => p.name) : [];
}

describe('general reader: a plain status number whose condition is success', () => {
  it('should read "returns 204 on success" and "If successful, returns 201, …" as statuses, the sketch they announce that answer', () => {
    const read = readGeneral(
      [
        '##### DELETE `/v1/shelves/:id`',
        'Delete a shelf.',
        'Will return 204 on success.',
        '##### POST `/v1/shelves`',
        'Create a shelf.',
        'If successful, returns 201, a link to the shelf as a `Location` header, and the following response:',
        '```javascript\n{\n    "title": String,\n    "shelfId": String\n}\n```',
        '##### POST `/v1/shelves/:id/books`',
        'Example request body:',
        '```javascript\n{\n    "bookId": String\n}\n```',
        'Returns a 201 on success with the following schema:',
        '```javascript\n{\n    "title": String,\n    "bookId": String\n}\n```',
        '##### GET `/v1/books`',
        'Returns 200 books at most.',
      ].join('\n\n'),
    );
    expect(operation(read, 'DELETE /v1/shelves/{id}').responses.map((r) => r.status)).toEqual(['204']);
    for (const route of ['POST /v1/shelves', 'POST /v1/shelves/{id}/books']) {
      const responses = operation(read, route).responses;
      expect(responses.map((r) => r.status)).toEqual(['201']);
      expect(names(responses[0]?.content[0]?.schema)).toEqual(route.endsWith('books') ? ['title', 'bookId'] : ['title', 'shelfId']);
    }
    // A number that is no status: none.
    expect(operation(read, 'GET /v1/books').responses).toEqual([]);
  });
});

describe('general reader: a plain status number the sentence marks otherwise', () => {
  it('should read "Returns 404 if not found." (the condition says the code\'s reason phrase) as that status', () => {
    const read = readGeneral(
      [
        '#### GET /api/shelves/&lt;shelf_id>',
        'Returns a shelf for the given id. Returns 404 if not found.',
        '#### GET /api/books/&lt;book_id>',
        'Returns 404 books if the shelf is full.',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /api/shelves/{shelf_id}').responses.map((r) => [r.status, r.description])).toEqual([
      ['404', 'if not found'],
    ]);
    expect(operation(read, 'GET /api/books/{book_id}').responses).toEqual([]);
  });

  it('should read "The return code is 200 if …, 201 if …" as each status with its condition, the JSON announced below its answer', () => {
    const read = readGeneral(
      [
        '#### POST /api/shelves/&lt;shelf_id>',
        'Updates or creates a shelf.',
        'The return code is 200 if the shelf existed, 201 if a new shelf was made. The response body will contain the Shelf.',
        '```json\n{"shelf_id": "poetry", "books": 12}\n```',
      ].join('\n\n'),
    );
    const responses = operation(read, 'POST /api/shelves/{shelf_id}').responses;
    expect(responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'if the shelf existed'],
      ['201', 'if a new shelf was made'],
    ]);
    expect(responses[0]?.content[0]?.examples[0]?.value).toEqual({ shelf_id: 'poetry', books: 12 });
  });
});

import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

describe('general reader: a status named with its article under a Returns title', () => {
  it('should read "A 201 http status without content." under **Returns** as that status, and a count as none', () => {
    const read = readGeneral(
      [
        '### Create a lamp',
        '**HTTP Request**',
        '`POST http://127.0.0.1:8080/1.0/lamps`',
        '**Returns**',
        'A 201 http status without content.',
        '### Delete a lamp',
        '**HTTP Request**',
        '`DELETE http://127.0.0.1:8080/1.0/lamps/{lampId}`',
        '**Returns**',
        'An HTTP 204 status, no content.',
        '### Count the lamps',
        '**HTTP Request**',
        '`GET http://127.0.0.1:8080/1.0/lamps/count`',
        '**Returns**',
        'A 200 lamps list at most.',
      ].join('\n\n'),
    );
    expect(operation(read, 'POST /1.0/lamps').responses.map((r) => r.status)).toEqual(['201']);
    expect(operation(read, 'DELETE /1.0/lamps/{lampId}').responses.map((r) => r.status)).toEqual(['204']);
    // "A 200 lamps list" is no status.
    expect(operation(read, 'GET /1.0/lamps/count').responses).toEqual([]);
  });
});

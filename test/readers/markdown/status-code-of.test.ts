import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

/** `status: description` of every response. */
function statuses(read: ReturnType<typeof readGeneral>, route: string): string[] {
  return operation(read, route).responses.map((r) => `${r.status}: ${r.description}`);
}

describe('general reader: "a status code of 201" states that status', () => {
  it('should read "returns a status code of 201" as the status, its condition its words, the sample above the 200 its answer', () => {
    const read = readGeneral(
      [
        '### Create a lamp',
        '**HTTP Request**',
        '`POST http://127.0.0.1:8080/1.0/lamps`',
        '**Response**',
        'If successful, returns a status code of 201 and an empty body.',
        '### Retrieve a lamp',
        '**HTTP Request**',
        '`GET http://127.0.0.1:8080/1.0/lamps/{lampId}`',
        '> Example Response:',
        '```json\n{ "lampId": "a1", "watts": 40 }\n```',
        '**Response**',
        'If successful, returns a status code of 200 and a lamp object.',
        '### Delete a lamp',
        '**HTTP Request**',
        '`DELETE http://127.0.0.1:8080/1.0/lamps/{lampId}`',
        'Deletes the lamp. Returns the lamp with a status code of 200, or a status of 404 when no lamp has that id.',
        '### Count the lamps',
        '**HTTP Request**',
        '`GET http://127.0.0.1:8080/1.0/lamps/count`',
        'Returns a count of 200 lamps at most.',
      ].join('\n\n'),
    );
    expect(statuses(read, 'POST /1.0/lamps')).toEqual(['201: if successful']);
    const get = operation(read, 'GET /1.0/lamps/{lampId}');
    expect(get.responses.map((r) => r.status)).toEqual(['200']);
    expect(get.responses[0]?.content[0]?.examples[0]?.value).toEqual({ lampId: 'a1', watts: 40 });
    expect(statuses(read, 'DELETE /1.0/lamps/{lampId}').map((s) => s.slice(0, 3))).toEqual(['200', '404']);
    // "a count of 200" is no status.
    expect(operation(read, 'GET /1.0/lamps/count').responses).toEqual([]);
  });
});

describe('general reader: "a status code of `200`" states that status', () => {
  it('should read "A HTTP status code of `200` is returned with the following response body:" as the 200 over its sample', () => {
    const read = readGeneral(
      [
        '## Dim lamps',
        '```\nGET /dim\n```',
        'A HTTP status code of `200` is returned with the following response body:',
        '```json\n{\n  "dimmed": 3\n}\n```',
        '## Glow lamps',
        '```\nGET /glow\n```',
        'Returns a status code of 202 when the lamps start to glow.',
      ].join('\n\n'),
    );
    const dim = operation(read, 'GET /dim');
    expect(dim.responses.map((r) => [r.status, r.content.flatMap((c) => c.examples.map((e) => e.value))])).toEqual([
      ['200', [{ dimmed: 3 }]],
    ]);
    expect(operation(read, 'GET /glow').responses.map((r) => r.status)).toEqual(['202']);
  });

  it('should read an error\'s "status code of `400`" as that error\'s status', () => {
    const read = readGeneral(
      [
        '## Dim lamps',
        '```\nGET /dim\n```',
        'A HTTP status code of `400` is returned with the following response body:',
        '```json\n{\n  "error": "no such room"\n}\n```',
      ].join('\n\n'),
    );
    expect(operation(read, 'GET /dim').responses.map((r) => r.status)).toContain('400');
  });
});

/**
 * A cue that names another call in code (`` For example, `GET /v1/lampcheck/rooms/1` returns: ``
 * under `GET /v1/lampcheck`): the sample below is that call's answer, no second sample of the
 * operation; a sample id in the route's place is the route's own call (`` `GET /v1/lamps/7` returns: ``
 * under `GET /v1/lamps/{id}`). The fixtures are made-up APIs written by us.
 */
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const samples = (read: ReturnType<typeof readGeneral>, route: string) =>
  operation(read, route).responses.flatMap((response) => response.content.flatMap((content) => content.examples ?? []));

describe('general reader: cues naming another call', () => {
  it("should set aside the sample a cue names another call's, and keep one of the route's own", () => {
    const read = readGeneral(
      [
        '# Control',
        '### GET /v1/lampcheck',
        'Returns the state of every lamp.',
        '```json\n[{"name": "/lamps/1", "lit": true}]\n```',
        'You can also use `/v1/lampcheck/$room/$id` to get the state of one lamp.',
        'For example, `GET /v1/lampcheck/rooms/1` returns:',
        '```json\n{"name": "/lamps/1", "lit": true, "room": "hall"}\n```',
        '### GET /v1/lamps/{id}',
        'Returns one lamp.',
        'For example, `GET /v1/lamps/7` returns:',
        '```json\n{"id": "7", "lit": false}\n```',
      ].join('\n\n'),
    );
    // (Before, the other call's answer was a second sample: the body was inferred a union of both.)
    expect(samples(read, 'GET /v1/lampcheck')).toHaveLength(1);
    expect(samples(read, 'GET /v1/lamps/{id}')).toHaveLength(1);
  });
});

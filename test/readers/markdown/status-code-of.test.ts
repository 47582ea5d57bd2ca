import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

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

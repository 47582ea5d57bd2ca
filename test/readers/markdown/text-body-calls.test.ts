/**
 * A call in console syntax in a shell's fence over the text it sends (```` ```bash ```` ⏎ `POST /query` ⏎
 * `find shelves where …`, as Manticore's manual writes its SQL calls) is that request: no shell runs a
 * route alone. Its body's type the fence does not state, so no body is read. Text under a `GET` may be
 * its answer: no call. Before, such a fence held no request line, and the page lost its POST beside
 * the bodiless `GET /query?q=…`. The fixture is a shelf API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/text-body-calls');

describe('general reader: a console call over the text it sends in a shell fence', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const paths = openapi.paths ?? {};

  it('should read the request line of a method that sends a body, and no body of a type unstated', () => {
    expect(run.failed).toBe(false);
    expect(Object.keys(paths['/query'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(paths['/query']?.post?.requestBody).toBeUndefined();
    expect(Object.keys(paths['/describe'] ?? {})).toEqual(['put']);
  });

  it('should read no call of a GET over lines of text', () => {
    expect(Object.keys(paths).sort()).toEqual(['/describe', '/query']);
  });
});

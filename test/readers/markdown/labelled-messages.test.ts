/**
 * An HTTP message written under its body's label (```` ```json ```` ⏎ `POST /v1/lamps/switch
 * HTTP/1.1` ⏎ headers ⏎ `{…}`, as guides that show a call with its JSON write it) states its
 * request line: a line that ends in its protocol is no program's text. Before, a fence labelled
 * with a program's language held no request line unless every line of it was one, so the page
 * documented no operation. The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/labelled-messages');

describe('general reader: an HTTP message in a fence of its body’s label', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const paths = openapi.paths ?? {};

  it('should read the request line, its body as the request sample and the answer under it', () => {
    expect(run.failed).toBe(false);
    const post = paths['/v1/lamps/switch']?.post;
    expect(post?.requestBody?.content?.['application/json']?.examples).toEqual({ sample: { value: { lamp: 'porch', level: 80 } } });
    expect(Object.keys(post?.responses ?? {})).toEqual(['201']);
  });

  it("should read a request line alone in a program's fence, and no line further down a program", () => {
    expect(Object.keys(paths).sort()).toEqual(['/v1/lamps/porch', '/v1/lamps/switch']);
    expect(Object.keys(paths['/v1/lamps/porch'] ?? {})).toEqual(['get']);
  });
});

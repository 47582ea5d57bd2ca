/**
 * A curl command in a fence of another label than a shell's (a site that marks every sample with
 * the page's language, ```` ```javascript ```` ⏎ `curl -X POST \` …) is a curl command where it is
 * the fence's first line: the request's sample, its `Content-Type` the body's media type, its
 * route the signature where the page states none. Before, such a fence was no call at all. The
 * fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/curl-in-other-fences');

describe('general reader: a curl command in a fence of another label', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const paths = openapi.paths ?? {};

  it("should read the command as the request's sample, of the media type it sends", () => {
    expect(run.failed).toBe(false);
    const content = paths['/api/lamps']?.post?.requestBody?.content ?? {};
    expect(Object.keys(content)).toEqual(['application/vnd.lights+json']);
    expect(content['application/vnd.lights+json'].examples).toEqual({ sample: { value: { name: 'Desk', watts: 40 } } });
  });

  it("should read a command as the signature where the page states none, and a program's line as no command", () => {
    expect(Object.keys(paths).sort()).toEqual(['/api/lamps', '/api/lamps/desk']);
    expect(Object.keys(paths['/api/lamps/desk'] ?? {})).toEqual(['patch']);
  });
});

/**
 * GitBook's request line: the method in bold, then the URL with an empty element that keeps it
 * from being linked (`https://<i></i>host`) and its path in bold after the host (the stars
 * markdown leaves as they are). Before, the first was no request line (the page read no
 * operation) and the second a path ending in `**`. The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/gitbook-request-lines');

describe('general reader: GitBook’s request lines', async () => {
  const run = await generate({ input: FIXTURE, cache: false });

  it('should read the request line with an empty element in its URL and its path in bold', () => {
    expect(run.failed).toBe(false);
    expect(run.document.operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(['get /v2/lamps/{id}', 'post /v2/lamps']);
    const hang = run.document.operations.find((o) => o.method === 'post');
    expect(hang?.summary).toBe('A lamp hangs from one hook of a ceiling.');
    const body = hang?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required]) : []).toEqual([
      ['hook', true],
      ['watts', false],
    ]);
  });

  it('should take the host before the path for the server', () => {
    expect(run.document.servers?.map((s) => s.url)).toEqual(['https://lights.example.net']);
  });
});

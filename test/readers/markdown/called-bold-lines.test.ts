/**
 * A request line in bold after a verb that calls it, opening a paragraph ("Call **GET /status** to
 * check …", "Send **PUT /lamps/:id/name** with …", as Joplin's Data API page writes its calls of no
 * heading of their own) states that operation. Before, such a sentence gave none, and the operation
 * was lost. A request line in bold elsewhere in a sentence stays prose. The fixture is an API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/called-bold-lines');

describe('general reader: a request line in bold after a verb that calls it', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const paths = openapi.paths ?? {};

  it('should read each called request line as an operation, and none only mentioned', () => {
    expect(run.failed).toBe(false);
    expect(Object.keys(paths).sort()).toEqual(['/find', '/lamps', '/lamps/{id}/name', '/status']);
    expect(Object.keys(paths['/lamps/{id}/name'] ?? {})).toEqual(['put']);
  });

  it('should read the query of a called request line as its parameter', () => {
    expect((paths['/find']?.get?.parameters ?? []).map((p: { name: string; in: string }) => `${p.in} ${p.name}`)).toEqual(['query room']);
  });
});

/**
 * `## Path and HTTP methods` over a fence of the page's routes (OpenSearch's pages): a title of the
 * request lines, as `### HTTP Request` and `## Endpoints` are, no name of the call; the page's words
 * summarise it. Before, each route's summary was "Path and HTTP methods". The fixture is a shelf
 * API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/path-method-titles');

describe('general reader: "Path and HTTP methods" over the routes', async () => {
  const run = await generate({ input: FIXTURE, cache: false });

  it('should summarise each route by the page’s words, not by the title of its request lines', () => {
    expect(run.failed).toBe(false);
    expect(run.document.operations.map((o) => [o.path, o.summary])).toEqual([
      ['/_shelves/count', 'The shelf count request tells how many shelves stand in a room.'],
      ['/{room}/_shelves/count', 'The shelf count request tells how many shelves stand in a room.'],
    ]);
    expect(run.document.operations.every((o) => o.parameters.some((p) => p.name === 'painted'))).toBe(true);
  });
});

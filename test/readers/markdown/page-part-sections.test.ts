/**
 * A part's title as high as the section an operation's heading stands in (`## API overview` ⏎
 * `### Bulb APIs` ⏎ a table of routes ⏎ `## Query params` ⏎ its table) closes that section: the
 * page's part, no operation's. Before, its parameters went to every route of the table above it
 * (a `DELETE` too), and to none of the other tables'. A signature's own heading under a call's
 * title (`## Create a bulb` ⏎ `#### POST …` ⏎ `### Parameters`) keeps its parts. The fixtures are
 * a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/page-part-sections');

describe("general reader: a part's title above an operation's section", async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const paths = openapi.paths ?? {};
  const names = (operation: { parameters?: Array<{ name: string }> } | undefined) => (operation?.parameters ?? []).map((p) => p.name);

  it("should give the page's query parameters to no route of the overview's last table", () => {
    expect(run.failed).toBe(false);
    expect(Object.keys(paths).sort()).toEqual(['/api/v1/bulbs', '/api/v1/bulbs/{bulbId}', '/api/v1/lamps']);
    expect(names(paths['/api/v1/bulbs']?.get)).toEqual([]);
    expect(names(paths['/api/v1/bulbs/{bulbId}']?.delete)).toEqual(['bulbId']);
  });

  it("should keep the parts of a signature's heading under a call's title", () => {
    const body = paths['/api/v1/bulbs']?.post?.requestBody?.content?.['application/json']?.schema;
    expect(body?.properties?.watts).toMatchObject({ type: 'integer' });
    expect(body?.required).toEqual(['watts']);
  });
});

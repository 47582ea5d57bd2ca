/**
 * A page of curl commands only, each calling a route of its own, reads one operation a call; each
 * call's data is that operation's request sample alone. Before, every operation of the page took
 * every call's sample (its body the union of their fields), and a page of thousands of such calls
 * was read in quadratic time. The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/curl-calls-own-samples');

describe('general reader: a page of calls, each its own route', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const fields = (route: string) => {
    const body = run.document.operations.find((o) => o.method === 'put' && o.path === route)?.requestBody;
    const schema = body?.content[0]?.schema;
    return schema?.kind === 'object' ? schema.properties.map((p) => p.name) : undefined;
  };

  it("should give each call's operation its own call's sample only", () => {
    expect(run.failed).toBe(false);
    expect(run.document.operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      'put /lamps/desk/settings/glow',
      'put /lamps/hall/settings/colour',
      'put /lamps/porch/settings/timer',
    ]);
    expect(fields('/lamps/desk/settings/glow')).toEqual(['level']);
    expect(fields('/lamps/hall/settings/colour')).toEqual(['hue']);
    expect(fields('/lamps/porch/settings/timer')).toEqual(['minutes']);
  });
});

/**
 * A response's title over a cue ("A stream of JSON objects is returned:"), its sample, then more
 * prose and another sample (`#### Response` ⏎ cue ⏎ JSON ⏎ "The last object also tells …" ⏎ JSON):
 * every fence under the title is the answer's sample, the prose between them no door out of the
 * response. Before, the prose after the first sample opened the operation's words again, and the
 * later fence was pasted into its description. The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/response-prose-samples');

describe('general reader: prose between the samples under a response’s title', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const op = (route: string) => run.document.operations.find((o) => o.method === 'post' && o.path === route);

  it('should read the fence after the prose as the answer’s sample, no part of the description', () => {
    expect(run.failed).toBe(false);
    const dim = op('/v1/lamps/dim');
    expect(dim?.description ?? '').not.toContain('```');
    const body = dim?.responses.find((r) => r.status === '2XX')?.content[0];
    expect(body?.examples.map((e) => e.value)).toEqual([
      { lamp: 'porch', level: 5, done: false },
      { lamp: 'porch', level: 3, done: true, steps: 2 },
    ]);
    expect(body?.schema?.kind === 'object' ? body.schema.properties.map((p) => `${p.name}: ${p.schema.kind}`) : []).toEqual([
      'lamp: string',
      'level: integer',
      'done: boolean',
      'steps: integer',
    ]);
  });

  it('should read it so under a response heading of its own', () => {
    const wake = op('/v1/lamps/wake');
    expect(wake?.description ?? '').not.toContain('```');
    const body = wake?.responses.find((r) => r.status === '2XX')?.content[0];
    expect(body?.examples.map((e) => e.value)).toEqual([
      { lamp: 'porch', awake: true },
      { lamp: 'porch', awake: true, warm: true },
    ]);
  });
});

/**
 * Example requests in search engines' console syntax (```` ```json ```` ⏎ `GET my_garden/_count` ⏎
 * `{…}`): one whose request line calls another route (`GET my_garden/_search`, shown as "the
 * same result from the search API") is no sample of this operation. Before, its body was merged
 * into `GET /{garden}/_count`'s (`size`, `track_total_hits`). A call that leaves out the route's
 * last segment (`POST my_garden/_stats` of `POST <garden>/_stats/<lamp>`) stays its sample. The
 * fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/other-route-samples');

describe('general reader: example requests of another route', async () => {
  const run = await generate({ input: FIXTURE, cache: false });

  it('should keep the sample of the route itself and leave out the other route’s', () => {
    expect(run.failed).toBe(false);
    for (const method of ['get', 'post']) {
      const body = run.document.operations.find((o) => o.method === method && o.path === '/{garden}/_count')?.requestBody;
      expect(body?.content.flatMap((c) => c.examples.map((e) => e.value))).toEqual([{ query: { color: 'red' } }]);
      expect(JSON.stringify(body)).not.toContain('track_total_hits');
    }
  });

  it('should keep a call that leaves the route’s last segment out, and leave out one of another action', () => {
    const body = run.document.operations.find((o) => o.path === '/{garden}/_stats/{lamp}')?.requestBody;
    expect(body?.content.flatMap((c) => c.examples.map((e) => e.value))).toEqual([{ level: 'lamp' }]);
  });
});

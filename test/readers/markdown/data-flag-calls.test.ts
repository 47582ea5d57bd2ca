/**
 * A request line with curl's data flag after it, the data it sends quoted below (```` ``` ```` ⏎
 * `POST /v2/lamps/switch -d '` ⏎ `{…}` ⏎ `'`, or `POST v2/<lamp id>/bulbs -d \` ⏎ `'{…}` ⏎ `{…}'`, as
 * search engines' references write their calls) is the call: its route, and its data the request's
 * sample where that data is JSON; data of another kind (lines of JSON) gives no body, its type unstated.
 * Before, such a fence held no request line and the operation was lost. The fixture is an API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/data-flag-calls');

describe('general reader: a request line with curl data flag over its quoted data', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const openapi = JSON.parse(run.outputs.find((o) => o.path === 'openapi.json')?.contents ?? '{}');
  const paths = openapi.paths ?? {};

  it('should read every call of the page as an operation', () => {
    expect(run.failed).toBe(false);
    expect(Object.keys(paths).sort()).toEqual(['/v2/lamps/switch', '/v2/lamps/{lamp_id}', '/v2/{lamp_id}/bulbs']);
    expect(Object.keys(paths['/v2/{lamp_id}/bulbs'] ?? {})).toEqual(['post']);
  });

  it('should read quoted JSON data as the request sample', () => {
    const body = paths['/v2/lamps/switch']?.post?.requestBody?.content?.['application/json'];
    expect(body?.examples).toEqual({ sample: { value: { lamp: 'desk', on: true } } });
    expect(Object.keys(body?.schema?.properties ?? {})).toEqual(['lamp', 'on']);
  });

  it('should read no body from data that is not JSON', () => {
    expect(paths['/v2/{lamp_id}/bulbs']?.post?.requestBody).toBeUndefined();
  });
});

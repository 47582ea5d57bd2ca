/**
 * A status joined, marked as one, to what the verb returns: "This endpoint returns a list with all
 * the beds of each plot and `200` status code on success.", "Returns the bed with HTTP 200, or a
 * `404` if …". Before, a status was read only right after the verb. A plain number joined so
 * ("returns the packets and 200 seeds at most") and a status in a condition state none. The fixture
 * is a garden API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/joined-statuses');

describe('general reader: a status joined to what the verb returns', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const statuses = (method: string, route: string) =>
    run.document.operations.find((o) => o.method === method && o.path === route)?.responses.map((r) => [r.status, r.description]);

  it('should read "returns a list … and `200` status code on success" as a 200 with its sample', () => {
    expect(run.failed).toBe(false);
    expect(statuses('get', '/api/v1/beds')).toEqual([['200', 'on success']]);
    const response = run.document.operations.find((o) => o.path === '/api/v1/beds')?.responses[0];
    expect(response?.content[0]?.examples?.length).toBe(1);
  });

  it('should read "Returns the bed with HTTP 200, or a `404` if …" as both statuses', () => {
    expect(statuses('get', '/api/v1/beds/{bed}')).toEqual([
      ['200', 'OK'],
      ['404', 'if it does not exist'],
    ]);
  });

  it('should read no status from a plain number joined so, or from a condition', () => {
    expect(statuses('get', '/api/v1/seeds')).toEqual([]);
    expect(statuses('put', '/api/v1/beds/{bed}/rake')).toEqual([]);
  });
});

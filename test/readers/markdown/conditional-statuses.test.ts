/**
 * A sentence that names a status code in a condition ("If the configured status code is `200`, no
 * error message will be returned.") states no status the operation returns: before, the rule of
 * "The return code is 200 if …" read it as a 200 response. The fixture is a lamp API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/conditional-statuses');

describe('general reader: a status code named in a condition', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const statuses = (method: string, route: string) =>
    run.document.operations.find((o) => o.method === method && o.path === route)?.responses.map((r) => [r.status, r.description]);

  it('should read no status from "If the configured status code is `200`, …"', () => {
    expect(run.failed).toBe(false);
    expect(statuses('post', '/lamps/readings')).toEqual([]);
  });

  it('should still read "The return code is 200 if …, 201 if …" as each status', () => {
    expect(statuses('post', '/lamps/dim')).toEqual([
      ['200', 'if the lamp was lit'],
      ['201', 'if it was off'],
    ]);
  });
});

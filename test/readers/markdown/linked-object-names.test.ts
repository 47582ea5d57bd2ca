/**
 * "Returns the [map object](#the-map-object)": a link to the heading of an object the page
 * defines names that object, also where its name is a type word as well (`Map`, `File`, `Date`).
 * Before, the name was read as the word (`map` a dictionary, `file` a binary string), not as the
 * page's object. The fixture is a garden-map API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/linked-object-names');

describe('general reader: a linked object named as a type word', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const answer = (method: string, route: string) =>
    run.document.operations.find((o) => o.method === method && o.path === route)?.responses.find((r) => r.status.startsWith('2'))
      ?.content[0]?.schema;

  it('should answer with the page’s Map object, not a dictionary', () => {
    expect(run.failed).toBe(false);
    expect(answer('get', '/maps/{id}')).toMatchObject({ kind: 'ref', name: 'Map' });
  });

  it('should answer with a list of the page’s File objects', () => {
    expect(answer('post', '/maps/{id}/export')).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'File' } });
  });
});

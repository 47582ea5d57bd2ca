/**
 * A link to a type's table by the anchor its site gives a section under another (`### Lantern
 * Object` ⏎ `###### Lantern Structure`: `#lantern-object-lantern-structure`), on the page itself
 * or by the page's path from the site's root (`/docs/resources/lanterns#…` in `lanterns.md`), in
 * "Returns the [Lantern](…) with the given id." and "Returns that [Lantern](…).". Before, no such
 * anchor named a section (the same page's link typed nothing, the rooted one was `unresolved-link`)
 * and "Returns that" was no sentence of what is returned. The fixture is a lantern API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/qualified-anchors');

describe('general reader: a section’s anchor under its parent heading’s', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const answer = (method: string, route: string) =>
    run.document.operations.find((o) => o.method === method && o.path === route)?.responses.map((r) => [r.status, r.content[0]?.schema]);

  it('should type the answer a link to the section under the object’s heading names', () => {
    expect(run.failed).toBe(false);
    expect(run.document.schemas.map((t) => t.name)).toEqual(['Lantern']);
    expect(answer('get', '/lanterns/{lantern.id}')).toEqual([['2XX', expect.objectContaining({ kind: 'ref', name: 'Lantern' })]]);
  });

  it('should read a link by the page’s own path from the site’s root as a link to its section', () => {
    expect(answer('patch', '/lanterns/{lantern.id}')).toEqual([['2XX', expect.objectContaining({ kind: 'ref', name: 'Lantern' })]]);
    expect(run.diagnostics.filter((d) => d.code === 'unresolved-link')).toEqual([]);
  });

  it('should read "Returns that [Lantern](…)" as the answer', () => {
    expect(answer('post', '/lanterns')).toEqual([['2XX', expect.objectContaining({ kind: 'ref', name: 'Lantern' })]]);
  });
});

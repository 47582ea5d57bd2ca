/**
 * An operation whose heading is its route alone, named by the heading right under it (Plaid's
 * `## /garden/get` ⏎ `#### Retrieve a garden` ⏎ its words): the heading under it is the summary,
 * the prose below it the description. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = (name: string) =>
  readGeneral(readFileSync(path.join(import.meta.dirname, `fixtures/route-subtitles/${name}.md`), 'utf8'), `api/${name}.md`);

describe('general reader: a route heading named by the heading under it', () => {
  it('should read the heading under `## /garden/get` as the summary and the prose below it as the description', () => {
    const read = page('get');
    expect(read.routes).toEqual(['POST /garden/get']);
    const get = operation(read, 'POST /garden/get');
    expect(get.summary).toBe('Retrieve a garden');
    expect(get.description).toBe('Retrieve information about a garden, with its planters.');
  });

  it('should read it so where the request line follows it and no prose does', () => {
    const read = page('remove');
    expect(read.routes).toEqual(['POST /garden/remove']);
    expect(operation(read, 'POST /garden/remove').summary).toBe('Remove a garden');
  });
});

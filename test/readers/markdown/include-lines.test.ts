/**
 * Include lines of site generators are directives, not words of a description: an MDX partial's
 * `@include 'x.mdx'` (HashiCorp's references), markdown-include's `!include x.md` (markdown-pp's
 * `!INCLUDE "x.md"`), pymdownx snippets' `--8<-- "x.md"` and their block form (`--8<--` ⏎ file
 * lines ⏎ `--8<--`). Before, each was the operation's description, or a parameter's. The fixture
 * is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/include-lines');

describe('general reader: include lines are noise', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const list = run.document.operations.find((o) => o.method === 'get' && o.path === '/lamps');
  const dim = run.document.operations.find((o) => o.method === 'post' && o.path === '/lamps/{id}');

  it('should keep an include line out of the operation’s description', () => {
    expect(run.failed).toBe(false);
    expect(list?.summary).toBe('This endpoint lists the lamps of a room.');
    expect(list?.description).toBeUndefined();
    expect(dim?.summary).toBe('Dims one lamp.');
    expect(dim?.description).toBeUndefined();
  });

  it('should keep include lines out of the parameters’ descriptions', () => {
    expect(list?.parameters.map((p) => [p.name, p.description])).toEqual([
      ['room', 'The room to list.'],
      ['limit', 'How many lamps.'],
    ]);
    const body = dim?.requestBody?.content[0]?.schema;
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : []).toEqual(['level']);
  });
});

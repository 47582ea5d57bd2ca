/**
 * A name cell of a placeholder written bare (`| <block> | String | … |`, as search engines'
 * references write path parameters), which markdown reads as an HTML tag: the name `block`. Before,
 * the tag was dropped with the cell's HTML, the row had no name (`malformed-row`) and the path
 * parameter none of its words (`path-parameter-undocumented`). The fixture is a shelf API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/tag-names');

describe('general reader: a name cell holding a placeholder markdown reads as a tag', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const parameters = () => run.document.operations[0]?.parameters.map((p) => [p.name, p.in, p.description]);

  it('should name the row by the placeholder, documenting the path parameter', () => {
    expect(run.failed).toBe(false);
    expect(parameters()).toEqual([
      ['room', 'path', 'The room whose shelves to block.'],
      ['block', 'path', 'The kind of block to set: `read` or `write`.'],
      ['timeout', 'query', 'How long to wait for the shelves.'],
    ]);
    expect(run.diagnostics.filter((d) => d.code === 'malformed-row' || d.code === 'path-parameter-undocumented')).toEqual([]);
  });
});

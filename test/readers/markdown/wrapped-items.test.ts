/**
 * A list item's description wrapped onto indented continuation lines (`Defaults to the room's` ⏎
 * `   depth and is capped …`): its lines joined with one blank, as a paragraph's are. Before, the
 * description kept the line breaks and the indentation. The fixture is a shelf API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/wrapped-items');

describe('general reader: a list item’s description wrapped over lines', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const described = () =>
    run.document.operations.find((o) => o.method === 'get' && o.path === '/shelves')?.parameters.map((p) => [p.name, p.description]);

  it('should join the wrapped lines of each item’s description with one blank', () => {
    expect(run.failed).toBe(false);
    expect(described()).toEqual([
      ['room', 'The room the shelves stand in.'],
      ['depth', "How deep a shelf is. Optional. Defaults to the room's depth and is capped by the `max_depth` setting."],
      ['color', 'The paint of the shelf, wrapped over two lines.'],
    ]);
  });
});

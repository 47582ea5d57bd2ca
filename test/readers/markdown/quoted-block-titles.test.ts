/**
 * An MkDocs block's title runs to its line's last quote, as Python-Markdown reads it: quotes inside
 * are the title's (`!!! note "Beta (`"v2": true`)"`). Before, such a marker was no block: its line
 * and content stayed words (the marker the operation's description, the JSON under it no sample).
 * The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/quoted-block-titles/lamps.md'), 'utf8');

describe('general reader: MkDocs blocks titled with quotes inside', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const lamp = operation(read, 'PUT /porch/lamps/{lamp}/switch');

  it("should read a note's block, its title opening its words", () => {
    expect(lamp.description).toBe('Beta (`"v2": true`): Switching by the new body is in beta.');
  });

  it("should read the fence of a response's block as its sample", () => {
    expect(lamp.responses.flatMap((r) => r.content.flatMap((c) => c.examples.map((e) => e.value)))).toEqual([{ lit: true }]);
  });
});

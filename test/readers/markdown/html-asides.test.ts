/**
 * Slate's notes: an `<aside class="warning">` (`notice`, `success`) block under an operation is a
 * note of its description, read as an admonition's words are (`:::note`), its tags no words and its
 * `<code>` a code span; no summary. The fixture is a "lamps" API written by us in Slate's layout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/html-asides/lamps.md'), 'utf8');

describe("general reader: Slate's asides", () => {
  const read = readGeneral(page, 'api/lamps.md');

  it("should read an aside under the operation's words as a note of its description, without its tags", () => {
    const get = operation(read, 'GET /lamps/{ID}');
    expect(get.summary).toBe('This endpoint retrieves a specific lamp.');
    expect(get.description).toBe('You must replace `glowglow` with your personal API key.');
  });

  it('should summarise by the words after an aside, its paragraphs notes of the description', () => {
    const remove = operation(read, 'DELETE /lamps/{ID}');
    expect(remove.summary).toBe('This endpoint deletes a specific lamp.');
    expect(remove.description).toBe(
      'Deleted lamps stay dark for thirty days before they go.\n\nA dark lamp saves power.\n\nSo does a deleted one.',
    );
  });
});

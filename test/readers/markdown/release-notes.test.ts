/**
 * A call's words opened by the release that brought it (`Introduced in [v1.4](…).`, `Added in 2.0.`):
 * a note of the description, the plain paragraph right after it the summary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readGeneral(
  readFileSync(path.join(import.meta.dirname, 'fixtures/release-notes/lamp-control.md'), 'utf8'),
  'api/lamp-control.md',
);

describe('general reader: a release note opening the words of a call', () => {
  it('should summarise the call by the paragraph after the note, the note kept in the description', () => {
    const flush = operation(page, 'POST /v1/lamps/flush');
    // Before, the summary was "Introduced in v1.4." and the call's own words the description's.
    expect(flush.summary).toBe('Turns every lamp off and clears its schedule.');
    expect(flush.description).toBe(
      'Introduced in [v1.4](https://example.com/lamps/releases/1.4).\n\n**Note**: Lamps on battery keep their schedule.',
    );
    expect(operation(page, 'GET /v1/lamps/{lamp_id}').summary).toBe('Returns one lamp.');
  });

  it('should leave the note the summary where a bold label, not words of the call, follows it', () => {
    expect(operation(page, 'GET /v1/lamps').summary).toBe('Introduced in v1.1.');
  });
});

/**
 * A Docusaurus admonition (`:::note` ⏎ … ⏎ `:::`, `:::warning Title`, `:::caution[Title]`) right
 * under an operation's request line is a note of its description, no summary: the sentence after
 * it is. The fixture is a "lamps" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/admonitions/lamps.md'), 'utf8');

describe('general reader: an admonition under the operation’s request line', () => {
  const read = readGeneral(page, 'api/lamps.md');
  const words = (route: string) => {
    const op = operation(read, route);
    return [op.summary, op.description];
  };

  it('should take the sentence after the admonition for the summary, the admonition staying in the description', () => {
    expect(words('GET /v1/lamps/{lamp_id}')).toEqual(['Returns one lamp.', 'Lamps in the attic are read only.']);
    expect(words('DELETE /v1/lamps/{lamp_id}')).toEqual(['Deletes the lamp for good.', 'Deleting a lamp cannot be undone.']);
    expect(words('POST /v1/lamps/{lamp_id}/switch')).toEqual(['Switches the lamp on or off.', 'Use the **toggle** mode to flip it.']);
    expect(words('POST /v1/lamps/{lamp_id}/dim')).toEqual(['Dims the lamp.', 'Dimming is slow.']);
  });

  it("should pass over GitBook's hints and GitHub's alerts so, and leave any other quote as it is", () => {
    expect(words('GET /v1/lamps/{lamp_id}/room')).toEqual(["Returns the lamp's room.", 'Rooms of attic lamps are read only.']);
    expect(words('POST /v1/lamps/{lamp_id}/unplug')).toEqual(['Unplugs the lamp.', '> [!WARNING]\n> Unplugging a lamp resets its timer.']);
    // Another quote (the older `> **Note**` too) is left as it was: the title the summary, the quote the description's.
    expect(words('POST /v1/lamps/{lamp_id}/plug')[0]).toBe('Plug a lamp');
    expect(operation(read, 'POST /v1/lamps/{lamp_id}/paint').summary).toBe('Paint a lamp');
  });

  it('should leave a summary before the admonition as it is, and no fence in the words', () => {
    expect(words('GET /v1/lamps/count')).toEqual(['Counts the lamps.', 'Lamps being repaired are counted too.']);
    for (const op of read.fragment?.operations ?? []) expect(`${op.summary} ${op.description}`).not.toContain(':::');
  });
});

/**
 * A Slate include (`source/includes/_lamps.md`): the index page lists the code tabs in its front
 * matter, the include has none of its own, yet each call opens with its fences in the tabs'
 * languages, over its words and its `#### HTTP Request` title. A fence of a program's call the
 * reader does not read there (`php` ⏎ `$lamp = $lampApi->get($id);`) is a code sample, no words of
 * the description; the JSON beside it stays the answer's sample. The fixture is a "lamp" API
 * written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/slate-includes/_lamps.md'), 'utf8'), 'includes/_lamps.md');

describe('general reader: Slate includes (no front matter of their own)', () => {
  it('should keep a call’s program fences over its `HTTP Request` title out of the description, its JSON the sample', () => {
    expect(read.routes).toEqual(['GET /lamps/{ID}', 'POST /lamps/{ID}/switch', 'GET /lamps/count']);
    const get = operation(read, 'GET /lamps/{ID}');
    expect([get.summary, get.description ?? '']).toEqual(['Gets one lamp by its ID.', '']);
    expect(get.responses[0]?.content[0]?.examples[0]?.value).toEqual({ id: 3, room: 'hall', lit: true });
    const on = operation(read, 'POST /lamps/{ID}/switch');
    expect([on.summary, on.description ?? '']).toEqual(['Switches a lamp on or off.', '']);
  });
});

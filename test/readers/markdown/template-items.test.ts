/**
 * The items of a labelled list of the "REST API docs template" that the template does not read
 * (`* **Status**: Available since 2.1`, `* **Authentication**: …`, `* **Notes**: …`) beside its
 * `* **Method**:` and `* **Route**:` items: each is the operation's words, written once, as it
 * stands. Before, each such item carried the whole list's place, so the description was the whole
 * list (the method and route items included) written once per such item. The fixture is a "lamp"
 * API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/template-items/lamps.md'), 'utf8');

describe('general reader: the REST API docs template’s other items', () => {
  const read = readGeneral(page, 'api/lamps.md');

  it('should keep each other item once, and no method or route item, in the description', () => {
    const dim = operation(read, 'POST /lamps/{lampId}/dim');
    expect(dim.summary).toBe('Lowers the light of one lamp.');
    expect(dim.description).toBe('* **Status**: Available since 2.1\n\n* **Authentication**: Requires a house key');
    expect(dim.requestBody?.content[0]?.examples[0]?.value).toEqual({ level: 40 });
  });

  it('should leave an item of notes the words it states', () => {
    const get = operation(read, 'GET /lamps/{lampId}');
    expect(get.description).toBe('* **Status**: Available\n\n* **Notes**: A lamp that is switched off reads as level 0.');
  });
});

/**
 * An argument list's item that is only an in-page link to a section defining shared arguments
 * (`*   [shelf](#parameters_shelf)` under `Arguments (in JSON):`, the linked `### **shelf** { id=…
 * }` section holding one list of `` `name`: (…) `` items) stands for those arguments, read where
 * that section writes them. The fixture is ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const LIBRARY = readFileSync(path.join(import.meta.dirname, 'fixtures/linked-arguments/library_api.md'), 'utf8');

describe('general reader: arguments given as links to their shared definition', () => {
  const read = readGeneral(LIBRARY, 'api/library_api.md');
  const body = strip(bodySchema(operation(read, 'POST /shelves/empty')));
  const fields = body?.kind === 'object' ? body.properties : [];

  it("should read the linked sections' arguments in the link's place, and leave a link to prose as written", () => {
    expect(fields.map((p) => `${p.name}: ${p.description ?? ''}`)).toEqual([
      'shelf_id: (selective, a numerical shelf id)',
      'shelf_code: (selective, the code printed on the shelf)',
      'room_key: (optional, hexadecimal, the room to search)',
      'reason: (optional, why the shelf is emptied)',
    ]);
  });
});

/**
 * A request line a sentence opening "For example" (or "For instance", "As an example") brings in,
 * after a route its section states, shows a call of that route: no operation of its own. Where the
 * section states no route before it, the line is the section's route. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/example-intros/lamps.md'), 'utf8');

describe('general reader: a request line brought in by "For example, … :"', () => {
  it('should read the line after a route its section states as an example, no operation', () => {
    expect([...readGeneral(page).routes].sort()).toEqual([
      'GET /houses/{house}/lamps',
      'GET /houses/{house}/lamps/{lamp}',
      'POST /houses/{house}/lamps/{lamp}/off',
    ]);
  });
});

/**
 * "Returns the [lamp objects](#the-lamp-object) for the updated lamps." and "Returns the
 * [Lamp](#the-lamp-object) objects that were dimmed.": the plural "objects", in the link's words or
 * after it, says the answer holds more than one, a list of the linked object; the singular one
 * object. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral, strip } from './helpers.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/plural-links/lamps.md'), 'utf8');

describe('general reader: a returned link in the plural', () => {
  const read = readGeneral(PAGE, 'api/lamps.md');
  const answer = (route: string) => strip(operation(read, route).responses.map((r) => [r.status, r.content.map((c) => c.schema)]));

  it('should answer a list of the object where "objects" is in the link’s words or after it', () => {
    const list = [['2XX', [{ kind: 'array', items: { kind: 'ref', name: 'Lamp' } }]]];
    expect(answer('PATCH /lamps')).toEqual(list);
    expect(answer('POST /rooms/{id}/dim')).toEqual(list);
  });

  it('should answer the object itself for the singular', () => {
    expect(answer('PATCH /lamps/{id}')).toEqual([['2XX', [{ kind: 'ref', name: 'Lamp' }]]]);
  });
});

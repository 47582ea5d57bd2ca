/**
 * A bold `**Required.**` opening a row's description, its full stop inside the bold as Icinga's
 * tables write it, is the row's flag and no word of its description, as `**Required:**` and
 * `**Optional.**` are; one a condition follows stays words. The page is a lamps API of ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/required-stops/lamps.md'), 'utf8'), 'api/lamps.md');

describe('general reader: a bold `Required.` opening a description', () => {
  it('should read the row required and leave the marker out of its description', () => {
    const body = bodySchema(operation(read, 'POST /v1/lamps/dim'));
    const rows = body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required, p.description ?? p.schema.description]) : [];
    expect(rows).toEqual([
      ['room', true, 'The room whose lamps dim.'],
      ['level', true, 'How bright the lamps stay, from 0 to 100.'],
      ['fade', false, 'Seconds the change takes.'],
      ['note', false, '**Required** for rooms of many lamps. A word for the log.'],
    ]);
  });
});

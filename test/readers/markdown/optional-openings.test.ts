/**
 * A bold `Optional` opening a description (`| details | Bool | **Optional** Adds the books |`) is
 * the row's flag, as a bold `Required` opening it is: no word of the description. One a condition
 * follows (`**Optional** for oak shelves, …`) stays as written. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/optional-openings/shelves.md'), 'utf8');

describe('general reader: a bold `Optional` opening a description', () => {
  it('should read it as the flag, no word of the description', () => {
    const read = readGeneral(page);
    const list = operation(read, 'GET /shelves').parameters.map((p) => [p.name, p.required, p.description]);
    expect(list).toEqual([
      ['details', false, 'Adds the books of each shelf'],
      ['room', false, 'The room the shelves stand in'],
      ['floor', true, 'The floor'],
    ]);
    const body = bodySchema(operation(read, 'POST /shelves'));
    const fields = body?.kind === 'object' ? body.properties.map((p) => [p.name, p.description]) : [];
    expect(fields).toEqual([
      ['name', "The shelf's name"],
      ['colour', '**Optional** for oak shelves, their stain'],
    ]);
  });
});

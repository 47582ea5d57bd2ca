/**
 * A list item whose notes in parentheses close with a full stop (`` - `limit` (integer). Maximum
 * number … ``, `` - `room` (string, required). ``): the stop ends the notes, as a dash or a colon
 * after them does, and is no word of the description. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/stopped-list-notes/shelves.md'), 'utf8'), 'api/shelves.md');

describe('general reader: a full stop after a list item’s notes in parentheses', () => {
  it('should read the type and the flag, and leave the stop out of the description', () => {
    const list = operation(read, 'GET /v1/shelves');
    const row = (name: string) => {
      const parameter = list.parameters.find((p) => p.name === name);
      return [parameter?.schema.kind, parameter?.required, parameter?.description];
    };
    expect(row('limit')).toEqual(['integer', false, 'Maximum number of shelves to return.']);
    expect(row('room')).toEqual(['string', true, undefined]);
    expect(row('wide')).toEqual(['boolean', false, 'Only wide shelves. Narrow ones are left out.']);
    expect(row('label')).toEqual(['string', false, '. A label; the stop after a blank stays.']);
  });

  it('should read a body field’s notes so', () => {
    const body = bodySchema(operation(read, 'POST /v1/shelves'));
    const fields = body?.kind === 'object' ? body.properties : [];
    expect(fields.map((p) => [p.name, p.schema.kind, p.required, p.description])).toEqual([
      ['name', 'string', true, "The shelf's name."],
      ['boards', 'integer', false, 'How many boards it holds.'],
    ]);
  });
});

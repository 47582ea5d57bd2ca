/**
 * Footnotes under a table (`tax_id*` ⏎ `\* Required for business accounts.`, `¹ Only for …`,
 * `† Required when …`, `* Required when …` as a bullet): the note's words end the description of
 * each row its mark closes, no words of the body; a note of a condition makes no row required, and
 * one that only says the marked rows are required (`\* Required`) is the marks' legend. The fixture
 * is a "gardens" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/table-footnotes/gardens.md'), 'utf8');

/** Each body field's name, required flag and description. */
function fields(op: Operation): Array<[string, boolean, string | undefined]> {
  const schema = op.requestBody?.content[0]?.schema;
  return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.required, p.description]) : [];
}

describe('general reader: footnotes under a table', () => {
  const read = readGeneral(page, 'api/gardens.md');

  it("should join a starred row's footnote to its description, not the body's, the row not required by it", () => {
    const create = operation(read, 'POST /gardens');
    expect(create.requestBody?.description).toBeUndefined();
    expect(fields(create)).toEqual([
      ['name', true, "The garden's name."],
      ['tax_id', false, "The owner's tax id. Required for business accounts."],
      ['area', false, 'The area in square metres.'],
    ]);
  });

  it('should read a note that only says the marked rows are required as the legend of the marks', () => {
    const plant = operation(read, 'POST /gardens/{garden}/beds');
    expect(plant.requestBody?.description).toBeUndefined();
    expect(fields(plant)).toEqual([
      ['crop', true, 'What grows in the bed.'],
      ['rows', false, 'How many rows the bed has.'],
    ]);
  });

  it("should read each mark's note into its rows, a Required cell's mark with a condition no requirement", () => {
    const list = operation(read, 'GET /gardens');
    expect(list.parameters.map((p) => [p.name, p.required, p.description])).toEqual([
      ['region', false, 'The region to list. Only for gardens outside the EU.'],
      ['zone', false, 'The climate zone. Required when region is set.'],
      ['limit', false, 'How many to list.'],
    ]);
  });

  it('should read a note written as a bullet of its star, and leave a starred paragraph no row carries the mark of', () => {
    expect(fields(operation(read, 'POST /gardens/{garden}/sheds'))).toEqual([
      ['colour', false, "The shed's colour. Required when the shed is public."],
      ['coats', false, 'How many coats of paint.'],
    ]);
    expect(operation(read, 'POST /gardens/{garden}/watering').requestBody?.description).toBe('\\* Water is measured at the tap.');
  });
});

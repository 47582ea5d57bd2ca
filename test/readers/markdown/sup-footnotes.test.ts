/**
 * Footnote marks written in HTML on a table's rows (`pond<sup>1</sup>`, `fence <sup>[2]</sup>`) with
 * their notes under the table (`<sup>1</sup> Only for …` lines, or a numbered list `1. Only for …`):
 * read as the `*` and `¹` marks are (`table-footnotes.ts`): the mark leaves the name, the note's
 * words end the marked rows' descriptions, and a condition makes no row required. A mark no note
 * reads leaves the name too. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/sup-footnotes/gardens.md'), 'utf8'), 'api/gardens.md');

const fields = (route: string) => {
  const body = bodySchema(operation(read, route));
  return body?.kind === 'object' ? body.properties.map((p) => [p.name, p.required, p.description]) : body;
};

describe('general reader: footnote marks in <sup> on a table’s rows', () => {
  it('should read `<sup>1</sup>` notes under the table into the marked rows, the marks out of the names', () => {
    expect(fields('POST /v1/gardens')).toEqual([
      ['name', true, "The garden's name."],
      ['pond', false, 'Whether it has a pond. Only for gardens larger than 100 m².'],
      ['fence', false, 'Fence material. Only in rural areas.'],
      ['hedge', false, 'Hedge kind. Only for gardens larger than 100 m².'],
    ]);
  });

  it('should read a numbered list under the table as the notes of number marks', () => {
    expect(fields('PATCH /v1/gardens/{garden_id}')).toEqual([
      ['pond', false, 'Whether it has a pond. Only for gardens larger than 100 m².'],
      ['shed', false, 'Whether it has a shed. Only where sheds are allowed.'],
    ]);
  });

  it('should leave a mark no note reads out of the name, and the prose under the table as it is', () => {
    expect(fields('POST /v1/gardens/{garden_id}/water')).toEqual([['litres', false, 'How much water.']]);
  });
});

/**
 * "Required if …", "Required when …", "Required unless …" (GitLab's `yes if … is not provided`) state a condition, not a requirement:
 * in a Required cell, the row is not required and the words end its description (no other cell
 * holds them); opening a definition, the item is not required and the words stay its description.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const PAGE = [
  '# Shelves',
  '## List shelves',
  '```http\nGET /shelves\n```',
  '### Query parameters',
  [
    '| Name | Type | Required | Description |',
    '| --- | --- | --- | --- |',
    '| `floor` | integer | yes | The floor. |',
    '| `wing` | string | Required if `floor` is not set | The wing |',
    '| `sort` | string | Required unless `order` is set | |',
  ].join('\n'),
  '## Create a shelf',
  '```http\nPOST /shelves\n```',
  '### Body parameters',
  [
    '| Name | Type | Required | Description |',
    '| --- | --- | --- | --- |',
    '| `name` | string | yes | The name. |',
    '| `floor` | integer | Required when `wing` is not set. | The floor it stands on. |',
    '| `wing` | string | yes if `floor` is not provided | The wing it stands in. |',
  ].join('\n'),
  '## Move a shelf',
  '```http\nPUT /shelves/{id}/place\n```',
  '### Body parameters',
  'floor\n: required if wing is not given. The floor to move it to.',
  'wing\n: required String. The wing to move it to.',
].join('\n\n');

const flagged = (op: Operation) => op.parameters.map((p) => `${p.name}${p.required ? '*' : ''}: ${p.description ?? ''}`);

function fields(op: Operation): string[] {
  const body = bodySchema(op);
  return body?.kind === 'object' ? body.properties.map((p) => `${p.name}${p.required ? '*' : ''}: ${p.description ?? ''}`) : [];
}

describe('general reader: conditions in a Required cell or opening a definition', () => {
  it('should read a Required cell’s condition as no requirement, its words ending the description', () => {
    const page = readGeneral(PAGE);
    expect(flagged(operation(page, 'GET /shelves'))).toEqual([
      'floor*: The floor.',
      'wing: The wing. Required if `floor` is not set.',
      'sort: Required unless `order` is set.',
    ]);
    expect(fields(operation(page, 'POST /shelves'))).toEqual([
      'name*: The name.',
      'floor: The floor it stands on. Required when `wing` is not set.',
      'wing: The wing it stands in. Required if `floor` is not provided.',
    ]);
  });

  it('should read a definition opening with `required if` as no requirement, the words kept', () => {
    const page = readGeneral(PAGE);
    expect(fields(operation(page, 'PUT /shelves/{id}/place'))).toEqual([
      'floor: required if wing is not given. The floor to move it to.',
      'wing*: The wing to move it to.',
    ]);
  });
});

describe('general reader: a bold required mark followed by a condition in a description', () => {
  const page = readFileSync(path.join(import.meta.dirname, 'fixtures/required-conditions/beds.md'), 'utf8');

  it('should read `**required** for …` / `when …` / `if …` as no requirement, the words kept as written', () => {
    expect(fields(operation(readGeneral(page), 'POST /gardens/{garden}/beds'))).toEqual([
      "name*: The bed's name",
      'soil: Kind of soil, **required** for raised beds',
      'frame: Frame number, **required** when the bed is raised',
      'width: **Required** if no `length` is given',
      'length*: Length in metres.',
    ]);
  });
});

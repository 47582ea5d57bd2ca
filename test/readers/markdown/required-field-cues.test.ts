/**
 * A line announcing the list below as required ("The following fields are required:", "These
 * parameters are mandatory:") flags its rows required, as a `Required fields:` title does; a
 * line that states a condition ("… are required when the frame is made of stone:") flags none.
 * The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/required-field-cues/beds.md'), 'utf8');

describe('general reader: a line announcing required fields', () => {
  const read = readGeneral(page, 'api/beds.md');

  it('should make the fields listed under it required, the optional ones after them not', () => {
    const schema = bodySchema(operation(read, 'POST /gardens/{garden}/beds'));
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.required])).toEqual([
      ['crop', true],
      ['rows', true],
      ['mulch', false],
    ]);
  });

  it('should make the parameters listed under "These parameters are mandatory:" required', () => {
    expect(parameterNames(operation(read, 'GET /gardens/{garden}/beds/count'))).toEqual(['query:season*', 'path:garden*']);
  });

  it('should flag none under a line that states a condition', () => {
    const schema = bodySchema(operation(read, 'PUT /gardens/{garden}/beds/{bed}/frame'));
    expect(schema?.kind === 'object' && schema.properties.map((p) => [p.name, p.required])).toEqual([
      ['height', false],
      ['mortar', false],
    ]);
  });
});

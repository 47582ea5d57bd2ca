/**
 * A list item whose notes give a type and no flag leaves the flag to its words, as a table's row
 * does: `` * **name** `string` — Required. The garden's name. `` is required, and so is an item
 * whose description ends with `Required.`; `Required if …` is a condition, no requirement. The
 * fixture is a "gardens" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/worded-flags/gardens.md'), 'utf8');

describe('general reader: the flag in the words of a typed list item', () => {
  const read = readGeneral(page, 'api/gardens.md');
  const fields = (route: string) => {
    const schema = bodySchema(operation(read, route));
    return schema?.kind === 'object' ? schema.properties.map((p) => [p.name, p.schema.kind, p.required]) : [];
  };

  it('should read `Required.` opening or closing the description as the flag, a condition as none', () => {
    expect(fields('POST /v1/gardens')).toEqual([
      ['name', 'string', true],
      ['area', 'number', false],
      ['owner', 'string', true],
      ['note', 'string', false],
    ]);
  });

  it('should read it after a type in parentheses too', () => {
    expect(fields('POST /v1/gardens/{garden_id}/beds')).toEqual([
      ['crop', 'string', true],
      ['rows', 'integer', false],
    ]);
  });
});

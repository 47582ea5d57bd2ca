/**
 * A heading `<Type> properties` over a table defines that type (Slate's `## Coupon properties`, as
 * `The Customer object` does), and the badges set in its cells as HTML (`<i class="label
 * label-info">read-only</i>`, `mandatory`, `required`) say what a Read only or Required column
 * would. The fixture is ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { operation, readGeneral, strip } from './helpers.js';

const SHELVES = readFileSync(path.join(import.meta.dirname, 'fixtures/property-labels/shelves.md'), 'utf8');

function fields(schema: Schema | undefined): string[] {
  if (schema?.kind !== 'object') return [];
  return schema.properties.map(
    (p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}${p.schema.readOnly ? ' read-only' : ''} ${p.description ?? ''}`,
  );
}

describe('general reader: `<Type> properties` and the badges in its cells', () => {
  it('should define the type the heading names, a badge its read-only or required flag, out of the description', () => {
    const read = readGeneral(SHELVES);
    const shelf = read.fragment?.schemas.find((named) => named.name === 'Shelf');
    expect(fields(strip(shelf?.schema))).toEqual([
      'id:integer read-only Unique identifier for the shelf.',
      'code:string* Shelf code, as printed on its end.',
      'capacity:integer How many books the shelf holds.',
      'created_at:string read-only When the shelf was put up.',
    ]);
  });

  it("should read a parameter table's badges so too, and leave the badges it does not know in the words", () => {
    const create = operation(readGeneral(SHELVES), 'POST /api/v2/shelves');
    const body = create.requestBody?.content[0]?.schema;
    expect(fields(strip(body))).toEqual([
      'code:string* Shelf code.',
      'capacity:integer How many books the shelf holds. <i class="label">deprecated</i>',
    ]);
  });
});

const NAME_BADGES = readFileSync(path.join(import.meta.dirname, 'fixtures/property-labels/name-badges.md'), 'utf8');

describe('general reader: a flag badge after the name (`<small>required</small>`, `<sup>optional</sup>`)', () => {
  it("should read a name cell's bare badge as the required flag, no part of the name or description", () => {
    const create = operation(readGeneral(NAME_BADGES), 'POST /shelves');
    expect(fields(strip(create.requestBody?.content[0]?.schema))).toEqual([
      "name:string* The shelf's name.",
      'color:string Its colour.',
      'size:integer* How many books it holds.',
      'label:string* Printed on its end.',
    ]);
  });

  it("should read a name cell's opening flag in bold, italics or words before the name in code as the flag", () => {
    const signIn = operation(readGeneral(NAME_BADGES), 'POST /sessions');
    expect(fields(strip(signIn.requestBody?.content[0]?.schema))).toEqual([
      "email:string* The account's email.",
      'remember:boolean Keep the session a month.',
      "password:string* The account's password.",
    ]);
  });

  it("should read an entry's badge right after its name as its flag", () => {
    const list = operation(readGeneral(NAME_BADGES), 'GET /shelves/{id}/books');
    expect(list.parameters.map((p) => `${p.in}:${p.name}:${p.schema.kind}${p.required ? '*' : ''} ${p.description ?? ''}`)).toEqual([
      'query:limit:integer How many books to return.',
      'query:cursor:string* Where to start.',
      'query:order:enum `asc` or `desc`.',
      'path:id:string* ',
    ]);
  });
});

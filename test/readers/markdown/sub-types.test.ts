/**
 * A `<Type> - <Sub name> properties` heading in a type's own section defines that type's sub-type
 * (Slate's `### Coupon - Meta data properties`), and the type's field that holds it, the one whose
 * description points to the heading or whose name is the sub-type's words, takes it as its type.
 * The fixture is ours, written in that convention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { readGeneral, strip } from './helpers.js';

const SHELVES = readFileSync(path.join(import.meta.dirname, 'fixtures/sub-types/shelves.md'), 'utf8');

function fields(schema: Schema | undefined): string[] {
  if (schema?.kind !== 'object') return [];
  return schema.properties.map((p) => {
    const type = p.schema.kind === 'array' ? `${typeOf(p.schema.items)}[]` : typeOf(p.schema);
    return `${p.name}:${type}${p.schema.readOnly ? ' read-only' : ''}`;
  });
}

function typeOf(schema: Schema): string {
  return schema.kind === 'ref' ? schema.name : schema.kind;
}

describe('general reader: a sub-type under its type (`### Shelf - Label set properties`)', () => {
  const read = readGeneral(SHELVES);
  const named = (name: string) => strip(read.fragment?.schemas.find((schema) => schema.name === name)?.schema);

  it('should define each sub-type by its table, named by the type and its words', () => {
    expect(fields(named('ShelfLabelSet'))).toEqual(['id:integer read-only', 'text:string']);
    expect(fields(named('ShelfLocation'))).toEqual(['room:string', 'aisle:integer']);
  });

  it('should type the field the description links to (array items) and the field of its name (an object), and no other', () => {
    expect(fields(named('Shelf'))).toEqual([
      'id:integer read-only',
      'code:string',
      'label_set:ShelfLabelSet[]',
      'location:ShelfLocation',
      'tags:unknown[]',
    ]);
  });
});

/**
 * A field's limits written after a line break in bold labels in its description cell (prmd's
 * markdown from JSON Schema): `name of shelf<br/> **pattern:** `^[a-z]+$``, `**Length:**`,
 * `**Range:**`, `**default:**`, `**one of:**`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Property } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/break-labels', name), 'utf8');

function fields(): Property[] {
  const body = bodySchema(operation(readGeneral(fixture('shelf.md')), 'POST /shelves'));
  return body?.kind === 'object' ? body.properties : [];
}

const field = (name: string) => fields().find((p) => p.name === name);

describe('general reader: limits in bold labels after a description’s line break', () => {
  it('should read a pattern and a length, the labels left out of the description', () => {
    const name = field('name');
    expect(name?.description).toBe('name of shelf');
    expect(name?.required).toBe(true);
    expect(name?.schema).toMatchObject({ kind: 'string', pattern: '^[a-z][a-z0-9-]{2,29}$', minLength: 3, maxLength: 30 });
  });

  it('should read an inclusive range and a default', () => {
    const size = field('size');
    expect(size?.description).toBe('books the shelf holds');
    expect(size?.schema).toMatchObject({ kind: 'integer', minimum: 1, maximum: 500, default: 100 });
  });

  it('should read `one of` a string’s values as its enum, and a pattern’s `&#124;` as `|`', () => {
    const kind = field('kind')?.schema;
    expect(kind?.kind === 'enum' ? kind.values.map((v) => v.value) : kind).toEqual(['wall', 'floor']);
    expect(field('code')?.schema).toMatchObject({ kind: 'string', pattern: '^(A|B)[0-9]+$' });
  });

  it('should leave an exclusive bound as written', () => {
    const depth = field('depth');
    expect(depth?.description).toBe('depth in metres<br/> **Range:** `0 < value`');
    expect(depth?.schema).toEqual(expect.not.objectContaining({ minimum: expect.anything() }));
  });
});

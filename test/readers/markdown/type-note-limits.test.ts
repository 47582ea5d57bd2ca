/**
 * A limit in parentheses closing a table's type cell (`String (max 255)`, `int (1–100)`, `number
 * (0..1)`) is the field's: a number's range, a string's length (as `String(255)` states it). An
 * example (`(e.g. 1-100)`) or another note (`(ISO 8601)`) states none. Before, the note was read as
 * no limit. The fixture is a "shelves" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/type-note-limits/shelves.md'), 'utf8');

describe('general reader: limits in a type cell’s note', () => {
  const body = bodySchema(operation(readGeneral(page, 'api/shelves.md'), 'POST /v1/shelves'));
  const field = (name: string): unknown =>
    strip(body?.kind === 'object' ? body.properties.find((property) => property.name === name)?.schema : undefined);

  it('should read a string’s note as its length', () => {
    expect(field('name')).toEqual({ kind: 'string', maxLength: 255 });
    expect(field('code')).toEqual({ kind: 'string', maxLength: 8 });
  });

  it('should read a number’s note as its range, the description’s words beside it', () => {
    expect(field('levels')).toMatchObject({ kind: 'integer', minimum: 1, maximum: 100 });
    expect(field('depth')).toMatchObject({ kind: 'number', minimum: 0, maximum: 1 });
    expect(field('width')).toMatchObject({ kind: 'integer', minimum: 10, maximum: 500 });
  });

  it('should read no limit from an example or a note of another kind', () => {
    expect(field('weight')).toEqual({ kind: 'integer' });
    expect(field('built')).not.toHaveProperty('maxLength');
  });
});

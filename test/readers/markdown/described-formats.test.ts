/**
 * The format and pattern a field's description states on lines of their own (`<br> Format:
 * date-time` in a cell, `Pattern: ^[a-z]+$` under a list item's words): the value's format where
 * it is a format word that fits its kind (a string's on a value of no type too), its pattern where
 * JavaScript reads it; a line that says more, or a pattern markdown read as emphasis, states none. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/described-formats/beds.md'), 'utf8'), 'api/beds.md');

function schemas(route: string): Record<string, Schema> {
  const body = bodySchema(operation(read, route));
  return body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
}

describe('general reader: a format and a pattern on lines of a description', () => {
  it('should read `<br>Format: date-time`, `Format: `int32``, `Pattern: `^[a-z]+$`` in a cell where they fit the field', () => {
    expect(schemas('POST /beds')).toEqual({
      planted_at: { kind: 'string', format: 'date-time' },
      slots: { kind: 'integer', format: 'int32' },
      code: { kind: 'string', pattern: '^[a-z]+$' },
      label: { kind: 'string', format: 'uuid' },
      // A string's format on an integer, an integer's on a number, no regex, words, emphasis: none.
      weight: { kind: 'integer' },
      area: { kind: 'number' },
      shape: { kind: 'string' },
      soil: { kind: 'string' },
      row: { kind: 'string' },
    });
  });

  it('should read them on the lines under a list item’s words, and none from a line that says more', () => {
    expect(schemas('POST /beds/{id}/rename')).toEqual({
      name: { kind: 'string', pattern: '^[a-z]+$' },
      since: { kind: 'string', format: 'date' },
      note: { kind: 'string' },
    });
  });
});

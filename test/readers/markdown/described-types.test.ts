/**
 * Tables of names and descriptions with no Type column, whose descriptions open with the type
 * (`| brightness | Type: integer. Brightness in percent. |`, `**Type:** boolean`): each such row's
 * type is that one; the other rows state none, as before. The pages are ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral } from './helpers.js';

const kind = (schema: Schema | undefined): string =>
  schema?.kind === 'array'
    ? `${kind(schema.items)}[]`
    : `${schema?.kind}${schema && 'format' in schema && schema.format ? `(${schema.format})` : ''}`;

describe('general reader: a type stated at the opening of a description', () => {
  const read = readGeneral(
    [
      '## Create a lamp',
      '`POST /lamps`',
      '| Property | Description |\n|---|---|\n| `name` | **Type:** string. The lamp’s name. |\n| `brightness` | Type: integer. Brightness in percent. |\n| `lit_at` | type: string<date-time>, when it was lit. |\n| `notes` | Free words. |',
      '## List lamps',
      '`GET /lamps`',
      '| Parameter | Description |\n|---|---|\n| `lit` | *Type*: boolean. Only lamps that are lit. |\n| `garden` | The garden. |',
    ].join('\n\n'),
  );

  it('should type a body field by the type its description opens with, the others untyped', () => {
    const body = bodySchema(operation(read, 'POST /lamps'));
    expect(body?.kind === 'object' && body.properties.map((p) => `${p.name}: ${kind(p.schema)}`)).toEqual([
      'name: string',
      'brightness: integer',
      'lit_at: string(date-time)',
      'notes: unknown',
    ]);
  });

  it('should type a parameter so, the others strings as before', () => {
    expect(operation(read, 'GET /lamps').parameters.map((p) => `${p.name}: ${kind(p.schema)}`)).toEqual(['lit: boolean', 'garden: string']);
    expect(read.diagnostics.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('general reader: a type stated after the flag opening a description', () => {
  const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/described-types/lamps.md'), 'utf8'), 'api/lamps.md');
  const fields = (route: string) => {
    const body = bodySchema(operation(read, route));
    if (body?.kind !== 'object') return body?.kind;
    return body.properties.map((p) => `${p.name}${p.required ? '*' : ''}: ${kind(p.schema)} — ${p.description ?? ''}`);
  };

  it('should type a table row by `Optional. Type: string.`, the flag read as before', () => {
    expect(fields('POST /lamps')).toEqual([
      "name: string — Optional. Type: string. The lamp's name.",
      'brightness*: integer — Required. Type: integer. Brightness in percent.',
      'lit_at: string(date-time) — Optional. Type: datetime. When it was last lit.',
      'notes: unknown — Optional. Free words about the lamp.',
    ]);
    expect(operation(read, 'GET /lamps').parameters.map((p) => `${p.name}${p.required ? '*' : ''}: ${kind(p.schema)}`)).toEqual([
      'garden*: string',
      'lit: boolean',
    ]);
  });

  it('should type a list item so, and one whose words open with `Type: boolean.` alone', () => {
    expect(fields('PATCH /lamps/{lamp}')).toEqual([
      "name: string — The lamp's name.",
      'brightness*: integer — Brightness in percent.',
      'dimmable: boolean — Whether it dims.',
      "shade: unknown — Optional. The shade's colour.",
    ]);
    expect(read.diagnostics.items.map((d) => d.code)).not.toContain('unknown-type');
  });
});

/**
 * Definitions that open with their flag and type in emphasis, as kramdown references write them
 * (`colour` ⏎ `: _Required_ **string** - The colour …`, `dim` ⏎ `: _Boolean_ telling whether …`):
 * the type and the flag; after a dash the description, else the words as written. The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/marked-definitions/glow.md'), 'utf8');

describe('general reader: a definition opening with its flag and type in emphasis', () => {
  it('should read the type and the flag, the words after the dash the description', () => {
    const body = bodySchema(operation(readGeneral(page), 'PUT /lamps/{lamp}/glow'));
    const fields = body?.kind === 'object' ? body.properties : [];
    expect(fields.map((p) => [p.name, p.schema.kind, p.required, p.description])).toEqual([
      ['colour', 'string', true, 'The colour the lamp glows in'],
      ['level', 'integer', false, 'How bright it glows, from 1 to 9'],
      ['dim', 'boolean', false, '_Boolean_ telling whether the lamp glows dimly at night. The default is `false`.'],
    ]);
  });
});

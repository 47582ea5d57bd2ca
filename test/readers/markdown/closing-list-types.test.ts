/**
 * A list item whose description closes with its type in parentheses (`` - `room`: Room the lamp
 * hangs in (string) ``): the type is the field's, and the words before it its description, as a
 * table row's closing type is (`closing-types.test.ts`). A note after the type (`(string) - since
 * 1.4`) keeps the words as written; words in parentheses that are no type stay the description's.
 * The fixture is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/closing-list-types/lamps.md'), 'utf8'), 'api/lamps.md');

describe('general reader: a type closing a list item’s description', () => {
  const body = bodySchema(operation(read, 'POST /v2/lamps'));
  const fields = body?.kind === 'object' ? body.properties : [];
  const field = (name: string) => fields.find((p) => p.name === name);

  it('should read the closing type and leave it out of the description', () => {
    expect([field('room')?.schema.kind, field('room')?.description]).toEqual(['string', 'Room the lamp hangs in']);
    expect([field('watts')?.schema.kind, field('watts')?.description]).toEqual(['integer', 'Power of the bulb']);
    expect([field('dimmable')?.schema.kind, field('dimmable')?.description]).toEqual(['boolean', 'Whether the bulb dims']);
    expect(fields.filter((p) => p.required).map((p) => p.name)).toEqual(['room', 'watts']);
  });

  it('should keep the words whole where a note follows the type, and where the parentheses hold no type', () => {
    expect([field('colour')?.schema.kind, field('colour')?.description]).toEqual(['string', 'Colour of the shade (string) - since 1.4']);
    expect(field('note')?.description).toBe('A note for the electrician (optional)');
    expect(field('label')?.schema.kind).toBe('string');
  });
});

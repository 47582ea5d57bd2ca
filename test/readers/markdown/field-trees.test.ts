/**
 * Request and response fields as nested bullet trees, an item's name and type on its first line
 * and its description on the lines below (Plaid's reference: `- **name** *string* required` ⏎ `The
 * garden's display name.`): a line below that opens with `Optional` or `Required` and goes on in
 * words is the description, no flag; the flag alone on its line is one. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/field-trees/gardens.md'), 'utf8'), 'api/gardens.md');
const body = bodySchema(operation(read, 'POST /garden/create'));
const field = (name: string) => (body?.kind === 'object' ? body.properties.find((p) => p.name === name) : undefined);

describe('general reader: field trees with the description below the name', () => {
  it('should keep `Optional settings …` and `Required for …` on the line below as the description, no flag', () => {
    expect(field('options')).toMatchObject({ required: false, description: 'Optional settings for the garden.' });
    expect(field('planters')).toMatchObject({ required: false, description: 'Required for gardens that open with planters.' });
  });

  it('should read the flag on the name’s line, or alone on the line below it, as the flag', () => {
    expect(field('name')).toMatchObject({ required: true, description: "The garden's display name." });
    expect(field('soil')?.required).toBe(true);
    expect(field('soil')?.description).toMatch(/^The soil type of the garden\./);
    expect(field('client_id')?.required).toBe(false);
  });
});

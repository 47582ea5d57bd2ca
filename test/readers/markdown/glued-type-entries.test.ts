/**
 * A parameter written as a paragraph of its name in code and its notes (`` `State` enum<string>
 * Optional ``) over its description may glue a type's parameter to its word in angle brackets, as
 * Twilio's types are written; markdown reads `<string>` as a tag, and the entry is read as one with
 * plain type words is, the type as a table's cell states it. The fixture is a "bulbs" API written by us.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/glued-type-entries/bulbs.md'), 'utf8');

describe('general reader: paragraph entries of types glued to their parameter', () => {
  const read = readGeneral(page, 'api/bulbs.md');

  it('should read each entry, its values its own, not the description of the one before', () => {
    const body = bodySchema(operation(read, 'POST /v1/Bulbs'));
    const fields = body?.kind === 'object' ? Object.fromEntries(body.properties.map((p) => [p.name, p.schema])) : {};
    expect(Object.keys(fields)).toEqual(['FriendlyName', 'State', 'LitAt', 'Wattage']);
    expect(fields.FriendlyName).toEqual({ kind: 'string' });
    expect(body?.kind === 'object' ? body.properties[0]?.description : undefined).toBe('A name for the bulb.');
    expect(fields.State).toMatchObject({ kind: 'enum', values: [{ value: 'lit' }, { value: 'dark' }] });
    expect(fields.LitAt).toMatchObject({ kind: 'string', format: 'date-time' });
  });

  it('should read a path parameter of a glued type with its description', () => {
    const [sid] = operation(read, 'DELETE /v1/Bulbs/{Sid}').parameters;
    expect(sid).toMatchObject({ name: 'Sid', in: 'path', required: true, description: 'The SID of the bulb to delete.' });
  });
});

/**
 * "Available options: `a`, `b`" (the words Mintlify's generated API pages write under a field whose
 * schema has an `enum`) lists the values a string takes, as "Possible values: …" does: the field
 * is that enum, an array of strings an array of it. The fixture is a "users" page written by us in
 * Mintlify's MDX components.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const page = readFileSync(path.join(import.meta.dirname, 'fixtures/available-options/update-user.mdx'), 'utf8');

const values = (schema: Schema | undefined): unknown[] | undefined =>
  schema?.kind === 'enum' ? schema.values.map((value) => value.value) : undefined;
const property = (schema: Schema | undefined, name: string): Schema | undefined =>
  schema?.kind === 'object' ? schema.properties.find((p) => p.name === name)?.schema : undefined;

describe('general reader: "Available options:" under a field', () => {
  const read = readGeneral(page, 'api/update-user.mdx');
  const update = operation(read, 'PATCH /v1/users/{user_id}');

  it('should read a body field’s options as its enum, its default one of them', () => {
    const locale = property(bodySchema(update), 'locale');
    expect(values(locale)).toEqual(['en-US', 'de-DE', 'fr-FR']);
    expect(locale).toMatchObject({ default: 'en-US' });
  });

  it('should read an array of strings’ options as its items’ enum', () => {
    const expand = strip(update.parameters.find((p) => p.name === 'expand')?.schema);
    expect(expand?.kind === 'array' ? values(expand.items) : undefined).toEqual(['team', 'roles']);
  });

  it('should read "Available options are `free` or `pro`" in a response field, and leave words naming no values a string', () => {
    const response = update.responses[0]?.content[0]?.schema;
    expect(values(property(response, 'plan'))).toEqual(['free', 'pro']);
    expect(property(bodySchema(update), 'nickname')?.kind).toBe('string');
  });
});

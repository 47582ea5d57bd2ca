/**
 * JSON samples whose members carry line comments, the page's only words on its fields
 * (`"name": "Porch", // Required. The lamp's name.`): where nothing else documents the body, each
 * comment describes its member (its flag words read as a Description cell's), the sample's values
 * typing the members. A comment on a line of its own, or beside a body a table documents, is not read.
 * The fixture is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/annotated-samples');

/** `name: type` with `!` for required and the description after `#`, nested objects' members indented. */
function outline(schema: Schema | undefined, indent = ''): string[] {
  if (schema?.kind === 'array') return outline(schema.items, indent);
  if (schema?.kind !== 'object') return [];
  return schema.properties.flatMap((p) => [
    `${indent}${p.name}${p.required ? '!' : ''}: ${p.schema.kind}${p.description ? ` # ${p.description}` : ''}`,
    ...outline(p.schema, `${indent}  `),
  ]);
}

describe('general reader: a sample whose comments describe its members', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const op = (method: string, route: string) => run.document.operations.find((o) => o.method === method && o.path === route);

  it('should read the comments of a request sample as its members’ descriptions and flags, the values their types', () => {
    expect(run.failed).toBe(false);
    expect(outline(op('post', '/api/lamps')?.requestBody?.content[0]?.schema)).toEqual([
      "name!: string # Required. The lamp's name.",
      'watts: integer # optional, power in watts',
      'bulb: object # The bulb fitted.',
      '  kind!: string # (required) led or halogen',
      '  lumens: integer',
      'timers: array # When the lamp switches.',
      '  at!: string # Required. Time of day, http://example.com/time for the format.',
      '  on: boolean',
      'tags: array',
    ]);
  });

  it('should read the comments of a success’s sample as its body’s descriptions', () => {
    const response = op('post', '/api/lamps')?.responses.find((r) => r.status === '2XX');
    expect(outline(response?.content[0]?.schema)).toEqual(["id: integer # The lamp's id.", 'name: string']);
  });

  it('should leave a body a table documents as the table states it', () => {
    expect(outline(op('put', '/api/lamps/{id}')?.requestBody?.content[0]?.schema)).toEqual(['name: string # The new name.']);
  });
});

/**
 * A fence written in the `json-schema` (`jsonschema`) language holds a JSON Schema, as Stoplight's
 * ```` ```json json_schema ```` does: the fields it states, under the title it stands under, never
 * a sample. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/schema-fences/pots.md'), 'utf8'), 'api/pots.md');
const fields = (schema: Schema | undefined) =>
  schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}:${p.schema.kind}${p.required ? '*' : ''}`) : schema?.kind;

describe('general reader: a fence in the json-schema language', () => {
  it('should read a request body’s schema as its fields, their types, flags and values', () => {
    const body = bodySchema(operation(read, 'POST /v1/pots'));
    expect(fields(body)).toEqual(['size:integer*', 'color:enum']);
    expect(operation(read, 'POST /v1/pots').requestBody?.content[0]?.examples).toEqual([]);
  });

  it('should read an array’s schema as the answer’s items', () => {
    const schema = strip(operation(read, 'GET /v1/pots').responses[0]?.content[0]?.schema);
    expect(schema?.kind).toBe('array');
    expect(fields(schema?.kind === 'array' ? schema.items : undefined)).toEqual(['id:string', 'size:integer']);
  });
});

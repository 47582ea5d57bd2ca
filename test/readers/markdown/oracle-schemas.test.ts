/**
 * Oracle's REST references: `Root Schema : name` ⏎ `Type: object` ⏎ `Show Source` ⏎ its fields as
 * `name: type` entries, and the `Nested Schema : name` sections its `object X` / `array X` fields name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { bodySchema, operation, readGeneral, strip } from './helpers.js';

const text = readFileSync(path.join(import.meta.dirname, 'fixtures/oracle-schemas/create-garden.md'), 'utf8');
const route = 'POST /gardenApi/resources/11.13.18.05/gardens';

const fields = (schema: Schema | undefined): string[] | undefined =>
  schema?.kind === 'object' ? schema.properties.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.kind}`) : undefined;

describe('general reader: Oracle’s root and nested schemas', () => {
  const read = readGeneral(text, 'create-garden.md');
  const op = operation(read, route);

  const named = (name: string): Schema | undefined => read.fragment?.schemas.find((schema) => schema.name === name)?.schema;

  it('should read the nested schemas as named types, by the names stated, and the fields naming them as of those types', () => {
    expect(read.fragment?.schemas.map((schema) => `${schema.name}: ${fields(schema.schema)?.join(', ')}`)).toEqual([
      'gardens-item-post-request: GardenName*:string, Status:enum, beds:array',
      'gardens-item-response: GardenId:integer, GardenName:string, links:array',
      'gardens-beds-item-post-request: BedId:integer, Crop:string',
      'link: href:string, rel:string',
    ]);
    // `array Beds`, Beds an array of `object gardens-beds-item-post-request`: an array of that type.
    const body = named('gardens-item-post-request');
    const beds = body?.kind === 'object' ? body.properties.find((p) => p.name === 'beds')?.schema : undefined;
    expect(beds).toEqual({ kind: 'array', items: { kind: 'ref', name: 'gardens-beds-item-post-request' } });
  });

  it('should name the request body by its root schema, the name as written', () => {
    expect(bodySchema(op)).toEqual({ kind: 'ref', name: 'gardens-item-post-request' });
  });

  it('should read a root schema right under a status’s title as that answer’s fields, named by the root schema', () => {
    const created = strip(op.responses.find((r) => r.status === '201')?.content[0]?.schema);
    expect(created).toEqual({ kind: 'ref', name: 'gardens-item-response' });
    expect(fields(named('gardens-item-response'))).toEqual(['GardenId:integer', 'GardenName:string', 'links:array']);
  });

  it('should read a `Type: array` root schema of `object X` as an array of X, and a root schema of no fields as no type', () => {
    const page = [
      '# List bed links',
      '## Request',
      'get',
      '/gardenApi/resources/11.13.18.05/gardens/{GardenId}/child/links',
      '## Response',
      '### 200 Response',
      'Root Schema : links-collection',
      'Type: array',
      'Show Source',
      '- Array of: object link',
      'Nested Schema : link',
      'Type: object',
      'Show Source',
      '- href: string',
      '## Request body',
      'Root Schema : links-filter',
      'Type: object',
      'Show Source',
    ].join('\n\n');
    const list = readGeneral(page, 'links.md');
    const get = operation(list, 'GET /gardenApi/resources/11.13.18.05/gardens/{GardenId}/child/links');
    expect(strip(get.responses.find((r) => r.status === '200')?.content[0]?.schema)).toEqual({
      kind: 'array',
      items: { kind: 'ref', name: 'link' },
    });
    expect(list.fragment?.schemas.map((schema) => schema.name)).toEqual(['link']);
  });

  it('should leave the schemas’ labels, facts and the fields’ titles out of every description', () => {
    const words = JSON.stringify(read.fragment);
    for (const fact of ['Root Schema', 'Nested Schema', 'Show Source', 'Type: object', 'Title: ']) expect(words).not.toContain(fact);
  });
});

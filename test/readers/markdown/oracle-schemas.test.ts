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

  it('should read the nested schemas as named types, by the names stated, and the fields naming them as of those types', () => {
    expect(read.fragment?.schemas.map((named) => `${named.name}: ${fields(named.schema)?.join(', ')}`)).toEqual([
      'gardens-beds-item-post-request: BedId:integer, Crop:string',
      'link: href:string, rel:string',
    ]);
    const body = bodySchema(op);
    expect(fields(body)).toEqual(['GardenName*:string', 'Status:enum', 'beds:array']);
    // `array Beds`, Beds an array of `object gardens-beds-item-post-request`: an array of that type.
    const beds = body?.kind === 'object' ? body.properties.find((p) => p.name === 'beds')?.schema : undefined;
    expect(beds).toEqual({ kind: 'array', items: { kind: 'ref', name: 'gardens-beds-item-post-request' } });
  });

  it('should read a root schema right under a status’s title as that answer’s fields', () => {
    const created = strip(op.responses.find((r) => r.status === '201')?.content[0]?.schema);
    expect(fields(created)).toEqual(['GardenId:integer', 'GardenName:string', 'links:array']);
  });

  it('should leave the schemas’ labels, facts and the fields’ titles out of every description', () => {
    const words = JSON.stringify(read.fragment);
    for (const fact of ['Root Schema', 'Nested Schema', 'Show Source', 'Type: object', 'Title: ']) expect(words).not.toContain(fact);
  });
});

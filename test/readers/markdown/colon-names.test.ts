/**
 * A nested field named with a colon (prmd's `**soil:id**`) or a slash (`**plants/name**`, a field of
 * an array's objects), nested where the page's samples nest it (`"soil": { "id": … }`, `"plants": [ {
 * "name": … } ]`); a colon or slash the samples do not nest stays part of the name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, operation, readGeneral } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/colon-names', name), 'utf8');

describe('general reader: fields named parent:child', () => {
  it('should nest a colon name the page’s sample nests, and leave one it does not as written', () => {
    const body = bodySchema(operation(readGeneral(fixture('bed.md')), 'POST /beds'));
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['name', 'soil', 'xml:lang']);
    const soil = body?.kind === 'object' ? body.properties.find((p) => p.name === 'soil')?.schema : undefined;
    expect(soil?.kind === 'object' ? soil.properties.map((p) => `${p.name}:${p.schema.kind}`) : soil).toEqual([
      'id:string',
      'depth:integer',
    ]);
  });

  it('should nest a slash name as a field of the array’s objects where the sample nests it so', () => {
    const body = bodySchema(operation(readGeneral(fixture('row.md')), 'POST /beds/{bed_id}/rows'));
    expect(body?.kind === 'object' ? body.properties.map((p) => p.name) : body).toEqual(['plants', 'read/write', 'label']);
    const plants = body?.kind === 'object' ? body.properties.find((p) => p.name === 'plants')?.schema : undefined;
    const item = plants?.kind === 'array' ? plants.items : plants;
    expect(item?.kind === 'object' ? item.properties.map((p) => `${p.name}:${p.schema.kind}`) : item).toEqual([
      'name:string',
      'spacing:integer',
      'tags:object',
    ]);
    const tags = item?.kind === 'object' ? item.properties.find((p) => p.name === 'tags')?.schema : undefined;
    expect(tags?.kind === 'object' ? tags.properties.map((p) => p.name) : tags).toEqual(['colour']);
  });
});

/**
 * A nested field named with a colon (prmd's `**soil:id**`), nested where the page's samples nest
 * it (`"soil": { "id": … }`); a colon the samples do not nest stays part of the name.
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
});

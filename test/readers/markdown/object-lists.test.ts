/**
 * A heading that names an object (`## The planter object`) over a list of its fields, after an
 * index of routes the page documents only in part: the object's definition, which ends the section
 * of the routes above it. Its fields are no parameters or body of those routes. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/run/generate.js';
import { useTempDir, writeDocs } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/object-lists/planters.md'), 'utf8');

describe('general reader: an object heading over a list of its fields', () => {
  it('should define the object, and give its fields to no route of the index above it', async () => {
    const { document } = await generate({ input: writeDocs(tempDir, { 'planters.md': PAGE }) });
    const op = (route: string) => document.operations.find((o) => `${o.method.toUpperCase()} ${o.path}` === route)!;
    expect(document.operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual([
      'GET /v1/planters',
      'GET /v1/planters/{id}',
      'POST /v1/planters',
      'POST /v1/planters/{id}',
    ]);
    // Routes the index alone states: no parameters of the object's fields, no body.
    expect(op('GET /v1/planters').parameters).toEqual([]);
    expect(op('POST /v1/planters/{id}').parameters.map((p) => p.name)).toEqual(['id']);
    expect(op('POST /v1/planters/{id}').requestBody).toBeUndefined();
    const planter = document.schemas.find((s) => s.name === 'Planter')?.schema;
    expect(planter?.kind === 'object' && planter.properties.map((p) => p.name)).toEqual(['id', 'label', 'soil']);
    expect(op('GET /v1/planters/{id}').responses.find((r) => r.status === '2XX')?.content[0]?.schema).toMatchObject({
      kind: 'ref',
      name: 'Planter',
    });
  });
});

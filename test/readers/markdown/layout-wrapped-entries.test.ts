/**
 * A part's entries, a paragraph per field (`` `keys` **Required**\ `` ⏎ its words), wrapped in
 * layout tags alone, as VuePress and MDX pages lay out a reference in columns (`<div
 * class="two-up">`, `<div class="definitions">`): the tags stand between the part's title and its
 * first entry, and are no words of it. Before, the entries were the body's description and the
 * object's heading defined no type. The fixture is a planter API of ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ObjectSchema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/layout-wrapped-entries');

describe('general reader: entries wrapped in layout tags', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const fields = (schema: ObjectSchema | undefined) => schema?.properties.map((p) => [p.name, p.required, p.schema.kind, p.description]);

  it('should read the request body’s entries inside `<div class="definitions">`', () => {
    expect(run.failed).toBe(false);
    const operation = run.document.operations.find((o) => o.method === 'patch' && o.path === '/planters');
    const body = operation?.requestBody?.content[0]?.schema;
    expect(body?.kind).toBe('object');
    expect(fields(body as ObjectSchema)).toEqual([
      ['keys', true, 'unknown', 'The keys of the planters to move.'],
      ['greenhouse', true, 'unknown', 'The greenhouse they go to.'],
      ['note', false, 'unknown', 'Why they are moved.'],
    ]);
  });

  it('should define the object a heading names from its entries inside the column’s tags', () => {
    const planter = run.document.schemas.find((s) => s.name === 'Planter')?.schema;
    expect(planter?.kind).toBe('object');
    expect(fields(planter as ObjectSchema)?.map(([name, , kind]) => [name, kind])).toEqual([
      ['id', 'string'],
      ['label', 'string'],
      ['litres', 'integer'],
    ]);
  });
});

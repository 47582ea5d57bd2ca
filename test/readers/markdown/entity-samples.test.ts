/**
 * A type a list of untyped fields defines ("The `plant` object has the following fields:") whose
 * values the samples show only under a field inferred as a list of it (`plants`): its fields take
 * the types the samples show, as any untyped field does; a stated type stays. Before, the samples
 * were walked before the inference made `plants` a `Plant[]`, so `Plant`'s fields stayed untyped.
 * The fixture is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/entity-samples');

const kinds = (schema: Schema | undefined): Record<string, string> =>
  schema?.kind === 'object' ? Object.fromEntries(schema.properties.map((p) => [p.name, p.schema.kind])) : {};

describe('sample inference: the fields of an entity a field was inferred a list of', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const plant = run.document.schemas.find((s) => s.name === 'Plant');
  const bed = run.document.operations.find((o) => o.method === 'post' && o.path === '/v1/beds');

  it('should type the entity’s untyped fields from the samples that reach it through the inferred list', () => {
    expect(run.failed).toBe(false);
    const body = bed?.requestBody?.content[0]?.schema;
    const plants = body?.kind === 'object' ? body.properties.find((p) => p.name === 'plants')?.schema : undefined;
    expect(plants).toMatchObject({ kind: 'array', items: { kind: 'ref', name: 'Plant' } });
    expect(kinds(plant?.schema)).toEqual({ kind: 'string', spacing: 'integer', height: 'number', watered: 'boolean' });
  });

  it('should keep the entity documented, its stated type and descriptions as written', () => {
    expect(plant?.origin).toBe('documented');
    const height = plant?.schema.kind === 'object' ? plant.schema.properties.find((p) => p.name === 'height') : undefined;
    expect(height?.schema.inferred).toBeUndefined();
    expect(height?.description ?? height?.schema.description).toBe('the height it is cut to');
    expect(run.diagnostics.filter((d) => d.code.startsWith('sample-'))).toEqual([]);
  });
});

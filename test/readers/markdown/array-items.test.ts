/**
 * An `array` row that states no item type takes its items from what the docs show of its values:
 * a stated default whose values agree (`Default: **["switch"]**`: strings), as an untyped row's
 * default types it, and samples (`"colors": ["red", "blue"]`), as an untyped field's do. Values
 * that disagree (`[1, "dim"]`) type no items, and a stated item type stays. Before, the default
 * left the items untyped. The fixture is ours.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/ir/types.js';
import { generate } from '../../../src/run/generate.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/array-items');

describe('general reader: the items of an array row of no item type', async () => {
  const run = await generate({ input: FIXTURE, cache: false });
  const body = run.document.operations.find((o) => o.method === 'post' && o.path === '/hooks')?.requestBody?.content[0]?.schema;
  const field = (name: string): Schema | undefined =>
    body?.kind === 'object' ? body.properties.find((p) => p.name === name)?.schema : undefined;

  it('should type the items by a stated default whose values agree', () => {
    expect(run.failed).toBe(false);
    expect(field('events')).toMatchObject({ kind: 'array', items: { kind: 'string' }, default: ['switch'] });
  });

  it('should type no items by values that disagree, and keep a stated item type', () => {
    expect(field('mixed')).toMatchObject({ kind: 'array', items: { kind: 'unknown' }, default: [1, 'dim'] });
    expect(field('levels')).toMatchObject({ kind: 'array', items: { kind: 'number' }, default: [1, 2] });
  });

  it('should type the items by the samples, as an untyped field is', () => {
    expect(field('colors')).toMatchObject({ kind: 'array', items: { kind: 'string' } });
  });
});

import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../../src/emit/typescript/index.js';
import { emitZod } from '../../../src/emit/zod/index.js';
import type { NamedSchema, Schema } from '../../../src/ir/types.js';
import { irDocument } from '../../helpers/ir-builders.js';
import { agreementErrors, importSchemas, type Parser, useScratchDir } from './generated-project.js';

const named = (name: string, schema: Schema): NamedSchema => ({ name, schema, origin: 'imported', sources: [] });
const point: Schema = { kind: 'number' };
const doc = irDocument({
  schemas: [
    // [x, y, ...labels]: both coordinates required, any number of string labels after them.
    named('Labelled', { kind: 'array', prefixItems: [point, point], items: { kind: 'string' }, minItems: 2 }),
    // [x, y?]: closed at two, the second may be absent.
    named('Pair', {
      kind: 'array',
      prefixItems: [point, { kind: 'ref', name: 'Labelled' }],
      items: { kind: 'unknown' },
      minItems: 1,
      maxItems: 2,
    }),
    // [name, ...numbers] with three to four elements in all.
    named('Bounded', { kind: 'array', prefixItems: [{ kind: 'string' }], items: point, minItems: 3, maxItems: 4 }),
  ],
});

describe('tuples (prefixItems) in types.ts and schemas.ts', () => {
  const scratch = useScratchDir();
  const types = emitTypes(doc);
  const schemas = emitZod(doc);

  it('should type leading elements in order, optional past minItems, with the rest unless closed', () => {
    expect(types).toContain('export type Labelled = [number, number, ...string[]];');
    expect(types).toContain('export type Pair = [number, (Labelled | undefined)?];');
    expect(types).toContain('export type Bounded = [string, ...number[]];');
  });

  it('should compile strict, each schema agreeing with its type', () => {
    const dir = scratch();
    expect(agreementErrors(dir, types, schemas)).toEqual([]);
  });

  it('should enforce element types, required elements, closedness and length bounds', async () => {
    const dir = scratch();
    const module = await importSchemas<Record<'LabelledSchema' | 'PairSchema' | 'BoundedSchema', Parser>>(dir, schemas);
    const cases: Array<[Parser, unknown, boolean]> = [
      [module.LabelledSchema, [1, 2], true],
      [module.LabelledSchema, [1, 2, 'a', 'b'], true],
      [module.LabelledSchema, [1], false],
      [module.LabelledSchema, [1, 2, 3], false],
      [module.PairSchema, [1], true],
      [module.PairSchema, [1, [0, 0]], true],
      [module.PairSchema, [1, [0, 0], 3], false],
      [module.BoundedSchema, ['a', 1, 2], true],
      [module.BoundedSchema, ['a', 1], false],
      [module.BoundedSchema, ['a', 1, 2, 3, 4], false],
    ];
    expect(cases.map(([schema, value]) => schema.safeParse(value).success)).toEqual(cases.map(([, , want]) => want));
  });
});

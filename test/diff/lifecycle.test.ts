import { describe, expect, it } from 'vitest';
import { DiffInputError, diffSpecs } from '../../src/diff/index.js';

const obj = (document: unknown, label: string) => ({ kind: 'object' as const, document, label });

const spec = (stability: string | undefined, type: string, values: string[] = ['cat']) => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/pets': {
      get: {
        ...(stability ? { 'x-stability-level': stability } : {}),
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { id: { type }, kind: { type: 'string', 'x-extensible-enum': values } } },
              },
            },
          },
        },
      },
    },
  },
});

describe('lifecycle extensions', () => {
  it('should report changes to draft and alpha operations as info unless those levels are included', async () => {
    for (const level of ['draft', 'alpha']) {
      const result = await diffSpecs(obj(spec(level, 'string'), 'a'), obj(spec(level, 'integer'), 'b'));
      expect(result.changes.map((c) => [c.id, c.level])).toEqual([['response-property-type-changed', 'info']]);
      const included = await diffSpecs(obj(spec(level, 'string'), 'a'), obj(spec(level, 'integer'), 'b'), {
        includeStability: [level, 'beta', 'stable'],
      });
      expect(included.changes.map((c) => c.level)).toEqual(['breaking']);
    }
    for (const level of ['beta', 'stable', undefined]) {
      const result = await diffSpecs(obj(spec(level, 'string'), 'a'), obj(spec(level, 'integer'), 'b'));
      expect(result.changes.map((c) => c.level)).toEqual(['breaking']);
    }
  });

  it('should refuse a level it does not know in includeStability, which would silently lower every change', async () => {
    // A typo (`stabel`) would otherwise leave stable operations outside the included levels: their breaking changes, info.
    const run = diffSpecs(obj(spec('stable', 'string'), 'a'), obj(spec('stable', 'integer'), 'b'), {
      includeStability: ['beta', 'stabel'],
    });
    await expect(run).rejects.toThrow(DiffInputError);
    await expect(run).rejects.toThrow('unknown stability level `stabel` (the levels are draft, alpha, beta, stable)');
  });

  it('should always count a lowered stability level, even down to draft', async () => {
    const result = await diffSpecs(obj(spec('stable', 'string'), 'a'), obj(spec('draft', 'string'), 'b'));
    expect(result.changes.map((c) => [c.id, c.level])).toEqual([['endpoint-stability-decreased', 'breaking']]);
  });

  it('should let an x-extensible-enum gain response values silently (clients were told to expect more)', async () => {
    const result = await diffSpecs(obj(spec(undefined, 'string', ['cat']), 'a'), obj(spec(undefined, 'string', ['cat', 'dog']), 'b'));
    expect(result.changes).toEqual([]);
  });
});

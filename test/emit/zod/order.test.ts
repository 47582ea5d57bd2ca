import { describe, expect, it } from 'vitest';
import { collectRefs, orderSchemas } from '../../../src/emit/zod/order.js';
import type { Schema } from '../../../src/ir/types.js';

const ref = (name: string): Schema => ({ kind: 'ref', name });
const obj = (...refs: string[]): Schema => ({
  kind: 'object',
  properties: refs.map((name, index) => ({ name: `p${index}`, required: true, schema: ref(name) })),
});

describe('orderSchemas', () => {
  it.each<{ name: string; given: Record<string, Schema>; order: string[]; recursive: string[] }>([
    { name: 'independent schemas by name', given: { B: { kind: 'string' }, A: { kind: 'string' } }, order: ['A', 'B'], recursive: [] },
    { name: 'dependencies first', given: { A: obj('C'), B: obj(), C: obj('B') }, order: ['B', 'C', 'A'], recursive: [] },
    { name: 'self reference', given: { Tree: obj('Tree'), A: obj('Tree') }, order: ['Tree', 'A'], recursive: ['Tree'] },
    {
      name: 'mutual recursion kept together',
      given: { Z: obj('Y'), Y: obj('X'), X: obj('Z'), A: obj('X') },
      order: ['X', 'Y', 'Z', 'A'],
      recursive: ['X', 'Y', 'Z'],
    },
    { name: 'dangling refs ignored', given: { A: obj('Missing') }, order: ['A'], recursive: [] },
  ])('should order $name', ({ given, order, recursive }) => {
    const result = orderSchemas(new Map(Object.entries(given)));
    expect(result.order).toEqual(order);
    expect([...result.recursive].sort()).toEqual(recursive);
  });

  it('should not depend on the input order', () => {
    const entries: Array<[string, Schema]> = [
      ['A', obj('B', 'C')],
      ['B', obj('C')],
      ['C', obj()],
      ['D', obj('D', 'A')],
    ];
    expect(orderSchemas(new Map(entries)).order).toEqual(orderSchemas(new Map([...entries].reverse())).order);
  });

  it('should break ties by the sort key', () => {
    const result = orderSchemas(
      new Map([
        ['a_b', obj()],
        ['Z', obj()],
      ]),
      (name) => (name === 'a_b' ? 'AB' : name),
    );
    expect(result.order).toEqual(['a_b', 'Z']);
  });

  it('should handle long reference chains without overflowing the stack', () => {
    const chain = new Map<string, Schema>();
    for (let i = 0; i < 20_000; i++) chain.set(`S${String(i).padStart(5, '0')}`, obj(`S${String(i + 1).padStart(5, '0')}`));
    const { order } = orderSchemas(chain);
    expect(order[0]).toBe('S19999');
    expect(order.at(-1)).toBe('S00000');
  });
});

describe('collectRefs', () => {
  it('should find refs in every nesting kind', () => {
    const schema: Schema = {
      kind: 'intersection',
      parts: [
        { kind: 'array', items: ref('A') },
        { kind: 'map', values: ref('B') },
        { kind: 'union', mode: 'oneOf', variants: [ref('C')] },
        { kind: 'object', properties: [], additionalProperties: ref('D') },
      ],
    };
    expect([...collectRefs(schema)].sort()).toEqual(['A', 'B', 'C', 'D']);
  });
});

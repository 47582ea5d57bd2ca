import { describe, expect, it } from 'vitest';
import { findSharedRefs, restoreSharedRefs } from '../../../src/run/cache/shared-refs.js';

const roundTrip = <T>(value: T): T => {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  restoreSharedRefs(copy, findSharedRefs(value));
  return copy;
};

describe('shared refs', () => {
  it('should give back one object where the value held one object in several places', () => {
    const schema = { kind: 'object', properties: [{ name: 'a', schema: { kind: 'string' } }] };
    const value = {
      content: [
        { mediaType: 'application/json', schema },
        { mediaType: 'text/json', schema },
      ],
      other: { schema },
    };
    const copy = roundTrip(value);
    expect(copy).toEqual(value);
    expect(copy.content[1]!.schema).toBe(copy.content[0]!.schema);
    expect(copy.other.schema).toBe(copy.content[0]!.schema);
  });

  it('should share objects inside shared objects and inside arrays', () => {
    const leaf = { kind: 'string' };
    const list = [leaf, leaf];
    const value = { a: list, b: list, c: [{ leaf }] };
    const copy = roundTrip(value);
    expect(copy.b).toBe(copy.a);
    expect(copy.a[1]).toBe(copy.a[0]);
    expect(copy.c[0]!.leaf).toBe(copy.a[0]);
  });

  it('should find nothing in a tree, and walk a deeply nested one without overflowing the stack', () => {
    expect(findSharedRefs({ a: { b: [1, { c: 2 }] }, d: null })).toEqual([]);
    let deep: unknown = 'end';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findSharedRefs({ deep })).toEqual([]);
  });
});

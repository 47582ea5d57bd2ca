import { describe, expect, it } from 'vitest';
import { copyJson, orderKeys } from '../../../src/emit/openapi/json-object.js';

const ORDER = ['$ref', 'title', 'type', 'x-enum-varnames', 'items'] as const;

describe('orderKeys', () => {
  it('puts the listed keys in their order, then other keys sorted, then x- extensions sorted', () => {
    const ordered = orderKeys({ 'x-b': 1, zeta: 2, items: 3, 'x-a': 4, alpha: 5, type: 6, $ref: 7 }, ORDER);
    expect(Object.keys(ordered)).toEqual(['$ref', 'type', 'items', 'alpha', 'zeta', 'x-a', 'x-b']);
  });

  it('gives the same order whatever order the keys were added in', () => {
    const entries: Array<[string, number]> = [
      ['x-c', 1],
      ['B', 2],
      ['title', 3],
      ['a', 4],
      ['x-enum-varnames', 5],
      ['x-a', 6],
      ['items', 7],
    ];
    const want = ['title', 'x-enum-varnames', 'items', 'B', 'a', 'x-a', 'x-c'];
    for (const turned of [entries, [...entries].reverse(), [...entries.slice(3), ...entries.slice(0, 3)]]) {
      expect(Object.keys(orderKeys(Object.fromEntries(turned), ORDER))).toEqual(want);
    }
  });

  it('drops undefined values and keeps a documented `__proto__` key as an own property', () => {
    const source: Record<string, unknown> = { type: 'object', title: undefined, other: undefined };
    Object.defineProperty(source, '__proto__', { value: { type: 'string' }, enumerable: true, writable: true, configurable: true });
    const ordered = orderKeys(source, ORDER);
    expect(Object.keys(ordered)).toEqual(['type', '__proto__']);
    expect(Object.getPrototypeOf(ordered)).toBe(Object.prototype);
    expect(JSON.stringify(ordered)).toBe('{"type":"object","__proto__":{"type":"string"}}');
  });

  it('keeps a key listed twice at its first place', () => {
    expect(Object.keys(orderKeys({ b: 1, a: 2 }, ['a', 'b', 'a']))).toEqual(['a', 'b']);
  });
});

describe('copyJson', () => {
  it('copies deeply, sharing nothing, own `__proto__` keys included and undefined members dropped', () => {
    const inner: Record<string, unknown> = { list: [1, { deep: true }], gone: undefined };
    Object.defineProperty(inner, '__proto__', { value: 'own', enumerable: true, writable: true, configurable: true });
    const value = { inner, text: 'x', nothing: null };
    const copy = copyJson(value);
    expect(JSON.stringify(copy)).toBe('{"inner":{"list":[1,{"deep":true}],"__proto__":"own"},"text":"x","nothing":null}');
    expect(copy.inner).not.toBe(inner);
    expect(copy.inner.list).not.toBe(inner.list);
    expect(Object.getPrototypeOf(copy.inner)).toBe(Object.prototype);
  });
});

import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/extract/json-error.js';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": oops}', 6],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['"tab\there"', 4],
    ['{"a": 1} x', 9],
    ['tru', 3],
    ['01', 1],
    ['', 0],
    ['{"a": [1, {"b": nul}]}', 19],
  ])('should place the error in %j at %i', (text, want) => {
    expect(jsonErrorOffset(text)).toBe(want);
  });

  it('should say the end for valid JSON', () => {
    const text = '{"a": [1, 2.5e3, "x\\u00e9", true, null]}';
    expect(jsonErrorOffset(text)).toBe(text.length);
  });

  it('should not overflow the stack on deep nesting', () => {
    expect(jsonErrorOffset('['.repeat(100_000))).toBe(1_001);
  });
});

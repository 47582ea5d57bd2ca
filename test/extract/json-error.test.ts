import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, unclosedAt } from '../../src/extract/json-error.js';

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

describe('unclosedAt', () => {
  const at = (text: string) => unclosedAt(text, jsonErrorOffset(text));

  it.each([
    // Cut short: the text ends with brackets (or a string) open; the innermost is named.
    ['{"id": 3, "lit": true', { kind: 'object', at: 0, missing: '}', ended: true }],
    ['{"bulbs": [{"watts": 40}', { kind: 'array', at: 10, missing: ']}', ended: true }],
    ['{"note": "gone', { kind: 'string', at: 9, missing: '"}', ended: true }],
    // A bracket of the other kind where the object closes.
    ['[{"id": 4\n]', { kind: 'object', at: 1, missing: '}', ended: false }],
    // Pseudo-JSON (a comment) cut short: its end is still open.
    ['{\n  "id": 1, // the id\n  "tags": ["a"', { kind: 'array', at: 33, missing: ']}', ended: true }],
  ])('should name what %j leaves open', (text, want) => {
    expect(at(text)).toEqual(want);
  });

  it.each(['{"a": 1,}', '{"a" 1}', '{"a": oops}', '{"a": 1} x', '{"a": "[b"}x'])(
    'should find nothing open in %j, whose fault is another',
    (text) => {
      expect(at(text)).toBeUndefined();
    },
  );
});

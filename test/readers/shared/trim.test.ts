import { describe, expect, it } from 'vitest';
import { withoutClosing } from '../../../src/readers/shared/trim.js';

describe('withoutClosing', () => {
  it.each([
    ['Title ##', '#', 'Title'],
    ['Title ##  ', '#', 'Title'],
    ['Title', '#', 'Title'],
    ['Title  ', '#', 'Title  '],
    ['C#', '#', 'C'],
    ['name *', '*', 'name'],
    ['##', '#', ''],
  ])('should turn %j (closing %j) into %j', (text, mark, expected) => {
    expect(withoutClosing(text, mark)).toBe(expected);
  });

  it('should scan a long run of spaces once', () => {
    const text = `a${' '.repeat(1_000_000)}b`;
    expect(withoutClosing(text, '#')).toBe(text);
  });
});

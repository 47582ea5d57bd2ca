import { describe, expect, it } from 'vitest';
import { isColonOrBlank, withoutClosing, withoutColon, withoutTrailing } from '../../../src/readers/shared/trim.js';

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

describe('withoutTrailing and withoutColon', () => {
  it.each([
    ['name *', 'name'],
    ['name* ** ', 'name'],
    ['a * b', 'a * b'],
    ['*', ''],
  ])('should turn %j into %j', (text, expected) => {
    expect(withoutTrailing(text, '*')).toBe(expected);
  });

  it.each([
    ['Accepted types :', 'Accepted types'],
    ['Accepted types::', 'Accepted types:'],
    ['Accepted types', 'Accepted types'],
  ])('should turn %j into %j', (text, expected) => {
    expect(withoutColon(text)).toBe(expected);
  });

  it('should scan a long run of spaces once', () => {
    const text = `a${' '.repeat(1_000_000)}b`;
    expect(withoutTrailing(text, '*')).toBe(text);
    expect(withoutColon(`${text}:`)).toBe(text);
  });
});

describe('isColonOrBlank', () => {
  it.each([
    ['', true],
    ['  :  ', true],
    [':', true],
    ['::', false],
    [' x ', false],
  ])('should tell %j: %j', (text, expected) => {
    expect(isColonOrBlank(text)).toBe(expected);
  });

  it('should scan a long run of spaces once', () => {
    expect(isColonOrBlank(`${' '.repeat(1_000_000)}x`)).toBe(false);
  });
});

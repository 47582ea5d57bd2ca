import { describe, expect, it } from 'vitest';
import type { StatedFile } from '../../../src/input/load-files.js';
import { encodeListing, sameListing } from '../../../src/run/cache/input-listing.js';

const file = (name: string, size: number, mtimeMs: number): StatedFile => ({ absolutePath: `/docs/${name}`, file: name, size, mtimeMs });

const listed = [file('a.md', 120, 1_765_000_000_123.25), file('sub/ünïcode.md', 0, 1_765_000_001_000), file('spec.json', 4_000_000, 0.5)];

describe('the input listing as the manifest keeps it', () => {
  it('should match the same names, sizes and times in the same order, and nothing else', () => {
    const bytes = encodeListing(listed);
    expect(sameListing(bytes, listed)).toBe(true);
    // At any offset (the listing follows the manifest's first line, of any length).
    const shifted = Buffer.concat([Buffer.from('{"x":1}\n'), bytes]).subarray(8);
    expect(sameListing(shifted, listed)).toBe(true);
    const changed: Array<[string, StatedFile[]]> = [
      ['a size', [file('a.md', 121, listed[0]!.mtimeMs), ...listed.slice(1)]],
      ['a time a microsecond later', [file('a.md', 120, listed[0]!.mtimeMs + 0.001), ...listed.slice(1)]],
      ['a name', [listed[0]!, file('sub/unicode.md', 0, listed[1]!.mtimeMs), listed[2]!]],
      ['a name one character longer', [file('a.mdx', 120, listed[0]!.mtimeMs), ...listed.slice(1)]],
      ['the order', [listed[1]!, listed[0]!, listed[2]!]],
      ['a file less', listed.slice(0, 2)],
      ['a file more', [...listed, file('b.md', 1, 1)]],
      ['no file', []],
    ];
    for (const [what, files] of changed) expect({ what, same: sameListing(bytes, files) }).toEqual({ what, same: false });
  });

  it('should match nothing when cut short or damaged', () => {
    const bytes = encodeListing(listed);
    expect(sameListing(bytes.subarray(0, bytes.length - 1), listed)).toBe(false);
    expect(sameListing(bytes.subarray(0, 20), listed)).toBe(false);
    expect(sameListing(Buffer.alloc(0), listed)).toBe(false);
    const damaged = Buffer.from(bytes);
    damaged[3] = damaged[3]! ^ 0xff;
    expect(sameListing(damaged, listed)).toBe(false);
    expect(sameListing(encodeListing([]), [])).toBe(true);
  });
});

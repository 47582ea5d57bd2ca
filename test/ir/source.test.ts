import { describe, expect, it } from 'vitest';
import { type Source, uniqueSources } from '../../src/ir/source.js';

const at = (file: string, start: number, end: number): Source => ({
  file,
  start: { line: 1, column: start + 1, offset: start },
  end: { line: 1, column: end + 1, offset: end },
});

describe('uniqueSources', () => {
  it('should sort by file then offset and keep each place once', () => {
    expect(uniqueSources([at('b.md', 5, 9), at('a.md', 7, 8), at('b.md', 1, 2), at('a.md', 7, 8), at('b.md', 5, 9)])).toEqual([
      at('a.md', 7, 8),
      at('b.md', 1, 2),
      at('b.md', 5, 9),
    ]);
  });

  it('should not change its input', () => {
    const input = [at('b.md', 1, 2), at('a.md', 1, 2)];
    uniqueSources(input);
    expect(input.map((s) => s.file)).toEqual(['b.md', 'a.md']);
  });
});

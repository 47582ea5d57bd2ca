/**
 * The required folds a full merge records, flat (a few numbers a row): read, changed and moved in
 * that form by a patch, and a damaged store entry is told from a real one.
 */
import { describe, expect, it } from 'vitest';
import {
  foldedRequired,
  foldsHolding,
  isRequiredFolds,
  keepsPosition,
  keptFile,
  moveRows,
  newRequiredFolds,
  type RequiredFolds,
  recordFold,
  setRequired,
} from '../../src/infer/required-folds.js';
import type { Source } from '../../src/ir/source.js';
import type { Property } from '../../src/ir/types.js';
import { positionKey } from '../../src/run/cache/page-delta.js';

const at = (file: string, line: number, start: number, end: number): Source => ({
  file,
  start: { line, column: 1, offset: start },
  end: { line, column: 1 + end - start, offset: end },
});

const row = (name: string, source: Source, required: boolean, kind: 'string' | 'integer' = 'string'): Property => ({
  name,
  schema: { kind },
  required,
  source,
});

/** Book.Isbn on three pages, the middle one's row an integer (a family that lost); Shelf.Id on two. */
function recorded(): { folds: RequiredFolds; rows: Property[] } {
  const rows = [
    row('Isbn', at('a.md', 4, 40, 60), false),
    row('Isbn', at('b.md', 9, 100, 130), true, 'integer'),
    row('Isbn', at('c.md', 5, 70, 95), false),
    row('Id', at('b.md', 20, 300, 320), true),
    row('Id', at('c.md', 21, 400, 420), false),
  ];
  const folds = newRequiredFolds();
  recordFold(folds, 'Book', rows.slice(0, 3), [rows[0]!, rows[2]!]);
  recordFold(folds, 'Shelf', rows.slice(3), rows.slice(3));
  return { folds, rows };
}

describe('required folds', () => {
  it('should record each row as its file, offsets and flags, the files once', () => {
    const { folds } = recorded();
    expect(folds).toEqual({
      files: ['a.md', 'b.md', 'c.md'],
      names: ['Book', 'Isbn', 'Shelf', 'Id'],
      rows: [3, 0, 40, 60, 2, 1, 100, 130, 1, 2, 70, 95, 2, 2, 1, 300, 320, 3, 2, 400, 420, 2],
    });
    expect(isRequiredFolds(JSON.parse(JSON.stringify(folds)))).toBe(true);
  });

  it('should find the folds holding a changed row, fold their winning rows and keep the first winner', () => {
    const { folds, rows } = recorded();
    const change = { source: rows[2]!.source! };
    const held = foldsHolding(folds, [change, { source: at('d.md', 1, 0, 5) }]);
    expect([...held].map(([fold, changes]) => [fold.entity, fold.property, changes])).toEqual([['Book', 'Isbn', [change]]]);
    const [book] = held.keys();
    expect(keptFile(folds, book!)).toBe('a.md');
    expect(keepsPosition(folds, book!, rows[0]!.source!)).toBe(true);
    expect(keepsPosition(folds, book!, rows[2]!.source!)).toBe(false);
    // The lost family's required row does not count.
    expect(foldedRequired(folds, book!)).toBe(false);
    expect(setRequired(folds, book!, rows[2]!.source!, true, false)).toBe(false);
    expect(setRequired(folds, book!, rows[2]!.source!, false, true)).toBe(true);
    expect(foldedRequired(folds, book!)).toBe(true);
    expect(setRequired(folds, book!, rows[1]!.source!, true, false)).toBe(true);
    expect(foldedRequired(folds, book!)).toBe(true);
  });

  it("should move a page's rows where its positions moved, and say when one of them is not there", () => {
    const { folds, rows } = recorded();
    const moved = new Map([
      [positionKey(rows[1]!.source!), at('b.md', 11, 110, 140)],
      [positionKey(rows[3]!.source!), at('b.md', 22, 310, 330)],
    ]);
    expect(moveRows(folds, 'b.md', moved)).toBe(true);
    expect(folds.rows.slice(5, 8)).toEqual([1, 110, 140]);
    expect(folds.rows.slice(14, 17)).toEqual([1, 310, 330]);
    expect(moveRows(folds, 'c.md', new Map([[positionKey(rows[2]!.source!), at('c.md', 6, 80, 105)]]))).toBe(false);
    expect(moveRows(folds, 'e.md', new Map())).toBe(true);
  });

  it.each([
    ['not an object', 'folds'],
    ['a name without its property', { files: ['a.md'], names: ['Book'], rows: [] }],
    ['a row count past the end', { files: ['a.md'], names: ['Book', 'Isbn'], rows: [3, 0, 40, 60, 2] }],
    ['a negative row count', { files: ['a.md'], names: ['Book', 'Isbn'], rows: [-1, 0, 40, 60, 2] }],
    ['a file that is not listed', { files: ['a.md'], names: ['Book', 'Isbn'], rows: [1, 1, 40, 60, 2] }],
    ['an unknown flag', { files: ['a.md'], names: ['Book', 'Isbn'], rows: [1, 0, 40, 60, 4] }],
    ['no winning row', { files: ['a.md'], names: ['Book', 'Isbn'], rows: [1, 0, 40, 60, 1] }],
    ['numbers left over', { files: ['a.md'], names: ['Book', 'Isbn'], rows: [1, 0, 40, 60, 2, 7] }],
    ['a text for a number', { files: ['a.md'], names: ['Book', 'Isbn'], rows: [1, '0', 40, 60, 2] }],
  ])('should not take %s for folds', (_, value) => {
    expect(isRequiredFolds(value)).toBe(false);
  });
});

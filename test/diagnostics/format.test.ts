import { describe, expect, it } from 'vitest';
import { DiagnosticBag, sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic, formatSummary } from '../../src/diagnostics/format.js';
import type { Source } from '../../src/ir/source.js';

const at = (file: string, line: number, column: number, offset: number): Source => ({
  file,
  start: { line, column, offset },
  end: { line, column: column + 1, offset: offset + 1 },
});

describe('formatDiagnostic', () => {
  it('should print file:line:column severity message (code)', () => {
    const bag = new DiagnosticBag();
    bag.report('unknown-type', at('rest/a.md', 12, 5, 300), 'unknown type word "Foo"');
    expect(formatDiagnostic(bag.items[0]!)).toBe('rest/a.md:12:5 warning unknown type word "Foo" (unknown-type)');
  });

  it('should keep a hostile message on one line', () => {
    const bag = new DiagnosticBag();
    bag.report('malformed-row', at('a.md', 1, 1, 0), 'bad\nrow\u0007 here');
    expect(formatDiagnostic(bag.items[0]!)).toBe('a.md:1:1 error bad\\nrow\\u0007 here (malformed-row)');
  });

  it('should let a report override the default severity', () => {
    const bag = new DiagnosticBag();
    bag.report('unknown-section', at('a.md', 1, 1, 0), 'x', { severity: 'error' });
    expect(bag.errorCount).toBe(1);
  });
});

describe('sortDiagnostics', () => {
  it('should order by file, then position, then severity', () => {
    const bag = new DiagnosticBag();
    bag.report('unknown-type', at('b.md', 1, 1, 0), 'b');
    bag.report('unknown-type', at('a.md', 9, 1, 90), 'a late');
    bag.report('malformed-row', at('a.md', 2, 1, 20), 'a early');
    expect(sortDiagnostics(bag.items).map((d) => d.message)).toEqual(['a early', 'a late', 'b']);
  });
});

describe('formatSummary', () => {
  it('should count errors and warnings with plurals', () => {
    const bag = new DiagnosticBag();
    bag.report('malformed-row', at('a.md', 1, 1, 0), 'x');
    bag.report('unknown-type', at('a.md', 1, 1, 0), 'y');
    bag.report('unknown-type', at('a.md', 1, 1, 0), 'z');
    expect(formatSummary(bag.items)).toBe('1 error, 2 warnings');
  });
});

describe('formatStylish', () => {
  it('should group by file with positions, severities and rule ids', async () => {
    const { formatStylish } = await import('../../src/diagnostics/stylish.js');
    const bag = new DiagnosticBag();
    bag.report('unknown-type', at('rest/a.md', 12, 5, 300), 'unknown type word "Foo"');
    bag.report('malformed-row', at('rest/a.md', 20, 1, 500), 'a row with 2 cells');
    bag.report('unknown-section', at('b.md', 3, 1, 40), 'unknown section "Notes"');
    const text = formatStylish(bag.items);
    expect(text).toMatch(/^rest\/a\.md\n/m);
    expect(text).toMatch(/12:5-12:6\s+warning\s+unknown type word "Foo"\s+unknown-type\s+specdown/);
    expect(text).toMatch(/20:1-20:2\s+error\s+a row with 2 cells\s+malformed-row/);
    expect(text).toMatch(/^b\.md\n/m);
    expect(text).toMatch(/1 error, ⚠ 2 warnings/);
  });
});

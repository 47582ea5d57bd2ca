import { describe, expect, it } from 'vitest';
import { densestInlineLine, MAX_INLINE_MARKS } from '../../src/input/inline-density.js';
import { readPage } from '../../src/run/read-page.js';

const head = ['# Lamps', '', '## List lamps', '', '`GET /lamps`', ''];
const page = (...lines: string[]) => [...head, ...lines].join('\n');
const codes = (text: string) => readPage({ file: 'dense.md', text }).diagnostics.map((d) => d.code);

describe('inline density guard (every dialect, before the reader)', () => {
  it('should refuse a paragraph of more emphasis runs than the limit, naming its line, without parsing it', () => {
    // `*` openers and `_` closers that never pair: micromark walked back over the whole paragraph for each (21 s at 10,000).
    const text = page('Intro words.', '', 'Lamps glow.', '*a_'.repeat(MAX_INLINE_MARKS));
    const result = readPage({ file: 'dense.md', text });
    expect(result.fragment).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'inline-too-dense',
        severity: 'error',
        message: expect.stringContaining('holds more than 5,000 runs of `*`, `_` or `~`'),
        source: expect.objectContaining({ start: expect.objectContaining({ line: head.length + 4 }) }),
      }),
    ]);
  });

  it('should count the runs of a paragraph across its lines, bold pairs and strikethrough alike', () => {
    // 40,000 bold words in one paragraph took 29 s; `~a` × 40,000 took 117 s.
    const lines = Array.from({ length: 1_300 }, (_, i) => `**w${i}** and **x${i}**`);
    expect(densestInlineLine(page(...lines))).toEqual({ line: head.length + 1_251, offset: expect.any(Number), marks: 5_004 });
    expect(codes(page(`${'~a'.repeat(MAX_INLINE_MARKS)}~`))).toEqual(['inline-too-dense']);
    // An ordered item numbered past 1 cannot interrupt a paragraph: its lines go on with it.
    const numbered = ['Words.', ...Array.from({ length: 1_300 }, (_, i) => `${i + 2}. **a** **b**`)];
    expect(codes(page(...numbered))).toEqual(['inline-too-dense']);
  });

  it('should count each table row, list item, heading and paragraph on its own, and no fenced code', () => {
    const row = `| **a** | **b** | ${'*c* '.repeat(10)} |`;
    const table = ['| Name | Type |', '| --- | --- |', ...Array.from({ length: 1_000 }, () => row)];
    const items = Array.from({ length: 1_000 }, (_, i) => `${i % 2 ? '-' : `${i + 1}.`} **a** **b** _c_ ~d~`);
    const ordered = Array.from({ length: 1_000 }, (_, i) => `${i + 1}. **a** **b** _c_`);
    const headings = Array.from({ length: 1_000 }, () => '### **a** **b** _c_');
    const paragraphs = Array.from({ length: 1_000 }, () => '**a** **b** _c_ ~d~\n');
    const fence = ['```markdown', ...Array.from({ length: 2_000 }, () => '**a** **b** _c_'), '```'];
    for (const lines of [table, items, ordered, headings, paragraphs, fence]) {
      expect(densestInlineLine(page(...lines))).toBeUndefined();
    }
    // After a table, a heading ends it: the paragraph under it is one paragraph again.
    const after = [...table.slice(0, 3), '### Next', ...Array.from({ length: 1_300 }, () => '**a** **b**')];
    expect(densestInlineLine(page(...after))?.marks).toBe(5_004);
  });

  it('should count only runs that can open or close a span: snake_case, spaced stars and rules are none', () => {
    const inert = [
      Array.from({ length: 3_000 }, (_, i) => `lamp_glow_${i} 2 * 3 a ** b`).join(' '),
      '',
      Array.from({ length: 2_000 }, () => 'snake_case_name x_y').join(' '),
    ];
    const text = page(...inert);
    expect(densestInlineLine(text)).toBeUndefined();
    expect(readPage({ file: 'inert.md', text }).fragment?.operations).toHaveLength(1);
    // Runs the flanking rules let close: `name*` markers, punctuation before a run.
    expect(densestInlineLine(page(Array.from({ length: 5_001 }, (_, i) => `f${i}*`).join(' ')))?.marks).toBe(5_001);
    expect(densestInlineLine(page('é*'.repeat(5_001)))?.marks).toBe(5_001);
  });

  it('should take the limit it is given', () => {
    expect(densestInlineLine(page('**a** **b**'), 3)).toEqual({ line: head.length + 1, offset: expect.any(Number), marks: 4 });
    expect(densestInlineLine(page('**a** **b**'), 4)).toBeUndefined();
  });
});

import type { Paragraph, Table } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../../src/readers/shared/markdown.js';

describe('markdownProcessor', () => {
  it('should read GFM tables, strikethrough, task items and front matter', () => {
    const root = markdownProcessor.parse('---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| x | ~~y~~ |\n\n- [x] done\n');
    expect(root.children.map((node) => node.type)).toEqual(['yaml', 'table', 'list']);
    const table = root.children[1] as Table;
    expect(table.children[1]!.children[1]!.children[0]!.type).toBe('delete');
    expect(table.children[0]!.children[0]!.position?.start).toEqual({ line: 5, column: 1, offset: 18 });
  });

  it('should leave bare URLs and e-mail addresses as the text they are (no autolink literals)', () => {
    const root = markdownProcessor.parse('See https://example.com/a?b=1 or www.example.com, or write to a@example.com.\n');
    const paragraph = root.children[0] as Paragraph;
    expect(paragraph.children).toMatchObject([
      { type: 'text', value: 'See https://example.com/a?b=1 or www.example.com, or write to a@example.com.' },
    ]);
  });
  it.each([
    ['Title\n-----\n\nText\n'],
    ['Two\nlines\n===\n'],
    ['[a]: /b\n[c]: /d\nTitle\n---\n'],
    ['[a]: /b\n---\n'],
    ['> Quoted\n> ---\n\n- Item\n  ---\n- Lazy\n---\n'],
    ['-----\na b\n-- --\nx y\n-----\n'],
    ['Not\n= =\n\n---\n'],
  ])('should read setext headings in %j as micromark does', (text) => {
    expect(markdownProcessor.parse(text)).toEqual(unified().use(remarkParse).parse(text));
  });

  it('should read a page of many setext headings in time linear in it', () => {
    const root = markdownProcessor.parse('x y\n-----\n\n'.repeat(20_000));
    expect(root.children).toHaveLength(20_000);
    expect(root.children.every((node) => node.type === 'heading' && node.depth === 2)).toBe(true);
  });
});

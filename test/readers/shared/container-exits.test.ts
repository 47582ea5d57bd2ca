import type { Blockquote, Paragraph } from 'mdast';
import { EditMap } from 'micromark-util-edit-map';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markdownProcessor } from '../../../src/readers/shared/markdown.js';

/**
 * micromark, as patched (`patches/micromark+*.patch`, applied by `npm install`'s `prepare`): the
 * exits of a container closed by a lazy or blank line are moved by a splice near the end of the
 * page's events, not by an edit map that copies every event of the page once per container.
 */
describe('closing block quotes', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should close each quote of a page of quotes without copying the page’s events', () => {
    const consume = vi.spyOn(EditMap.prototype, 'consume');
    const root = markdownProcessor.parse('> [!NOTE]\n> Lamps dim at dusk.\n\n'.repeat(2_000));
    expect(root.children).toHaveLength(2_000);
    // Each paragraph's own line suffixes are edited in its own few events; unpatched, each quote's
    // exits were too, in a copy of every event of the page before it (tens of thousands).
    const largest = Math.max(...consume.mock.calls.map(([events]) => events.length));
    expect(largest).toBeLessThan(100);
  });

  it('should place quotes, their lazy lines and nested quotes as micromark does', () => {
    const root = markdownProcessor.parse('> a\nlazy b\n\nc\n\n> > d\n\n- > e\n  f\n\n> g\n');
    expect(root.children.map((node) => node.type)).toEqual(['blockquote', 'paragraph', 'blockquote', 'list', 'blockquote']);
    const first = root.children[0] as Blockquote;
    expect((first.children[0] as Paragraph).children).toMatchObject([{ type: 'text', value: 'a\nlazy b' }]);
    expect(first.position).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 2, column: 7 } });
    const nested = root.children[2] as Blockquote;
    expect(nested.children[0]?.type).toBe('blockquote');
    expect(nested.position).toMatchObject({ start: { line: 6, column: 1 }, end: { line: 6, column: 6 } });
    expect(root.children[4]?.position).toMatchObject({ start: { line: 11, column: 1 }, end: { line: 11, column: 4 } });
  });

  it('should read a page of many quotes in time linear in it', () => {
    const root = markdownProcessor.parse('> Shelf note.\n\n'.repeat(20_000));
    expect(root.children).toHaveLength(20_000);
    expect(root.children.every((node) => node.type === 'blockquote')).toBe(true);
    expect(root.children[19_999]?.position?.start.line).toBe(39_999);
  });
});

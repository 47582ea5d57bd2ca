/**
 * HTML paragraphs standing as blocks of a markdown page (apiDoc's `<p>Compare version 0.3.0 …</p>`
 * under an operation's heading): the paragraphs they show, each placed at its words between the
 * tags, so that a description is those words, not the tags. Only a block of `<p>` elements (blank
 * between them); inline HTML inside one is markdown's own and stays as written, and any other
 * HTML block is left as it is.
 *
 *     <p>Compare version 0.3.0 with 0.2.0.</p>   → paragraph at "Compare version 0.3.0 with 0.2.0."
 */
import type { Element as HastElement, Nodes as HastNodes } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Html, Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { withoutPositions } from '../shared/nodes.js';
import { parseHtml } from './html-tree.js';

/** A block that opens with a `<p>` tag and closes with its end tag. */
const PARAGRAPHS = /^<p(?:\s[^<>]*)?>[\s\S]*<\/p>\s*$/i;

export function convertHtmlParagraphs(root: Root): void {
  root.children = root.children.flatMap((node): RootContent[] => (node.type === 'html' ? (paragraphsOf(node) ?? [node]) : [node]));
}

function paragraphsOf(node: Html): Paragraph[] | undefined {
  const at = node.position?.start;
  if (!at || !PARAGRAPHS.test(node.value)) return undefined;
  const tree = parseHtml(node.value, { fragment: true, base: at.offset });
  const elements = tree.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  if (!elements.every((child): child is HastElement => child.type === 'element' && child.tagName === 'p')) return undefined;
  const paragraphs: Paragraph[] = [];
  for (const element of elements) {
    const first = element.children[0]?.position?.start;
    const last = element.children.at(-1)?.position?.end;
    const converted = (toMdast({ type: 'root', children: [element] } as HastNodes) as Root).children[0];
    if (!first || !last || converted?.type !== 'paragraph') return undefined;
    for (const child of converted.children) withoutPositions(child);
    paragraphs.push({ ...converted, position: { start: shifted(first, at), end: shifted(last, at) } });
  }
  return paragraphs.length > 0 ? paragraphs : undefined;
}

/** A point of the HTML snippet → that point in the page (the snippet starts at `at`). */
function shifted(point: Point, at: Point): Point {
  return {
    line: at.line + point.line - 1,
    column: point.line === 1 ? at.column + point.column - 1 : point.column,
    offset: (at.offset ?? 0) + (point.offset ?? 0),
  };
}

/**
 * HTML lists standing as blocks of a markdown page, as Miniflux's API page notes a call's outcome:
 *
 *     <ul>
 *         <li>Returns <code>204</code> status code for success.</li>   → a list, each item a paragraph
 *         <li>Feeds are refreshed in a background process.</li>           at its words between the tags
 *     </ul>
 *
 * the list they show, read as a markdown list is (a status an item states is the operation's, as in
 * `- Returns `201 Created` if imported successfully.`); before, the block was kept as raw HTML and
 * its words were read as nothing. Only a block that is one `<ul>` or `<ol>` of `<li>` elements whose
 * contents are inline (text, code, emphasis, links, a break); any other HTML block, a nested list or
 * a block in an item, leaves the block as it is.
 */
import type { ElementContent, Nodes as HastNodes } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Html, List, ListItem, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { withoutPositions } from '../shared/nodes.js';
import { parseHtml } from './html-tree.js';

/** A block that opens with a `<ul>` or `<ol>` tag and closes with its end tag. */
const LIST_BLOCK = /^<([uo]l)(?:\s[^<>]*)?>[\s\S]*<\/\1>\s*$/i;

/** The inline elements an item may hold. */
const INLINE = new Set(['code', 'b', 'strong', 'em', 'i', 'a', 'br', 'span', 'kbd', 'tt', 'var', 'samp']);

export function convertHtmlListBlocks(root: Root): void {
  // Cheap skip: a page whose HTML blocks open no list.
  if (!root.children.some((node) => node.type === 'html' && LIST_BLOCK.test(node.value))) return;
  root.children = root.children.flatMap((node): RootContent[] => {
    const list = node.type === 'html' ? listOf(node) : undefined;
    return list ? [list] : [node];
  });
}

function listOf(node: Html): List | undefined {
  const at = node.position?.start;
  if (!at || !node.position || !LIST_BLOCK.test(node.value)) return undefined;
  const tree = parseHtml(node.value, { fragment: true, base: at.offset });
  const [element, ...more] = tree.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  if (more.length > 0 || element?.type !== 'element' || (element.tagName !== 'ul' && element.tagName !== 'ol')) return undefined;
  const items = element.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  if (items.length === 0) return undefined;
  const converted: ListItem[] = [];
  for (const item of items) {
    if (item.type !== 'element' || item.tagName !== 'li' || !item.children.every(isInline)) return undefined;
    const first = item.children[0]?.position?.start;
    const last = item.children.at(-1)?.position?.end;
    const paragraph = (
      toMdast({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: item.children }] } as HastNodes) as Root
    ).children[0];
    if (!first || !last || !item.position || paragraph?.type !== 'paragraph') return undefined;
    for (const child of paragraph.children) withoutPositions(child);
    const words = { start: shifted(first, at), end: shifted(last, at) };
    converted.push({
      type: 'listItem',
      spread: false,
      children: [{ ...paragraph, position: words }],
      position: { start: shifted(item.position.start, at), end: shifted(item.position.end, at) },
    });
  }
  const ordered = element.tagName === 'ol';
  return { type: 'list', ordered, spread: false, children: converted, position: node.position, data: { htmlBlock: true } };
}

/** Text, or an inline element whose contents are inline too (`<code>204</code>`, `<a><b>…</b></a>`). */
function isInline(node: ElementContent): boolean {
  if (node.type === 'text' || node.type === 'comment') return true;
  return node.type === 'element' && INLINE.has(node.tagName) && node.children.every(isInline);
}

/** A point of the HTML snippet → that point in the page (the snippet starts at `at`). */
function shifted(point: Point, at: Point): Point {
  return {
    line: at.line + point.line - 1,
    column: point.line === 1 ? at.column + point.column - 1 : point.column,
    offset: (at.offset ?? 0) + (point.offset ?? 0),
  };
}

/**
 * HTML in references, through the unified ecosystem (hast-util-from-html parses as browsers do,
 * hast-util-to-mdast maps elements to mdast): never a hand-written HTML parser.
 *
 * - A `<table>` inside markdown (GitBook writes every table so) becomes the block nodes it holds,
 *   tables as real mdast `table` nodes, every node placed at its characters in the page.
 * - A whole `.html` page becomes one mdast tree (headings, tables, code, paragraphs).
 *
 * Cell content keeps its nodes but not their positions: the page's characters there are HTML, so
 * descriptions are taken as plain text, not as a markdown slice.
 */
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';

const TABLE = /<table[\s>]/i;

/** Replaces every root-level `html` node holding a `<table>` by the blocks it converts to. */
export function convertHtmlTables(root: Root): void {
  const children: RootContent[] = [];
  for (const node of root.children) {
    if (node.type === 'html' && TABLE.test(node.value) && node.position) children.push(...blocksOf(node.value, node.position.start));
    else children.push(node);
  }
  root.children = children;
}

/** A whole HTML page → mdast root (positions index into the page). */
export function readHtmlPage(text: string): Root {
  const tree = fromHtml(text);
  const root = toMdast(tree as HastNodes) as Root;
  root.children = root.children.filter((node) => node.type !== 'html');
  for (const node of root.children) dropInlinePositions(node);
  return root;
}

function blocksOf(html: string, at: Point): RootContent[] {
  const root = toMdast(fromHtml(html, { fragment: true }) as HastNodes) as Root;
  const blocks = root.children.filter((node) => !(node.type === 'paragraph' && node.children.every(isBlank)));
  for (const block of blocks) {
    shift(block, at);
    dropInlinePositions(block);
  }
  return blocks;
}

function isBlank(node: Nodes): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/** Positions relative to the HTML snippet → positions in the page (the snippet starts at `at`). */
function shift(node: Nodes, at: Point): void {
  if (node.position) node.position = shiftPosition(node.position, at);
  if ('children' in node) for (const child of node.children as Nodes[]) shift(child, at);
}

function shiftPosition(position: Position, at: Point): Position {
  const move = (point: Point): Point => ({
    line: at.line + point.line - 1,
    column: point.line === 1 ? at.column + point.column - 1 : point.column,
    offset: (at.offset ?? 0) + (point.offset ?? 0),
  });
  return { start: move(position.start), end: move(position.end) };
}

/** Inline nodes of table cells and paragraphs lose positions; the blocks and cells keep theirs. */
function dropInlinePositions(node: Nodes): void {
  if (!('children' in node)) return;
  const inline = node.type === 'tableCell' || node.type === 'paragraph' || node.type === 'heading';
  for (const child of node.children as Nodes[]) {
    if (inline) stripAll(child);
    else dropInlinePositions(child);
  }
}

function stripAll(node: Nodes): void {
  delete node.position;
  if ('children' in node) for (const child of node.children as Nodes[]) stripAll(child);
}

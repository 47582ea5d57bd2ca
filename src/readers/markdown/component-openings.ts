/**
 * An endpoint component's opening tag alone on its line with its content right under it, no blank
 * line between (Home Assistant's developer docs):
 *
 *     <ApiEndpoint path="/api/states/<entity_id>" method="get">
 *     Returns a state object for specified entity_id.
 *
 * Markdown reads the lines up to the next blank one as one HTML block, so the component's first
 * paragraph (the operation's summary) is lost in it. The block becomes the tag alone, then the
 * markdown of the lines under it, each node at its place in the page. Only a component that states
 * an endpoint by its attributes (a `method` and a `path`, `route`, `endpoint` or `url`), whose
 * opening tag is the block's whole first line, and only where the next line is no tag.
 */
import type { Html, Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { markdownProcessor } from '../shared/markdown.js';

/** A capitalised component's opening tag, its attribute values quoted or braced (`path="/a/<id>"` holds `<`). */
const OPENING_TAG = /^<[A-Z][\w.]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|\{[^{}\n]*\}))?)*\s*>[ \t]*$/;
const METHOD = /\smethod\s*=/i;
const ROUTE = /\s(?:path|route|endpoint|url)\s*=/i;

export function splitComponentOpenings(root: Root, text: string): void {
  if (!text.includes('<')) return;
  root.children = root.children.flatMap((node) => (node.type === 'html' ? split(node, text) : [node]));
}

function split(node: Html, text: string): RootContent[] {
  const newline = node.value.indexOf('\n');
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (newline < 0 || start?.offset === undefined || end === undefined || node.value.length > 10_000) return [node];
  const first = node.value.slice(0, newline);
  if (!OPENING_TAG.test(first) || !METHOD.test(first) || !ROUTE.test(first)) return [node];
  const rest = node.value.slice(newline + 1);
  if (/^\s*</.test(rest) || rest.trim() === '') return [node];
  // The block is the page's characters from its start (a block starts at its line's first column, unindented).
  if (text.slice(start.offset, start.offset + node.value.length) !== node.value) return [node];
  const tagEnd: Point = { line: start.line, column: start.column + first.length, offset: start.offset + first.length };
  const tag: Html = { type: 'html', value: first, position: { start, end: tagEnd } };
  const base: Point = { line: start.line + 1, column: 1, offset: start.offset + newline + 1 };
  // `Returns every kennel.` ⏎ `</ApiEndpoint>`: the closing tag on the block's last line is no words of the paragraph.
  const name = /^<([\w.]+)/.exec(first)![1]!;
  const closing = new RegExp(`\\n</${name.replace('.', '\\.')}\\s*>[ \\t]*$`).exec(rest);
  const words = closing ? rest.slice(0, closing.index) : rest;
  const nodes = markdownProcessor.parse(words).children.map((child) => shift(child, base));
  if (!closing) return [tag, ...nodes];
  const from = base.offset! + closing.index + 1;
  const close: Html = {
    type: 'html',
    value: closing[0].slice(1),
    position: { start: { line: node.position!.end.line, column: 1, offset: from }, end: node.position!.end },
  };
  return [tag, ...nodes, close];
}

/** A node parsed from the text after the tag, moved to its place in the page. */
function shift<T extends Nodes>(node: T, base: Point): T {
  const move = (point: Point): Point => ({
    line: base.line + point.line - 1,
    column: point.line === 1 ? base.column + point.column - 1 : point.column,
    offset: base.offset! + point.offset!,
  });
  const moved = { ...node } as T;
  if (node.position) moved.position = { start: move(node.position.start), end: move(node.position.end) };
  if ('children' in moved) (moved as { children: Nodes[] }).children = (moved.children as Nodes[]).map((child) => shift(child, base));
  return moved;
}

/**
 * ReadMe's "magic blocks" (pages written in readme.io's editor and exported, or kept in a repository
 * beside `rdme`): a `[block:TYPE]` line, a JSON object, a `[/block]` line.
 *
 *     [block:api-header]   {"type": "post", "title": "/users"}             → `## POST /users` (a title that is no path: `## Create a user`)
 *     [block:parameters]   {"data": {"h-0": "Name", "0-0": "`id`", …}, "cols": 3, "rows": 1}
 *                                                                         → the table it holds, cells read as markdown
 *     [block:code]         {"codes": [{"code": "curl …", "language": "curl"}]} → a fence per code
 *     [block:callout]      {"type": "info", "title": …, "body": …}          → the body, as prose
 *     [block:image], [block:embed] …                                       → nothing (no text of the API)
 *
 * A block whose JSON does not parse is left as it is.
 */
import type { Code, Heading, Nodes, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { Point, Position } from 'unist';
import { markdownProcessor } from '../shared/markdown.js';
import { linesJoined } from '../shared/trim.js';
import { markOrigin } from './findings.js';

/** A block's first line (`[block:TYPE]`) and last (`[/block]`). */
const OPENING = /^\[block:([\w-]+)\][ \t]*$/;
const CLOSING = /^\[\/block\][ \t]*$/;
/** More cells than this in one parameters block: no table a page means. */
const MAX_CELLS = 20_000;
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

export function convertReadmeBlocks(root: Root, page: string): void {
  if (!page.includes('[block:')) return;
  const children: RootContent[] = [];
  for (const node of root.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const text = node.type === 'paragraph' && start !== undefined && end !== undefined ? page.slice(start, end) : undefined;
    const made = text === undefined ? undefined : blockNodes(text, node.position!);
    children.push(...(made ?? [node]));
  }
  root.children = children;
}

/** The nodes of a paragraph holding blocks (and the prose around them, no blank line between); undefined when it holds none. */
function blockNodes(text: string, position: Position): RootContent[] | undefined {
  const out: RootContent[] = [];
  let at = 0;
  for (const block of blocksIn(text)) {
    const made = blockOf(block.type, text.slice(block.json, block.close - 1), position);
    if (!made) return undefined;
    if (text.slice(at, block.start).trim()) out.push(...prose(text, at, block.start, position));
    out.push(...made);
    at = block.end;
  }
  if (at === 0) return undefined;
  if (text.slice(at).trim()) out.push(...prose(text, at, text.length, position));
  return out;
}

/** Each block of the text (offsets: its start, its JSON's, its closing line's, its end), in one pass over the lines. */
function blocksIn(text: string): Array<{ type: string; start: number; json: number; close: number; end: number }> {
  const found: Array<{ type: string; start: number; json: number; close: number; end: number }> = [];
  let open: { type: string; start: number; json: number } | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const next = at + line.length + 1;
    const type = OPENING.exec(line)?.[1];
    if (type) open = { type, start: at, json: next };
    else if (open && CLOSING.test(line)) {
      found.push({ ...open, close: at, end: Math.min(next - 1, text.length) });
      open = undefined;
    }
    at = next;
  }
  return found;
}

/** The prose between blocks, parsed, at its place in the page. */
function prose(text: string, from: number, to: number, position: Position): RootContent[] {
  const before = text.slice(0, from);
  const lines = before.split('\n');
  const start = position.start;
  const base: Point = {
    line: start.line + lines.length - 1,
    column: lines.length === 1 ? start.column + before.length : lines[lines.length - 1]!.length + 1,
    offset: start.offset! + from,
  };
  const move = (point: Point): Point => ({
    line: base.line + point.line - 1,
    column: point.line === 1 ? base.column + point.column - 1 : point.column,
    offset: base.offset! + point.offset!,
  });
  const shift = <T extends Nodes>(node: T): T => {
    const moved = { ...node } as T;
    if (node.position) moved.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in moved) (moved as { children: Nodes[] }).children = (moved.children as Nodes[]).map(shift);
    return moved;
  };
  return markdownProcessor.parse(text.slice(from, to)).children.map(shift);
}

function blockOf(type: string, json: string, position: Position): RootContent[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const block = value as Record<string, unknown>;
  switch (type) {
    case 'api-header':
      return header(block, position);
    case 'parameters':
      return table(block, position);
    case 'code':
      return codes(block, position);
    case 'callout':
      return typeof block.body === 'string' ? unplaced(markdownProcessor.parse(block.body).children) : [];
    default:
      return [];
  }
}

function header(block: Record<string, unknown>, position: Position): RootContent[] {
  const title = typeof block.title === 'string' ? block.title.trim() : '';
  const method = typeof block.type === 'string' && METHODS.has(block.type.toLowerCase()) ? block.type.toUpperCase() : undefined;
  const words = method && title.startsWith('/') ? `${method} ${title}` : title;
  if (!words) return [];
  const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: words, position }], position };
  return [heading];
}

function table(block: Record<string, unknown>, position: Position): RootContent[] {
  const data = block.data;
  const cols = Number(block.cols);
  const rows = Number(block.rows);
  if (data === null || typeof data !== 'object' || !(cols > 0 && rows >= 0 && cols * (rows + 1) <= MAX_CELLS)) return [];
  const cell = (key: string) => {
    const value = (data as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : '';
  };
  const row = (keys: string[]): TableRow => ({
    type: 'tableRow',
    children: keys.map((key) => ({ type: 'tableCell', children: inline(cell(key)), position })),
    position,
  });
  const columns = Array.from({ length: cols }, (_, index) => index);
  const made: Table = {
    type: 'table',
    align: columns.map(() => null),
    children: [row(columns.map((c) => `h-${c}`)), ...Array.from({ length: rows }, (_, r) => row(columns.map((c) => `${r}-${c}`)))],
    position,
  };
  return [markOrigin(made, 'reader')];
}

function codes(block: Record<string, unknown>, position: Position): RootContent[] {
  if (!Array.isArray(block.codes)) return [];
  return block.codes.flatMap((entry): Code[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const { code, language } = entry as Record<string, unknown>;
    if (typeof code !== 'string') return [];
    return [
      {
        type: 'code',
        lang: typeof language === 'string' && /^[\w+#-]+$/.test(language) ? language : null,
        meta: null,
        value: code,
        position,
      },
    ];
  });
}

/** A cell's markdown as phrasing content (line breaks as spaces). */
function inline(text: string): PhrasingContent[] {
  const [first] = markdownProcessor.parse(linesJoined(text)).children;
  const children = first?.type === 'paragraph' ? first.children : text ? [{ type: 'text' as const, value: text }] : [];
  return unplaced(children);
}

/**
 * Nodes parsed from a JSON string of the block: the page has no place for their words (they are
 * escaped there), so they carry none, and the extractor reads their text, not the page's.
 */
function unplaced<T extends Nodes>(nodes: readonly T[]): T[] {
  return nodes.map((node) => {
    const { position: _position, ...rest } = node;
    const copy = rest as T;
    if ('children' in copy) (copy as { children: Nodes[] }).children = unplaced(copy.children as Nodes[]);
    return copy;
  });
}

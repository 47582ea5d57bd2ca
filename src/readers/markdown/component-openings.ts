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
 *
 * So is any component's opening tag with a fence right under it (Mintlify's `<ResponseExample>` ⏎
 * ```` ```json 200 ```` … ⏎ `</ResponseExample>`, `<CodeGroup>`, `<Tab title="…">`): the fences are
 * the samples they are, not raw HTML.
 *
 * Its closing tag right under its last paragraph (`Returns 200 if …` ⏎ `</ApiEndpoint>`) is no words
 * of that paragraph either: it becomes a block of its own, and a signature after it starts another
 * operation (`closesComponent`), not one more route of the component closed before it.
 */
import type { Html, Nodes, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { markdownProcessor } from '../shared/markdown.js';

/** A capitalised component's opening tag, its attribute values quoted or braced (`path="/a/<id>"` holds `<`). */
const OPENING_TAG = /^<[A-Z][\w.]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|\{[^{}\n]*\}))?)*\s*>[ \t]*$/;
const METHOD = /\smethod\s*=/i;
/** A fence opening the line under the tag. */
const FENCE_START = /^[ \t]{0,3}(?:`{3,}|~{3,})/;
const ROUTE = /\s(?:path|route|endpoint|url)\s*=/i;

export function splitComponentOpenings(root: Root, text: string): void {
  if (!text.includes('<')) return;
  // `</ApiEndpoint>` ⏎ `<ApiEndpoint …>` with no blank line between: one block that holds both, cut at the closing tag.
  const opened = text.includes('\n</') ? openedNames(text) : new Set<string>();
  if (opened.size > 0)
    root.children = root.children.flatMap((node) =>
      node.type === 'html' || node.type === 'paragraph' ? cutAtClosings(node, text, opened) : [node],
    );
  root.children = root.children.flatMap((node) => (node.type === 'html' ? split(node, text) : [node]));
  if (!text.includes('</')) return;
  const names = new Set(root.children.flatMap((node) => (node.type === 'html' ? [endpointComponent(node.value)] : [])));
  names.delete(undefined);
  if (names.size > 0) root.children = root.children.flatMap((node) => (node.type === 'paragraph' ? splitClosing(node, names) : [node]));
}

/** The endpoint components the page opens on lines of their own. */
function openedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.match(/^<[A-Z][\w.]*\s[^\n]*$/gm) ?? []) {
    const name = endpointComponent(line);
    if (name) names.add(name);
  }
  return names;
}

const CLOSING_LINE = /^<\/([A-Z][\w.]*)\s*>[ \t]*$/gm;

/**
 * A block holding an endpoint component's closing tag on a line of its own with more lines after
 * it (the next component opened right under it): its markdown before the tag, the tag, and the
 * markdown after it, each node at its place in the page.
 */
function cutAtClosings(node: Html | Paragraph, text: string, names: ReadonlySet<string>): RootContent[] {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || start.column !== 1 || end === undefined || end - start.offset > 10_000) return [node];
  const block = text.slice(start.offset, end);
  const cuts = [...block.matchAll(CLOSING_LINE)].filter((match) => names.has(match[1]!) && match.index + match[0].length < block.length);
  if (cuts.length === 0) return [node];
  const out: RootContent[] = [];
  let at = 0;
  const pointOf = (offset: number): Point => ({
    line: start.line + (block.slice(0, offset).match(/\n/g)?.length ?? 0),
    column: 1,
    offset: start.offset! + offset,
  });
  const words = (from: number, to: number) => {
    if (block.slice(from, to).trim() === '') return;
    out.push(...markdownProcessor.parse(block.slice(from, to)).children.map((child) => shift(child, pointOf(from))));
  };
  for (const cut of cuts) {
    words(at, cut.index);
    const tag = cut[0].trimEnd();
    const from = pointOf(cut.index);
    out.push({
      type: 'html',
      value: tag,
      position: { start: from, end: { line: from.line, column: 1 + tag.length, offset: from.offset! + tag.length } },
    });
    at = cut.index + cut[0].length + 1;
  }
  words(at, block.length);
  return out;
}

/** The name of the endpoint component a block's first line opens (`ApiEndpoint`), if it states an endpoint. */
function endpointComponent(value: string): string | undefined {
  const newline = value.indexOf('\n');
  const first = newline < 0 ? value : value.slice(0, newline);
  if (first.length > 2_000 || !OPENING_TAG.test(first) || !METHOD.test(first) || !ROUTE.test(first)) return undefined;
  return /^<([\w.]+)/.exec(first)![1];
}

/** Whether `node` is the closing tag (a block of its own) of the endpoint component `opening` opens. */
export function closesComponent(opening: RootContent, node: RootContent): boolean {
  if (opening.type !== 'html' || node.type !== 'html') return false;
  const name = endpointComponent(opening.value);
  return name !== undefined && new RegExp(`^</${name.replace('.', '\\.')}\\s*>\\s*$`).test(node.value);
}

/** `Returns 200 if …` ⏎ `</ApiEndpoint>`: the paragraph, then the closing tag as a block of its own. */
function splitClosing(node: Paragraph, names: ReadonlySet<string | undefined>): RootContent[] {
  const last = node.children[node.children.length - 1];
  const before = node.children[node.children.length - 2];
  if (last?.type !== 'html' || !last.position || before?.type !== 'text' || !before.value.endsWith('\n')) return [node];
  const name = /^<\/([\w.]+)\s*>$/.exec(last.value)?.[1];
  if (!names.has(name)) return [node];
  const words = withoutBlanks(before.value.slice(0, -1));
  const kept: Text = { type: 'text', value: words };
  const start = before.position?.start;
  if (start?.offset !== undefined) {
    const lines = words.split('\n');
    const tail = lines[lines.length - 1]!.length;
    const column = lines.length === 1 ? start.column + tail : tail + 1;
    kept.position = { start, end: { line: start.line + lines.length - 1, column, offset: start.offset + words.length } };
  }
  const paragraph: Paragraph = { ...node, children: [...node.children.slice(0, -2), kept] };
  if (node.position && kept.position) paragraph.position = { start: node.position.start, end: kept.position.end };
  return [paragraph, { type: 'html', value: last.value, position: last.position }];
}

function split(node: Html, text: string): RootContent[] {
  const newline = node.value.indexOf('\n');
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (newline < 0 || start?.offset === undefined || end === undefined || node.value.length > 10_000) return [node];
  const first = node.value.slice(0, newline);
  const rest = node.value.slice(newline + 1);
  // An endpoint component, or any component over a fence (Mintlify's `<ResponseExample>` ⏎ ```` ```json 200 ````).
  if (!OPENING_TAG.test(first) || !((METHOD.test(first) && ROUTE.test(first)) || FENCE_START.test(rest))) return [node];
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

/** `text` without the spaces and tabs it ends with, scanned from the end (`/[ \t]*$/` tries every position of a long run of blanks: quadratic). */
function withoutBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

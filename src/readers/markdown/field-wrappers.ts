/**
 * Field components and samples inside an MDX page's layout components (Mintlify's, Fern's):
 *
 *     <Tabs>                                        → (the tag, a block of its own)
 *       <Tab title="200">                           → Response 200   (labelComponents: a status's title)
 *         <ResponseField name="id" type="string">   → the field components, a block of their own
 *           The id.                                   (convertFieldComponents: that status's fields)
 *         </ResponseField>
 *       </Tab>                                      → (the tag)
 *       <Tab title="404">                           → Response 404
 *         …
 *     </Tabs>
 *
 * Written with no blank line between, markdown reads the whole set as one HTML block, and every
 * field and fence in it was lost; a blank line between two indented fields makes the second
 * indented code. From a block whose first line is a layout component's tag (`<Tabs>`, `<Tab
 * title="…">`, `<Accordion title="…">`, `<AccordionGroup>`, `<CodeGroup>`) up to where that
 * component closes, the page's lines are split again: each tag line alone (outside a field) a
 * block of its own, each run of field components one HTML block, and the other lines (words,
 * fences) read as markdown, their common indentation no code's (MDX has no indented code), each
 * node at its place in the page. Only a set that holds a field component, or a fence inside an
 * HTML block, is split; any other is left as it is.
 *
 * So is a set of Docusaurus' tabs whose content is indented under its tags, as MDX reads it (its
 * children are markdown, never indented code):
 *
 *     <Tabs>
 *       <TabItem value="params" label="Parameters">
 *         | Parameter | Type |                    → the table it is (before: lines of the HTML block)
 *       </TabItem>
 *       <TabItem value="example" label="Example">
 *
 *         ```json                                 → the fence it is (before: indented code holding
 *         { "lamp_id": "oak" }                      the fence's lines as its text)
 *         ```
 *       </TabItem>
 *     </Tabs>
 *
 * A set holding indented code, or an HTML block with a table's row under its tag, is split too.
 * Indented code outside such a set stays code; words alone under a tag are left as they were.
 */
import type { Html, Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { markdownBodyProcessor } from '../shared/markdown.js';
import { pointAt } from './attribute-lists.js';

/** A layout component's tag alone on a line: opening (`<Tab title="200">`) or closing (`</Tab>`); not a field's own. */
const LAYOUT_TAG =
  /^<\/?(?!(?:ParamField|ResponseField|Expandable)\b)([A-Z][\w.]*)(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|\{[^{}\n]*\}))?)*\s*\/?>$/;
const FIELD_OPEN = /<(?:ParamField|ResponseField)\b/;
const FIELD_OPENINGS = /<(?:ParamField|ResponseField)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const FIELD_CLOSINGS = /<\/(?:ParamField|ResponseField)\s*>/g;
const FENCE = /^(`{3,}|~{3,})/;
/** A set is at most this many blocks long. */
const MAX_RUN = 200;

export function openFieldWrappers(root: Root, page: string): void {
  const nodes = root.children;
  const out: RootContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const name = node.type === 'html' ? layoutName(node.value) : undefined;
    const from = node.position?.start.offset;
    if (!name || from === undefined || node.position?.start.column !== 1) {
      out.push(node);
      continue;
    }
    const end = closingBlock(nodes, index, name, page);
    const to = nodes[end]!.position!.end.offset!;
    const held = nodes.slice(index, end + 1);
    if (!held.some((block) => holdsFieldOrFence(block, page))) {
      out.push(node);
      continue;
    }
    out.push(...splitLines(page, from, to));
    index = end;
  }
  root.children = out;
}

/** The layout component a block's first line opens or closes (`Tabs`), if that line is the tag alone. */
function layoutName(value: string): string | undefined {
  const newline = value.indexOf('\n');
  const first = (newline < 0 ? value : value.slice(0, newline)).trim();
  return first.length <= 500 && !first.startsWith('</') ? LAYOUT_TAG.exec(first)?.[1] : undefined;
}

/** The last block of the set `nodes[index]` opens: where `<name>` is closed again (or the set's limit). */
function closingBlock(nodes: readonly RootContent[], index: number, name: string, page: string): number {
  const opening = new RegExp(`<${name.replace('.', '\\.')}(?:\\s[^>]*[^/>])?>`, 'g');
  const closing = new RegExp(`</${name.replace('.', '\\.')}\\s*>`, 'g');
  let open = 0;
  let end = index;
  for (let next = index; next < nodes.length && next < index + MAX_RUN; next++) {
    const position = nodes[next]!.position;
    if (position?.start.offset === undefined || position.end.offset === undefined) break;
    const text = page.slice(position.start.offset, position.end.offset);
    open += (text.match(opening)?.length ?? 0) - (text.match(closing)?.length ?? 0);
    end = next;
    if (open <= 0) break;
  }
  return end;
}

function holdsFieldOrFence(node: RootContent, page: string): boolean {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return false;
  const text = page.slice(start.offset, end.offset);
  if (FIELD_OPEN.test(text)) return true;
  // Indented code: a tab's content indented under its tag (no fence opens it).
  if (node.type === 'code') return !/^[ \t]*(?:`{3,}|~{3,})/.test(text);
  return node.type === 'html' && (/^[ \t]*(?:`{3,}|~{3,})/m.test(text) || holdsRow(text));
}

/** An HTML block with a table's row under its first line (`<TabItem …>` ⏎ `    | Parameter | Type |`). */
function holdsRow(text: string): boolean {
  const newline = text.indexOf('\n');
  return newline >= 0 && /^[ \t]*\|/m.test(text.slice(newline + 1));
}

interface Line {
  text: string;
  /** The page offset of the line's first character. */
  at: number;
}

/** The page's lines from `from` to `to`, split into tags, field runs and markdown. */
function splitLines(page: string, from: number, to: number): RootContent[] {
  const lines: Line[] = [];
  for (let at = from; at <= to; ) {
    const newline = page.indexOf('\n', at);
    const stop = newline < 0 || newline > to ? to : newline;
    lines.push({ text: page.slice(at, stop), at });
    at = stop + 1;
  }
  const out: RootContent[] = [];
  let run: { kind: 'fields' | 'markdown'; lines: Line[] } | undefined;
  const flush = () => {
    if (run) out.push(...(run.kind === 'fields' ? [fieldBlock(page, run.lines)] : markdownOf(page, run.lines)));
    run = undefined;
  };
  let depth = 0;
  let fence: string | undefined;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (fence !== undefined) {
      run!.lines.push(line);
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '') fence = undefined;
      continue;
    }
    if (depth === 0) {
      if (LAYOUT_TAG.test(trimmed)) {
        flush();
        out.push(tagBlock(page, line, trimmed));
        continue;
      }
      if (FIELD_OPEN.test(trimmed) && trimmed.startsWith('<')) {
        if (run?.kind !== 'fields') flush();
        run ??= { kind: 'fields', lines: [] };
      } else if (trimmed !== '' && run?.kind !== 'markdown') {
        flush();
        run = { kind: 'markdown', lines: [] };
      }
      if (run?.kind === 'markdown') fence = FENCE.exec(trimmed)?.[1];
    }
    run?.lines.push(line);
    if (run?.kind === 'fields')
      depth = Math.max(0, depth + (trimmed.match(FIELD_OPENINGS)?.length ?? 0) - (trimmed.match(FIELD_CLOSINGS)?.length ?? 0));
  }
  flush();
  return out;
}

function tagBlock(page: string, line: Line, tag: string): Html {
  const at = line.at + line.text.indexOf(tag);
  return { type: 'html', value: tag, position: { start: pointAt(page, at), end: pointAt(page, at + tag.length) } };
}

/** A run of field components: one HTML block from its first tag to its last line's end. */
function fieldBlock(page: string, lines: readonly Line[]): Html {
  const kept = trimBlank(lines);
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  const start = first.at + first.text.indexOf('<');
  const end = last.at + last.text.trimEnd().length;
  return { type: 'html', value: page.slice(start, end), position: { start: pointAt(page, start), end: pointAt(page, end) } };
}

/** Lines of words and fences: read as markdown without their common indentation, every node placed in the page. */
function markdownOf(page: string, lines: readonly Line[]): RootContent[] {
  const kept = trimBlank(lines);
  if (kept.length === 0) return [];
  const indent = Math.min(...kept.filter((line) => line.text.trim() !== '').map((line) => /^[ \t]*/.exec(line.text)![0].length));
  // Each dedented line's start in the text parsed, and in the page.
  const starts: Array<{ parsed: number; page: number }> = [];
  let text = '';
  for (const line of kept) {
    const cut = Math.min(indent, /^[ \t]*/.exec(line.text)![0].length);
    starts.push({ parsed: text.length, page: line.at + cut });
    text += `${line.text.slice(cut)}\n`;
  }
  const pageOffset = (offset: number): number => {
    // The last line starting at or before `offset` (a binary search: a point per node).
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]!.parsed <= offset) low = middle;
      else high = middle - 1;
    }
    return starts[low]!.page + offset - starts[low]!.parsed;
  };
  const place = (node: Nodes): void => {
    if (node.position) {
      const move = (point: Point): Point => pointAt(page, pageOffset(point.offset ?? 0));
      node.position = { start: move(node.position.start), end: move(node.position.end) };
    }
    if ('children' in node) for (const child of node.children) place(child);
  };
  const parsed = markdownBodyProcessor.parse(text).children;
  for (const node of parsed) place(node);
  return parsed;
}

function trimBlank(lines: readonly Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text.trim() === '') start++;
  while (end > start && lines[end - 1]!.text.trim() === '') end--;
  return lines.slice(start, end);
}

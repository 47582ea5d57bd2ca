/**
 * Markdoc's table tag (Markdoc is what several vendors' docs sites are written in), which
 * CommonMark reads as lists between thematic breaks once the tags are blanked as noise: the table
 * it renders, each cell placed at its words in the page.
 *
 *     {% table %}
 *     * Parameter        ← the header row: one list item a cell
 *     * Type
 *     ---                ← a row's end
 *     * limit
 *     * integer
 *     {% /table %}
 *
 * The first row is the header unless the tag's body opens with `---` (a table of no header, which
 * names no column: left as read). A cell's paragraphs are its words; a block of anything else than
 * lists and breaks between the tags (a paragraph, a fence) leaves the whole block as read.
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';

/** The tag's opening (`{% table %}`, `{% table .compact %}`), as written in the page. */
const OPEN = /\{%-?[ \t]*table\b[^%\n]*%\}/g;
/** Its closing. */
const CLOSE = /\{%-?[ \t]*\/table[ \t]*-?%\}/g;
/** A cheap test: a page of no table tag has no such table. */
export const MARKDOC_TABLE_HINT = /\{%-?[ \t]*table\b/;

/** Replaces each Markdoc table tag's lists and breaks with the GFM table they render. */
export function convertMarkdocTables(root: Root, page: string): void {
  const spans = tagSpans(page);
  if (spans.length > 0) convertWithin(root, spans);
}

/** The tables of the spans inside `parent`, among its children or deeper (only where a span lies). */
function convertWithin(parent: Root, spans: ReadonlyArray<[number, number]>): void {
  const start = parent.position?.start.offset ?? 0;
  const end = parent.position?.end.offset ?? Number.POSITIVE_INFINITY;
  let next = firstSpanFrom(spans, start);
  if (next >= spans.length || spans[next]![1] > end) return;
  const children = parent.children as RootContent[];
  let at = 0;
  for (; next < spans.length && spans[next]![1] <= end; next++) {
    const [from, to] = spans[next]!;
    while (at < children.length && (children[at]!.position?.start.offset ?? -1) < from) at++;
    let last = at;
    while (last < children.length && (children[last]!.position?.end.offset ?? Number.POSITIVE_INFINITY) <= to) last++;
    const table = markdocTable(children.slice(at, last));
    if (table) children.splice(at, last - at, table);
  }
  for (const child of children) if (holdsBlocks(child)) convertWithin(child as unknown as Root, spans);
}

/** The index of the first span opening at `offset` or after (spans are in page order). */
function firstSpanFrom(spans: ReadonlyArray<[number, number]>, offset: number): number {
  let [low, high] = [0, spans.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]![0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A node of block children (a quote, a list, an item…): a tag may sit inside it. */
function holdsBlocks(node: Nodes): boolean {
  return 'children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table' && node.type !== 'tableRow';
}

/** Each tag's body, `[end of its opening, start of its closing]` offsets, in page order. */
function tagSpans(page: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!MARKDOC_TABLE_HINT.test(page)) return spans;
  const closes = [...page.matchAll(CLOSE)];
  let next = 0;
  for (const open of page.matchAll(OPEN)) {
    const from = open.index + open[0].length;
    while (next < closes.length && closes[next]!.index < from) next++;
    const close = closes[next];
    if (!close) break;
    if (spans.length > 0 && from < spans[spans.length - 1]![1]) continue;
    spans.push([from, close.index]);
    next++;
  }
  return spans;
}

/** The table `nodes` render, or nothing where they are not a header's list and rows' lists parted by breaks. */
function markdocTable(nodes: readonly RootContent[]): Table | undefined {
  if (nodes.length < 3 || nodes[0]!.type !== 'list') return undefined;
  const rows: ListItem[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'thematicBreak') rows.push([]);
    else if (node.type === 'list') rows[rows.length - 1]!.push(...node.children);
    else return undefined;
  }
  const filled = rows.filter((row) => row.length > 0);
  if (filled.length < 2 || filled.length !== rows.length - (rows[rows.length - 1]!.length === 0 ? 1 : 0)) return undefined;
  const first = nodes[0]!.position;
  const end = nodes[nodes.length - 1]!.position?.end;
  return {
    type: 'table',
    align: filled[0]!.map(() => null),
    children: filled.map(tableRow),
    ...(first && end ? { position: { start: first.start, end } } : {}),
  };
}

function tableRow(items: readonly ListItem[]): TableRow {
  const start = items[0]?.position?.start;
  const end = items[items.length - 1]?.position?.end;
  return { type: 'tableRow', children: items.map(tableCell), ...(start && end ? { position: { start, end } } : {}) };
}

/** An item's paragraphs (its nested lists' too), one after another, their lines one line: the cell's words. */
function tableCell(item: ListItem): TableCell {
  const children: PhrasingContent[] = [];
  for (const paragraph of paragraphs(item)) {
    if (children.length > 0) children.push({ type: 'text', value: ' ' });
    // A line break in the words: one space, the words read as text (no slice of the page holds them so).
    for (const child of paragraph.children)
      children.push(
        child.type === 'text' && child.value.includes('\n') ? { type: 'text', value: child.value.replace(/[ \t]*\n[ \t]*/g, ' ') } : child,
      );
  }
  return { type: 'tableCell', children, ...(item.position ? { position: item.position } : {}) };
}

function paragraphs(node: ListItem | List): Paragraph[] {
  const found: Paragraph[] = [];
  for (const child of node.children) {
    if (child.type === 'paragraph') found.push(child);
    else if (child.type === 'list' || child.type === 'listItem') found.push(...paragraphs(child));
  }
  return found;
}

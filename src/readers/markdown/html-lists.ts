/**
 * The lists of an HTML page (a docs site's rendered page, or an HTML block in markdown) read as the
 * lists of its markdown source are. hast-util-to-mdast gives their items no inline positions (the
 * page's characters there are tags), and the list conventions read an item as written, after its
 * name (`attribute-lists.ts`: `` - `id` (required) - The ID `` is
 *
 *     <li><code>id</code> (required) - The ID</li>
 *
 * on the rendered page). Such a list is read as the markdown it is written as
 * (mdast-util-to-markdown), parsed again; the table made of it is placed at the HTML list's items:
 * each row and cell at its item, the table at the list, no inline positions (as an HTML table's).
 */
import type { List, ListItem, Nodes, Root, Table } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Position } from 'unist';
import { markdownBodyProcessor } from '../shared/markdown.js';
import { withoutPositions } from '../shared/nodes.js';

const HTML_LISTS = new WeakSet<List>();

/** Marks every list under `node` as an HTML list (made by hast-util-to-mdast). */
export function markHtmlLists(node: Nodes | Root): void {
  if (node.type === 'list') HTML_LISTS.add(node);
  if ('children' in node) for (const child of node.children as Nodes[]) markHtmlLists(child);
}

/**
 * `read(list, page)` of a markdown list as it is; of an HTML list, `read` of the list written as
 * markdown, its table placed in the page. Undefined where the markdown reads back as another list.
 */
export function readAsWritten(list: List, page: string, read: (list: List, page: string) => Table | undefined): Table | undefined {
  if (!HTML_LISTS.has(list)) return read(list, page);
  if (!list.position) return undefined;
  const written = toMarkdown(list, { bullet: '-', emphasis: '*', listItemIndent: 'one' });
  const [reparsed, ...more] = markdownBodyProcessor.parse(written).children;
  if (reparsed?.type !== 'list' || more.length > 0) return undefined;
  const places: Array<[Position, Position]> = [];
  if (!pairItems(reparsed, list, places)) return undefined;
  const table = read(reparsed, written);
  if (table) place(table, places, list.position);
  return table;
}

/** Each item of the list read back beside the HTML list's item it writes; false where they differ. */
function pairItems(written: List, html: List, places: Array<[Position, Position]>): boolean {
  if (written.children.length !== html.children.length) return false;
  return written.children.every((item, index) => {
    const original = html.children[index]!;
    if (!item.position || !original.position) return false;
    places.push([item.position, original.position]);
    const lists = (of: ListItem) => of.children.filter((child): child is List => child.type === 'list');
    const [inner, outer] = [lists(item), lists(original)];
    return inner.length === outer.length && inner.every((list, at) => pairItems(list, outer[at]!, places));
  });
}

/**
 * Rows and cells at the HTML item the innermost written item holding them is (else the list);
 * the nodes inside cells lose their positions.
 */
function place(table: Table, places: ReadonlyArray<[Position, Position]>, at: Position): void {
  // The written items in document order (`pairItems` lists an item before the items nested in it),
  // each with the nearest item holding it: the innermost item holding an offset is the last one
  // starting at or before it, or the nearest holder of that one that reaches it. Linear in the rows.
  const starts = places.map(([written]) => written.start.offset ?? 0);
  const ends = places.map(([written]) => written.end.offset ?? 0);
  const holders: number[] = [];
  const open: number[] = [];
  for (let index = 0; index < places.length; index++) {
    while (open.length > 0 && ends[open[open.length - 1]!]! < starts[index]!) open.pop();
    holders.push(open[open.length - 1] ?? -1);
    open.push(index);
  }
  const where = (position: Position | undefined): Position => {
    const offset = position?.start.offset;
    if (offset === undefined) return at;
    let [low, high] = [0, starts.length - 1];
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= offset) [last, low] = [middle, middle + 1];
      else high = middle - 1;
    }
    while (last >= 0 && ends[last]! < offset) last = holders[last]!;
    return last >= 0 ? places[last]![1] : at;
  };
  table.position = at;
  table.children.forEach((row, index) => {
    const written = row.position;
    // The header row is the list's.
    row.position = index === 0 ? at : where(written);
    for (const cell of row.children) {
      cell.position = index === 0 ? at : where(cell.position ?? written);
      for (const child of cell.children) withoutPositions(child);
    }
  });
}

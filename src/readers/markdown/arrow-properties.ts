/**
 * A resource's properties with an arrow between each name and its words (Shopify's REST admin
 * reference: `title` ⏎ `->` ⏎ the description, `->read-only` where the caller cannot set it) →
 * a property table without the arrows:
 *
 *     `created_at`
 *     ->read-only                            → | Property   | Read only | Description           |
 *     The date the garden was created.          | created_at | yes       | The date the garden … |
 *
 *     | `title` ->   | The garden's name. |   → | `title` | The garden's name. |
 *     | `id` | ->read-only<br>Its ID. |          → | `id` | Its ID. | yes |   (a `Read only` column added)
 *
 * The arrow is a mark, never part of the name or the description. A run of such paragraphs (each a
 * name alone on its first line, in code or bare, the arrow opening the second) becomes one table;
 * a table keeps its columns, a `Read only` column added where an arrow says `read-only`.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { columnRoles } from '../../document/column-roles.js';
import { isBreak } from '../../document/line-break.js';
import { madeTable, textCell } from './made-tables.js';

/**
 * The arrow closing a name cell: `` `title` -> ``, `` `id` ->read-only ``. The spaces after
 * `read-only` are matched only with it: two runs of spaces side by side would split a long run
 * every way before failing.
 */
const CLOSING_ARROW = /->[ \t]*(?:(read[ -]?only)[ \t]*)?$/i;
/** The arrow opening a description: `->read-only`, `-> The garden's name.` */
const OPENING_ARROW = /^[ \t]*->[ \t]*(read[ -]?only\b)?[ \t]*/i;
/** A paragraph entry's text after its name: the arrow's line, then the description. */
const ARROW_LINE = /^[ \t]*\r?\n[ \t]*->[ \t]*(?:(read[ -]?only)[ \t]*)?(?:\r?\n|$)/i;
/** A bare name on its own line: `title`, `variants[]`, `image.src`. */
const BARE_NAME = /^[A-Za-z_][\w.[\]-]*$/;

export function convertArrowProperties(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  for (const node of root.children) if (node.type === 'table') stripTableArrows(node, columnNames);
  const children: RootContent[] = [];
  for (let at = 0; at < root.children.length; ) {
    const rows: TableRow[] = [];
    let end = at;
    for (let node = root.children[end]; node?.type === 'paragraph'; node = root.children[++end]) {
      const row = entryRow(node);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length === 0) {
      children.push(root.children[at]!);
      at++;
      continue;
    }
    const first = root.children[at]!.position!;
    const last = root.children[end - 1]!.position!;
    children.push(madeTable(['Property', 'Read only', 'Description'], rows, { start: first.start, end: last.end }, ['Read only']));
    at = end;
  }
  root.children = children;
}

/** One paragraph entry's row (name, `yes` where read-only, description); undefined: no entry. */
function entryRow(paragraph: Paragraph): TableRow | undefined {
  const [term, ...others] = paragraph.children;
  const position = paragraph.position;
  if (!term?.position || !position) return undefined;
  // `` `title` `` then a text that opens with the arrow's line; a bare name's line and the arrow's are one text.
  const bare = term.type === 'text';
  const name = term.type === 'inlineCode' ? term.value : bare ? (term.value.split('\n')[0] ?? '') : '';
  const next = bare ? term : others[0];
  if (!BARE_NAME.test(name) || next?.type !== 'text') return undefined;
  const tail = bare ? term.value.slice(name.length) : next.value;
  const arrow = ARROW_LINE.exec(tail);
  if (!arrow) return undefined;
  const left = tail.slice(arrow[0].length);
  // The description starts after the arrow's line: its words are read from there in the page.
  const start = next.position && after(next.position.start, next.value.slice(0, next.value.length - left.length));
  const words: PhrasingContent[] = [
    ...(left ? [{ type: 'text' as const, value: left, ...(start ? { position: { start, end: next.position!.end } } : {}) }] : []),
    ...(bare ? others : others.slice(1)),
  ];
  const nameCell: TableCell = { type: 'tableCell', children: [{ type: 'inlineCode', value: name }], position: term.position };
  const descriptionCell: TableCell = { type: 'tableCell', children: words, position: start ? { start, end: position.end } : position };
  return { type: 'tableRow', children: [nameCell, textCell(arrow[1] ? 'yes' : '', position), descriptionCell], position };
}

/** A table's arrows taken out of its name and description cells, a `Read only` column added where one says so. */
function stripTableArrows(table: Table, columnNames?: Readonly<Record<string, string>>): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return;
  const roles = columnRoles(table, columnNames);
  const name = roles.indexOf('name');
  const description = roles.indexOf('description');
  if (name < 0) return;
  const marked = rows.map((row) => {
    const closing = stripClosing(row.children[name]);
    const opening = description < 0 ? undefined : stripOpening(row.children[description]);
    return closing ?? opening;
  });
  if (roles.includes('readOnly') || !marked.includes('read-only')) return;
  const width = header.children.length;
  const at = header.position ?? table.position!;
  header.children.push(textCell('Read only', at));
  rows.forEach((row, index) => {
    while (row.children.length < width) row.children.push(textCell('', row.position ?? at));
    row.children.push(textCell(marked[index] === 'read-only' ? 'yes' : '', row.children[name]?.position ?? row.position ?? at));
  });
}

type Mark = 'arrow' | 'read-only';

/** The arrow closing a name cell, taken out; undefined: none. */
function stripClosing(cell: TableCell | undefined): Mark | undefined {
  const last = cell?.children.at(-1);
  if (!cell || last?.type !== 'text') return undefined;
  const found = CLOSING_ARROW.exec(last.value);
  const kept = found ? last.value.slice(0, found.index).trimEnd() : '';
  // The arrow closes a name: `` `title` -> `` or `title ->`, never a cell of an arrow alone.
  if (!found || (!kept && cell.children.length < 2)) return undefined;
  cell.children = kept ? [...cell.children.slice(0, -1), { ...last, value: kept }] : cell.children.slice(0, -1);
  return found[1] ? 'read-only' : 'arrow';
}

/** The arrow opening a description cell (and a line break after it), taken out; undefined: none. */
function stripOpening(cell: TableCell | undefined): Mark | undefined {
  const first = cell?.children[0];
  if (!cell || first?.type !== 'text') return undefined;
  const found = OPENING_ARROW.exec(first.value);
  if (!found) return undefined;
  const kept = first.value.slice(found[0].length);
  const rest = cell.children.slice(1);
  const moved = first.position && { ...first.position, start: shifted(first.position, found[0].length) };
  cell.children = kept ? [{ ...first, value: kept, ...(moved ? { position: moved } : {}) }, ...rest] : rest;
  if (!kept && isBreak(cell.children[0])) cell.children = cell.children.slice(1);
  return found[1] ? 'read-only' : 'arrow';
}

function shifted(position: Position, length: number): Position['start'] {
  const { start } = position;
  return { line: start.line, column: start.column + length, ...(start.offset === undefined ? {} : { offset: start.offset + length }) };
}

/** The point past `passed`, text that starts at `start` (lines counted, the column after the last line's end). */
function after(start: Position['start'], passed: string): Position['start'] {
  const lines = passed.split('\n');
  const line = start.line + lines.length - 1;
  const column = lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + passed.length;
  return { line, column, ...(start.offset === undefined ? {} : { offset: start.offset + passed.length }) };
}

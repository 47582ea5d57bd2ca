/**
 * Labels set in a table's cells as HTML badges (Slate's `<i class="label label-info">read-only</i>`,
 * `<span class="label">required</span>`): what a column says elsewhere, said in the row's words.
 *
 *     | `id`   | integer | Unique identifier. <i class="label label-info">read-only</i> |
 *     | `code` | string  | Shelf code. <i class="label label-info">mandatory</i>        |
 *       → | `id` | integer | Unique identifier. | yes |     |   (Read only, Required)
 *         | `code` | string | Shelf code.      |     | yes |
 *
 * The badge leaves the description; a `Read only` or `Required` column the table lacks is added,
 * `yes` in the rows the badge marks. Other badges (`<i class="label label-info">deprecated</i>`
 * aside) and tables without them are left as written.
 *
 * In the name cell a bare element is a badge too, `optional` as well as `required`:
 *
 *     | `name` <small>required</small> | string | … |    → | `name` | string | … | yes |
 *     | `color` <sup>optional</sup>    | string | … |    → | `color` | string | … |     |
 *     | **Required** email            | String | … |    → | email | String | … | yes |
 */
import type { PhrasingContent, Root, Table, TableCell } from 'mdast';
import { type ColumnRole, columnRoles } from '../../document/column-roles.js';
import { textCell } from './made-tables.js';

/** A badge's opening tag: an inline element whose class names a `label` (or `badge`). */
const BADGE_OPEN = /^<(i|span|em|small|b|strong|code)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:label|badge)\b[^"']*["'][^>]*>$/i;
/** The badge words this reads, and the column each says. */
const BADGE_WORDS: ReadonlyArray<[RegExp, ColumnRole, string]> = [
  [/^read[\s-]?only$/i, 'readOnly', 'Read only'],
  [/^(?:required|mandatory)$/i, 'required', 'Required'],
];
/** A name cell's badge with no class (`<small>required</small>`, `<sup>optional</sup>`, `<em>required</em>`). */
const BARE_OPEN = /^<(small|sup|em|i|b|strong|span)>$/i;
/** A bare badge's words: the required flag, or none (`optional` leaves the name, and adds no column). */
const BARE_WORDS: ReadonlyArray<[RegExp, ColumnRole]> = [
  [/^(?:required|mandatory)$/i, 'required'],
  [/^optional$/i, 'optional'],
];

/**
 * A name cell's opening flag in bold or italics, the name after it (PocketBase's and other rendered
 * references' `**Required** email`, `*Optional* nickname`, `` Required `weight` ``): the role it says. A cell of the flag
 * alone is a name (or no row), left as written.
 */
function leadingFlag(children: readonly PhrasingContent[]): ColumnRole | undefined {
  const [first, next] = children;
  // `Required `weight``: the word in plain text, the name in code after it.
  if (first?.type === 'text' && next?.type === 'inlineCode') return BARE_WORDS.find(([words]) => words.test(first.value.trim()))?.[1];
  if ((first?.type !== 'strong' && first?.type !== 'emphasis') || first.children.length !== 1) return undefined;
  const word = first.children[0];
  if (word?.type !== 'text') return undefined;
  if (!next || (next.type === 'text' ? !/^\s+\S/.test(next.value) : next.type !== 'inlineCode')) return undefined;
  return BARE_WORDS.find(([words]) => words.test(word.value.trim()))?.[1];
}

/** Whether an element (its opening tag, its words) is a badge this reads (`html-handlers.ts` keeps those of an HTML page). */
export function isBadge(opening: string, words: string): boolean {
  return BADGE_OPEN.test(opening) && BADGE_WORDS.some(([said]) => said.test(words));
}

export function convertCellLabels(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  for (const node of root.children) if (node.type === 'table') convertTableLabels(node, columnNames);
}

/** One table's badges (an HTML `<table>` of a markdown page, made after the page's GFM tables were read). */
export function convertTableLabels(table: Table, columnNames?: Readonly<Record<string, string>>): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return;
  // A badge is an element in a cell, or a name cell's opening flag in bold or italics: a table with none (most) has nothing to take.
  if (
    !rows.some((row) =>
      row.children.some((cell) => cell.children.some((child) => child.type === 'html') || leadingFlag(cell.children) !== undefined),
    )
  )
    return;
  const roles = columnRoles(table, columnNames);
  if (!roles.includes('name')) return;
  const name = roles.indexOf('name');
  const marked = rows.map((row) => row.children.flatMap((cell, index) => takeBadges(cell, index === name)));
  const width = header.children.length;
  for (const [, role, title] of BADGE_WORDS) {
    if (roles.includes(role) || !marked.some((found) => found.some((badge) => badge.role === role))) continue;
    header.children.push(textCell(title, header.position ?? table.position!));
    rows.forEach((row, index) => {
      while (row.children.length < width) row.children.push(textCell('', row.position ?? table.position!));
      const badge = marked[index]!.find((found) => found.role === role);
      row.children.push(textCell(badge ? 'yes' : '', badge?.position ?? row.position ?? table.position!));
    });
  }
}

interface Badge {
  role: ColumnRole;
  position: NonNullable<PhrasingContent['position']>;
}

/**
 * The badges a cell holds, taken out of it (`Shelf code. <i class="label">mandatory</i>` → `Shelf code.`);
 * in a name cell, bare ones too (`` `name` <small>required</small> `` → `` `name` ``).
 */
function takeBadges(cell: TableCell, named: boolean): Badge[] {
  const found: Badge[] = [];
  const kept: PhrasingContent[] = [];
  const children = cell.children;
  const flag = named ? leadingFlag(children) : undefined;
  if (flag) {
    const where = children[0]!.position ?? cell.position;
    if (where) {
      found.push({ role: flag, position: where });
      const [, next, ...rest] = children;
      cell.children = next?.type === 'text' ? [{ ...next, value: next.value.trimStart() }, ...rest] : children.slice(1);
      return found;
    }
  }
  for (let at = 0; at < children.length; at++) {
    const open = children[at]!;
    const word = children[at + 1];
    const close = children[at + 2];
    const classed = open.type === 'html' ? BADGE_OPEN.exec(open.value.trim())?.[1] : undefined;
    const bare = !classed && named && open.type === 'html' ? BARE_OPEN.exec(open.value.trim())?.[1] : undefined;
    const tag = classed ?? bare;
    const closed = tag && word?.type === 'text' && close?.type === 'html' && new RegExp(`^</${tag}\\s*>$`, 'i').test(close.value.trim());
    const said = closed ? (bare ? BARE_WORDS : BADGE_WORDS).find(([words]) => words.test(word.value.trim())) : undefined;
    // An HTML page's cell keeps no inline positions: the badge is placed at its cell.
    const where = open.position ?? cell.position;
    if (!said || !where) {
      kept.push(open);
      continue;
    }
    found.push({ role: said[1], position: where });
    at += 2;
    // An HTML page's words around the badge: one space between them (`Shelf <badge> code` → `Shelf code`).
    const next = children[at + 1];
    const before = kept.at(-1);
    if (!open.position && next?.type === 'text' && (before === undefined || (before.type === 'text' && /\s$/.test(before.value))))
      children[at + 1] = { ...next, value: next.value.trimStart() };
  }
  if (found.length === 0) return found;
  const last = kept.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  cell.children = kept;
  return found;
}

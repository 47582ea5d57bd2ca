/**
 * A name cell that writes the row's type after the name, in a table with no Type column or an
 * empty Type cell (Shopify's property tables, and the references written like them):
 *
 *     | `email` <br> *string*            | The email. |    → | `email` | string  | The email. |     |
 *     | `id` *integer* *read-only*       | The id.    |      | `id`    | integer | The id.    | yes |   (Read only)
 *     | **limit** `integer` *required*   | At most.   |      | **limit** | integer | At most. |     | yes (Required)
 *
 * The name is the cell's first node (code, bold or a plain word); after it, past spaces or a line
 * break, only type words and flags (`isBareTypeWord`, `read-only`, `deprecated`), bare or in
 * emphasis or code, in parentheses or not (`` `limit` *(integer)* ``, `limit (integer)`: a plain
 * word's type in the same text). A table is read so only where every row's name cell is a name
 * alone or a name and such words, and one at least states a type; any other words after a name
 * (`` `ids` (comma separated) ``, `` `id` path ``) leave the table as written. tables.ts'
 * `splitTypeCells` moves them, as it does types opening descriptions. In a table with a Type
 * column, a row whose Type cell is empty (`| limit (integer) | | At most. |`) takes the name cell's
 * type there; a Type cell that states one keeps it.
 */
import type { PhrasingContent, Table, TableCell } from 'mdast';
import type { ColumnRole } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { isBareTypeWord } from './attribute-lists.js';
import { textCell } from './made-tables.js';
import { requiredMarker } from './optional-markers.js';

/** Flags a name cell may state after the type, and the column each says. */
const FLAGS: ReadonlyArray<[RegExp, ColumnRole | undefined, string]> = [
  [/^(?:required|mandatory)$/i, 'required', 'Required'],
  [/^read[-‑]?only$/i, 'readOnly', 'Read only'],
  [/^deprecated$/i, 'deprecated', 'Deprecated'],
  [/^optional$/i, undefined, ''],
];
/** A line break in the cell: `<br>`, `<br/>`. */
const BREAK = /^<br\s*\/?>$/i;

interface Read {
  /** The name, alone (`limit` of `limit (integer)`). */
  name: PhrasingContent;
  /** The type words, as written (`nullable string`), empty where the cell states none. */
  type: string;
  /** The columns the flags say. */
  flags: Set<ColumnRole>;
}

/**
 * The types and flags the name cells state, where every name cell is a name alone or a name and
 * such words, and one at least states a type: `all`, whether every one states a type, and `apply`,
 * which moves them to a Type column (the table's own where it has one, into its empty cells), and
 * a Required, Read only or Deprecated column where a flag says one the table lacks (the name's
 * Required mark where it has a Required column). Undefined where the table is not so.
 */
export function nameCellTypes(table: Table, roles: ReadonlyArray<ColumnRole | undefined>): { all: boolean; apply: () => void } | undefined {
  const [header, ...rows] = table.children;
  const at = roles.indexOf('name');
  if (!header || rows.length === 0 || at < 0) return undefined;
  const read = rows.map((row) => nameCellWords(row.children[at]));
  if (read.some((cell) => cell === undefined) || !read.some((cell) => cell!.type !== '')) return undefined;
  // A Type column (`| limit (integer) | | At most. |`): its empty cells take the types; one that states a type keeps it.
  const typeAt = roles.indexOf('type');
  const apply = () => {
    const where = header.position ?? table.position!;
    const columns: Array<[string, (cell: Read) => string]> = typeAt < 0 ? [['Type', (cell) => cell.type]] : [];
    for (const [, role, title] of FLAGS)
      if (role && !roles.includes(role) && read.some((cell) => cell!.flags.has(role)))
        columns.push([title, (cell) => (cell.flags.has(role) ? 'yes' : '')]);
    const width = header.children.length;
    for (const [title] of columns) header.children.push(textCell(title, where));
    rows.forEach((row, index) => {
      const cell = row.children[at]!;
      const { name, type, flags } = read[index]!;
      // Under a Required column the flag stays the name cell's mark, as `` `id` **(required)** `` is read.
      cell.children = [name, ...(flags.has('required') && roles.includes('required') ? [requiredMarker()] : [])];
      while (row.children.length < width) row.children.push(textCell('', row.position ?? where));
      const typed = typeAt >= 0 ? row.children[typeAt]! : undefined;
      if (typed && type !== '' && plainText(typed).trim() === '') typed.children = textCell(type, typed.position ?? where).children;
      for (const [title, value] of columns) {
        const made = textCell(value(read[index]!), cell.position ?? row.position ?? where);
        // A name alone states no type: the row is typed by its example or default, as a made table's unstated cell is.
        if (title === 'Type' && made.children.length === 0) made.data = { ...made.data, unstated: true };
        row.children.push(made);
      }
    });
  };
  return { all: read.every((cell) => cell!.type !== ''), apply };
}

/** What a name cell states after its name: its type words and flags (none where it holds the name alone); undefined where it says anything else. */
function nameCellWords(cell: TableCell | undefined): Read | undefined {
  const [first, ...after] = cell?.children ?? [];
  const split = first?.type === 'text' ? PLAIN_NAME.exec(first.value) : null;
  // `limit (integer)`: a plain name and its words in one text.
  const [name, rest] = split
    ? [{ ...first!, value: split[1]! } as PhrasingContent, [{ type: 'text', value: split[2]! } as PhrasingContent, ...after]]
    : [first, after];
  if (!name || !isName(name)) return undefined;
  const words: string[] = [];
  for (const node of rest) {
    if (node.type === 'break') continue;
    if (node.type === 'html') {
      if (!BREAK.test(node.value.trim())) return undefined;
      continue;
    }
    if (node.type !== 'text' && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'inlineCode') return undefined;
    // Parentheses around the words are no part of them: `` `limit` *(integer)* ``.
    words.push(
      ...plainText(node)
        .replace(/[()]/g, ' ')
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean),
    );
  }
  const flags = new Set<ColumnRole>();
  const type: string[] = [];
  for (const word of words) {
    const flag = FLAGS.find(([said]) => said.test(word));
    if (flag) {
      if (flag[1]) flags.add(flag[1]);
      continue;
    }
    if (!isBareTypeWord(word)) return undefined;
    type.push(word);
  }
  // Flags alone state no type (the row's flags still read); `of`, `or` or `nullable` alone name none.
  if (type.length > 0 && type.every((word) => /^(?:of|or|nullable)$/i.test(word))) return undefined;
  return { name, type: type.join(' '), flags };
}

/** A plain word, then, past a space, what the cell says after it (`limit (integer)`, `limit *integer*`'s `limit `). */
const PLAIN_NAME = /^[ \t]*([\w.[\]$-]+)[ \t]+(\S[^\n]*)$/;

/** A name as a cell opens with it: code, bold or emphasis holding code or one word, or one plain word. */
function isName(node: PhrasingContent): boolean {
  if (node.type === 'inlineCode') return /^\S+$/.test(node.value);
  if (node.type === 'strong' || node.type === 'emphasis') return node.children.length === 1 && isName(node.children[0]!);
  if (node.type === 'text') return /^[\w.[\]$-]+$/.test(node.value.trim()) && !/\s\S/.test(node.value.trim());
  return false;
}

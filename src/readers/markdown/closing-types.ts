/**
 * A type written at the end of a description, in parentheses, where the table has no Type column
 * (Mailgun's `Parameter | Description` tables):
 *
 *     | from   | Email address for From header (string) |   → Type `string`, the words before it the description
 *     | o:tag  | Tag string (array).                    |   → Type `array` (the sentence's full stop after it goes with it)
 *     | to     | Recipient (string, required)           |   → Type `string, required`: a string, required
 *     | o:note | A note (optional)                      |   → no type: a flag, not a type
 *
 * The parentheses are read as where they open a description (`(string, required) The …`,
 * `tables.ts`): type words of the vocabulary, a flag among them, at least one a type's (`(string)`,
 * `(integer)`, `(array, optional)`); `(optional)`, `(null)`, `(default 5)`, `(see below)`,
 * `(e.g. foo)` are the description's words. The types move to a Type column after the names, the
 * rows that write none left unstated (typed by their example or default, as without the column).
 */
import type { Root, TableCell, Text } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { textCell } from './made-tables.js';
import { typeWords } from './tables.js';

/** Vocabulary words that say no type alone: a flag, a connective, `null`, an `enum` without its values. */
const NO_TYPE = /^(?:required|optional|nullable|of|or|null|enum)$/i;

export function splitClosingTypes(root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'table') continue;
    const [header, ...rows] = node.children;
    if (!header || rows.length === 0 || !rows.some((row) => row.children.some(closesWithParenthesis))) continue;
    const roles = columnRoles(node);
    const name = roles.indexOf('name');
    const description = roles.indexOf('description');
    if (name < 0 || description < 0 || roles.includes('type')) continue;
    const found = rows.map((row) => typeClosing(row.children[description]));
    if (!found.some(Boolean)) continue;
    header.children.splice(name + 1, 0, textCell('Type', header.children[name]?.position ?? header.position!));
    rows.forEach((row, index) => {
      const stated = found[index];
      const cell = textCell(stated?.type ?? '', row.children[name]?.position ?? row.position!);
      if (stated) stated.cut();
      else cell.data = { ...cell.data, unstated: true };
      row.children.splice(name + 1, 0, cell);
    });
  }
}

/** A closing parenthesis, then the sentence's full stop or none, at the text's end. */
const CLOSING = /\)\.?$/;

/** Whether the cell's last text ends with `)` or `).` (a cheap test before the columns are read). */
function closesWithParenthesis(cell: TableCell): boolean {
  const last = cell.children[cell.children.length - 1];
  return last?.type === 'text' && CLOSING.test(last.value.trimEnd());
}

/** `Email address for From header (string)`: the type word the description closes with, and how to take it out. */
function typeClosing(cell: TableCell | undefined): { type: string; cut: () => void } | undefined {
  const last = cell?.children[cell.children.length - 1];
  if (last?.type !== 'text') return undefined;
  const end = last.value.trimEnd().replace(/\.$/, '');
  if (!end.endsWith(')')) return undefined;
  const open = end.lastIndexOf('(');
  const words = open < 0 ? '' : end.slice(open + 1, -1);
  const type = /^[A-Za-z][A-Za-z0-9, ]*$/.test(words) ? typeWords(words) : undefined;
  if (!type || type.split(/[\s,]+/).every((word) => NO_TYPE.test(word))) return undefined;
  const before = last.value.slice(0, open).trimEnd();
  return {
    type,
    cut: () => {
      // The words before it, their place the same (the type's words, gone, held no escape).
      const kept: Text = { type: 'text', value: before };
      const cut = last.value.length - before.length;
      if (last.position?.end.offset !== undefined)
        kept.position = {
          start: last.position.start,
          end: { ...last.position.end, column: last.position.end.column - cut, offset: last.position.end.offset - cut },
        };
      cell!.children[cell!.children.length - 1] = kept;
    },
  };
}

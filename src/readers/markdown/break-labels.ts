/**
 * What a description cell states after a line break in bold labels (prmd's markdown, generated
 * from JSON Schema, writes a field's limits so):
 *
 *     | **name** | *string* | name of shelf<br/> **pattern:** `^[a-z]+$`<br/> **Length:** `3..30` |
 *     | **size** | *integer* | books it holds<br/> **Range:** `1 <= value <= 100`<br/> **default:** `20` |
 *     | **kind** | *string* | kind of shelf<br/> **one of:**`"wall"` or `"floor"` |
 *       → pattern, minLength 3, maxLength 30; minimum 1, maximum 100, default 20; enum (wall, floor)
 *
 * The labels leave the description; what they state goes to the columns that say it elsewhere (a
 * `Constraints` column in its fixed forms, a `Default` column) or, for `one of`, to the type (a
 * plain `string` becomes `enum (wall, floor)`). Labels are read from the cell's end back, and only
 * while each reads whole (an exclusive bound, `0 < value`, is no `minimum`, and stays written with
 * what stands before it); a column the table has already is never overwritten.
 */
import type { PhrasingContent, Root, Table, TableCell } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';
import { textCell } from './made-tables.js';

const BREAK = /^<br\s*\/?>$/i;
const LABEL = /^(pattern|length|range|one of|default):$/i;
/** `3..30`, `3..`, `..30`. */
const LENGTH = /^(\d*)\.\.(\d*)$/;
/** `1 <= value <= 100`, `1 <= value`, `value <= 100`: inclusive bounds only. */
const RANGE = /^(?:(-?\d+(?:\.\d+)?)\s*<=\s*)?value(?:\s*<=\s*(-?\d+(?:\.\d+)?))?$/;
/** A JSON string, number or boolean as prmd writes an enum's value or a default. */
const SCALAR = /^(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)$/;

interface Stated {
  constraints: string[];
  fallback?: string;
  values?: string[];
}

export function convertBreakLabels(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  for (const node of root.children) if (node.type === 'table') convertTable(node, columnNames);
}

function convertTable(table: Table, columnNames?: Readonly<Record<string, string>>): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return;
  const roles = columnRoles(table, columnNames);
  const description = roles.indexOf('description');
  const type = roles.indexOf('type');
  if (description < 0 || !roles.includes('name')) return;
  const found = rows.map((row) => {
    const cell = row.children[description];
    return cell?.children.some((child) => child.type === 'html' && BREAK.test(child.value)) ? readCell(cell) : undefined;
  });
  if (!found.some(Boolean)) return;
  const added: Array<[string, (stated: Stated) => string]> = [];
  if (!roles.includes('constraints') && found.some((stated) => stated && stated.constraints.length > 0))
    added.push(['Constraints', (stated) => stated.constraints.join('\n')]);
  if (!roles.includes('default') && found.some((stated) => stated?.fallback !== undefined))
    added.push(['Default', (stated) => stated.fallback ?? '']);
  const width = header.children.length;
  for (const [title] of added) header.children.push(textCell(title, header.position ?? table.position!));
  rows.forEach((row, index) => {
    const stated = found[index];
    const at = row.position ?? table.position!;
    while (row.children.length < width) row.children.push(textCell('', at));
    for (const [, value] of added) row.children.push(textCell(stated ? value(stated) : '', at));
    const typeCell = type >= 0 ? row.children[type] : undefined;
    if (stated?.values && typeCell && /^string$/i.test(plainText(typeCell).trim()))
      row.children[type] = textCell(`enum (${stated.values.join(', ')})`, typeCell.position ?? at);
  });
}

/** The labels the cell's end states, taken out of it; undefined where none reads. */
function readCell(cell: TableCell): Stated | undefined {
  const stated: Stated = { constraints: [] };
  let children = cell.children;
  let read = false;
  for (;;) {
    const cut = children.findLastIndex((child) => child.type === 'html' && BREAK.test(child.value));
    if (cut < 1 || !readLabel(children.slice(cut + 1), stated)) break;
    children = children.slice(0, cut);
    read = true;
  }
  if (!read) return undefined;
  const last = children[children.length - 1];
  if (last?.type === 'text' && /\s$/.test(last.value)) {
    const value = last.value.trimEnd();
    const trimmed: PhrasingContent = { type: 'text', value };
    if (last.position)
      trimmed.position = {
        start: last.position.start,
        end: {
          ...last.position.start,
          column: last.position.start.column + value.length,
          offset: last.position.start.offset! + value.length,
        },
      };
    children = [...children.slice(0, -1), trimmed];
  }
  cell.children = children;
  return stated;
}

/** One label's words (`**pattern:** `^[a-z]+$``) into `stated`; false where they are not one this reads. */
function readLabel(words: readonly PhrasingContent[], stated: Stated): boolean {
  const parts = words.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [label, ...rest] = parts;
  const name = label?.type === 'strong' ? LABEL.exec(plainText(label).trim())?.[1]?.toLowerCase() : undefined;
  if (!name || rest.length === 0) return false;
  const codes = rest.filter((child) => child.type === 'inlineCode').map((child) => child.value.trim());
  if (name === 'one of') {
    // `` `"wall"` or `"floor"` ``: code spans parted by `or`, strings only.
    const between = rest.filter((child) => child.type !== 'inlineCode');
    if (codes.length < 2 || !between.every((child) => child.type === 'text' && /^\s*or\s*$/.test(child.value))) return false;
    const values = codes.map(stringValue);
    if (values.some((value) => value === undefined || /[,()]/.test(value))) return false;
    stated.values = values as string[];
    return true;
  }
  const [code] = codes;
  if (rest.length !== 1 || code === undefined) return false;
  if (name === 'pattern') {
    // prmd writes a pattern's `|` as `&#124;` (a table's cell), which a code span keeps as written.
    stated.constraints.unshift(`Pattern: ${code.replaceAll('&#124;', '|')}`);
    return true;
  }
  if (name === 'default') {
    if (!SCALAR.test(code)) return false;
    stated.fallback = stringValue(code) ?? code;
    return true;
  }
  const bounds = (name === 'length' ? LENGTH : RANGE).exec(code);
  if (!bounds || (!bounds[1] && !bounds[2])) return false;
  const [low, high] = name === 'length' ? ['Minimum length of', 'Maximum length of'] : ['Minimum value of', 'Maximum value of'];
  stated.constraints.unshift([bounds[1] ? `${low} ${bounds[1]}.` : '', bounds[2] ? `${high} ${bounds[2]}.` : ''].filter(Boolean).join(' '));
  return true;
}

/** A JSON string's value (`"wall"` → `wall`); undefined for anything else. */
function stringValue(code: string): string | undefined {
  if (!/^"(?:[^"\\]|\\.)*"$/.test(code)) return undefined;
  try {
    return JSON.parse(code) as string;
  } catch {
    return undefined;
  }
}

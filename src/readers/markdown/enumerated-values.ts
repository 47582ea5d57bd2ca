/**
 * Widdershins' `#### Enumerated Values`: after a table of parameters or fields, a table of a name
 * and one of its values a row, which the field that name has takes.
 *
 *     |Name|In|Type|Required|Description|           |Name|Type|Required|Restrictions|Description|
 *     |» status|body|string|false|plant status|      |» soil|object|false|none|none|
 *     |»» kind|body|[string]|false|none|              |»» kind|string|false|none|soil kind|
 *     #### Enumerated Values                          #### Enumerated Values
 *     |Parameter|Value|                               |Property|Value|
 *     |» status|growing|  → `» status`: Enum: growing, dormant     |kind|loam|  → `»» kind`: Enum: loam, clay
 *     |» status|dormant|                              |kind|clay|
 *     |»» kind|loam|      → `»» kind`: array of Enum: loam
 *
 * A parameter's name is written as its row writes it, depth marks and all; a response's field by
 * its name alone, read where one row of the table has that name. Only the table just before the
 * heading, and only where it has a row for every name; only a row typed `string` (or an array of
 * strings: `[string]`, `array[string]`) takes the values, none holding a comma. A row typed
 * `integer` / `number` (`integer(int32)`) takes them where every one is a number of that kind, as
 * apiDoc's notation writes them (`integer=1,2`: an enum of those numbers, the width not kept);
 * values of another type stay unread: the type is kept.
 */
import type { Root, RootContent, Table, TableRow } from 'mdast';
import { plainText } from '../../document/plain-text.js';
import { headingText } from './signatures.js';

const TITLE = /^enumerated values$/i;
const NAME_HEADER = /^(?:parameter|property)$/i;
const NAME_COLUMN = /^(?:name|parameter|property|field)$/i;
const DEPTH_MARKS = /^(?:»\s*)+/;
const STRING = /^string$/i;
const STRINGS = /^(?:\[string\]|array\[string\])$/i;
const NUMERIC = /^(integer|number)(?:\(\w+\))?$/i;
const INTEGER_VALUE = /^-?\d{1,15}$/;
const NUMBER_VALUE = /^-?\d{1,15}(?:\.\d{1,15})?$/;

export function applyEnumeratedValues(root: Root): void {
  const nodes = root.children;
  for (const [index, node] of nodes.entries()) {
    if (node.type !== 'heading' || !TITLE.test(headingText(node).trim())) continue;
    const values = enumTable(nodes[index + 1]);
    const table = values && tableBefore(nodes, index);
    if (values && table) applyValues(table, values);
  }
}

/** `|Parameter|Value|` rows: each name's values, in the order written; undefined for any other node. */
function enumTable(node: RootContent | undefined): Map<string, string[]> | undefined {
  if (node?.type !== 'table') return undefined;
  const [header, ...rows] = node.children;
  const words = header?.children.map((cell) => plainText(cell).trim()) ?? [];
  if (words.length !== 2 || !NAME_HEADER.test(words[0]!) || !/^value$/i.test(words[1]!) || rows.length === 0) return undefined;
  const values = new Map<string, string[]>();
  for (const row of rows) {
    const [name, value] = row.children.map((cell) => plainText(cell).trim().replace(/\s+/g, ' '));
    if (!name || value === undefined || value === '') return undefined;
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}

/** The table just before the heading at `index`, past headings, paragraphs and HTML only. */
function tableBefore(nodes: readonly RootContent[], index: number): Table | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const node = nodes[at]!;
    if (node.type === 'table') return node;
    if (node.type !== 'heading' && node.type !== 'paragraph' && node.type !== 'html') return undefined;
  }
  return undefined;
}

function applyValues(table: Table, values: ReadonlyMap<string, string[]>): void {
  const [header, ...rows] = table.children;
  const words = header?.children.map((cell) => plainText(cell).trim()) ?? [];
  const nameAt = words.findIndex((word) => NAME_COLUMN.test(word));
  const typeAt = words.findIndex((word) => /^type$/i.test(word));
  if (nameAt < 0 || typeAt < 0) return;
  const names = rows.map((row) => (row.children[nameAt] ? plainText(row.children[nameAt]).trim().replace(/\s+/g, ' ') : ''));
  const found = [...values.keys()].map((name) => [name, namedRow(rows, names, name)] as const);
  // A name no row has: the values are another table's.
  if (found.some(([, row]) => row === null)) return;
  for (const [name, row] of found) {
    const cell = row?.children[typeAt];
    const listed = values.get(name)!;
    if (!cell || listed.some((value) => value.includes(',')) || new Set(listed).size !== listed.length) continue;
    const type = plainText(cell).trim();
    const words = STRING.test(type)
      ? `Enum: ${listed.join(', ')}`
      : STRINGS.test(type)
        ? `array of Enum: ${listed.join(', ')}`
        : numericWords(type, listed);
    if (words) cell.children = [{ type: 'text', value: words, ...(cell.position ? { position: cell.position } : {}) }];
  }
}

/** `integer(int32)` with `1`, `2` → `integer=1,2`; undefined where a value is no number of the type's kind. */
function numericWords(type: string, listed: readonly string[]): string | undefined {
  const kind = NUMERIC.exec(type)?.[1]?.toLowerCase();
  const value = kind === 'integer' ? INTEGER_VALUE : NUMBER_VALUE;
  return kind && listed.every((written) => value.test(written)) ? `${kind}=${listed.join(',')}` : undefined;
}

/**
 * The one row named `name` as written (`» status`), else the one whose name is `name` past its depth
 * marks (`status`); undefined where several are, null where none is.
 */
function namedRow(rows: readonly TableRow[], names: readonly string[], name: string): TableRow | undefined | null {
  const exact = names.flatMap((written, index) => (written === name ? [index] : []));
  if (exact.length > 0) return exact.length === 1 ? rows[exact[0]!] : undefined;
  const bare = names.flatMap((written, index) => (written.replace(DEPTH_MARKS, '') === name ? [index] : []));
  if (bare.length === 0) return null;
  return bare.length === 1 ? rows[bare[0]!] : undefined;
}

/**
 * Specification documents' field tables (the Word and Confluence layout many integrators are
 * handed): a serial-number column numbering the rows as an outline, a nested field numbered under
 * its parent's number.
 *
 *     | S.No | Parameter Name | Data Type | M/O | Description |
 *     | 3    | items          | Array     | O   | Line items  |
 *     | 3.1  | sku            | String    | M   | SKU         |
 *         → `sku` is a field of `items`' items, written `» sku` as Widdershins writes nesting
 *
 * A table is read so only where every number is an outline number whose parent row came before
 * it; otherwise its rows stay as written.
 */
import type { Root, Table, TableCell } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

const SERIAL_HEADER =
  /^(?:s\.?\s*no\.?|sr\.?\s*no\.?|sl\.?\s*no\.?|s\/n|no\.?|#|serial(?:\s+(?:no\.?|number))?|seq(?:\.|uence)?(?:\s+no\.?)?|item\s+no\.?)$/i;
const OUTLINE_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,7})\.?$/;

/** Nests the numbered rows of every such table of the page. */
export function nestNumberedRows(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  for (const node of root.children) if (node.type === 'table') nestTable(node, columnNames);
}

function nestTable(table: Table, columnNames?: Readonly<Record<string, string>>): void {
  const [header, ...rows] = table.children;
  if (!header || rows.length < 2) return;
  const serialAt = header.children.findIndex((cell) => SERIAL_HEADER.test(plainText(cell).replace(/\s+/g, ' ').trim()));
  const nameAt = columnRoles(table, columnNames).indexOf('name');
  if (serialAt < 0 || nameAt < 0 || nameAt === serialAt) return;
  const numbers: string[] = [];
  for (const row of rows) {
    const number = OUTLINE_NUMBER.exec(plainText(row.children[serialAt] ?? { type: 'tableCell', children: [] }).trim())?.[1];
    if (number === undefined) return;
    numbers.push(number);
  }
  if (!numbers.some((number) => number.includes('.'))) return;
  // Every nested number's parent came before it.
  const seen = new Set<string>();
  for (const number of numbers) {
    const parent = number.slice(0, Math.max(0, number.lastIndexOf('.')));
    if (parent && !seen.has(parent)) return;
    seen.add(number);
  }
  rows.forEach((row, index) => {
    const depth = numbers[index]!.split('.').length - 1;
    const cell = row.children[nameAt];
    if (depth > 0 && cell) markDepth(cell, depth);
  });
}

/** `» `, once per level, before the name. */
function markDepth(cell: TableCell, depth: number): void {
  const marks = `${'»'.repeat(depth)} `;
  const [first] = cell.children;
  if (first?.type === 'text' || first?.type === 'inlineCode') cell.children[0] = { ...first, value: `${marks}${first.value}` };
  else cell.children.unshift({ type: 'text', value: marks });
}

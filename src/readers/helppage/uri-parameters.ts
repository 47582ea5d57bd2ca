/**
 * `URI Parameters` holds path and query parameters in one table; the route tells them apart:
 *
 *     GET api/v1/Contact/{id}?$select={$select}
 *                        ^^^^ path          ^^^^^^^ query (as is every URI parameter the path lacks)
 *
 * The table is split into a path-parameters and a query-parameters section, both headed at the
 * `URI Parameters` line, each keeping the header row and its rows (with their real positions).
 */
import type { RootContent, Table, TableRow } from 'mdast';
import { type Line, linesSpan } from '../shared/lines.js';
import { headingNode, tableNode } from '../shared/nodes.js';

function cellText(row: TableRow, column: number): string {
  const cell = row.children[column];
  if (!cell) return '';
  return cell.children
    .map((child) => ('value' in child ? child.value : ''))
    .join('')
    .trim();
}

export function splitUriTable(table: Table, label: Line, pathNames: ReadonlySet<string>): RootContent[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const nameColumn = Math.max(
    0,
    header.children.findIndex((cell) => /^name$/i.test(cellText({ type: 'tableRow', children: [cell] }, 0))),
  );
  const lines = table.data?.rowLines ?? [];
  const groups = { path: { rows: [] as TableRow[], lines: [] as number[] }, query: { rows: [] as TableRow[], lines: [] as number[] } };
  rows.forEach((row, index) => {
    const group = pathNames.has(cellText(row, nameColumn)) ? groups.path : groups.query;
    group.rows.push(row);
    if (lines[index] !== undefined) group.lines.push(lines[index]!);
  });
  const out: RootContent[] = [];
  const span = linesSpan(label, label);
  for (const [kind, group] of [
    ['path-parameters', groups.path],
    ['query-parameters', groups.query],
  ] as const) {
    if (group.rows.length === 0) continue;
    out.push(headingNode(2, label.text.trim(), span, { section: kind }));
    out.push(tableNode([structuredClone(header), ...group.rows], group.lines));
  }
  return out;
}

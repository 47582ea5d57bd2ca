/**
 * `Request Arguments`: Name | Type | Source, run together.
 *
 *     Request Arguments
 *     Name Type Source
 *     $selectStringQuery                          → parameters: $select | String | Query
 *     ticket_idInt32                              → no Source, and a route parameter: path-parameters
 *     conversationsDTO_ticket_conversation[]Body  → parameters: … | Body (the request body)
 *
 * A row with no Source whose name the route does not hold stays in the parameters table with an
 * empty Source: the extractor reports it rather than the reader guessing.
 */
import type { TableRow } from 'mdast';
import { linesSpan } from '../shared/lines.js';
import { headingNode, tableNode } from '../shared/nodes.js';
import type { DtoContext } from './context.js';
import { readDtoTable, tableKind } from './tables.js';

export function readArguments(context: DtoContext, at: number): number {
  const { lines, out } = context;
  const label = lines[at]!;
  const span = linesSpan(label, label);
  let i = at + 1;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  if (tableKind(lines[i]) !== 'argument') {
    out.push(headingNode(2, label.text.trim(), span, { section: 'parameters' }));
    return at + 1;
  }
  const { table, cells, next } = readDtoTable(lines, i, 'argument', context.known, () => false, context.file, context.diagnostics);
  const [header, ...rows] = table.children;
  const rowLines = table.data?.rowLines ?? [];
  const path = { rows: [] as TableRow[], lines: [] as number[] };
  const rest = { rows: [] as TableRow[], lines: [] as number[] };
  rows.forEach((row, index) => {
    const split = cells[index]!;
    const group = split.Source!.text === '' && context.routeNames.has(split.Name!.text) ? path : rest;
    group.rows.push(row);
    group.lines.push(rowLines[index]!);
  });
  if (path.rows.length > 0) {
    out.push(headingNode(2, label.text.trim(), span, { section: 'path-parameters' }));
    out.push(tableNode([structuredClone(header!), ...path.rows], path.lines));
  }
  if (rest.rows.length > 0 || path.rows.length === 0) {
    out.push(headingNode(2, label.text.trim(), span, { section: 'parameters' }));
    out.push(tableNode([header!, ...rest.rows], rest.lines));
  }
  return next;
}

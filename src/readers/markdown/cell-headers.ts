/**
 * The headers swagger-markdown writes in a status row's Description cell, after the response's
 * words: a `**Headers:**` line, then a line a header, its name in bold, its type in parentheses
 * where the spec gives one.
 *
 *     | Code | Description | Schema |
 *     | 200 | The pets<br>**Headers:**<br>**X-Next** (string): A link to the next page<br> | … |
 *         → Description `The pets`; after the table, `Response headers`:
 *           | Status | Name | Type | Description |
 *           | 200 | X-Next | string | A link to the next page |
 *
 * The made table goes under a `Response headers` heading of its own (the deepest level, in the
 * operation), placed at the rows: each header goes on the status of its row.
 */
import type { Heading, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { isBreak } from '../../document/line-break.js';
import { plainText } from '../../document/plain-text.js';
import { madeTable, textRow } from './made-tables.js';

const HEADERS = /^headers:?$/i;
const HEADER_LINE = /^\s*(?:\(([^()]+)\))?\s*:\s*(.*)$/;

export function convertCellHeaders(root: Root): void {
  const out: RootContent[] = [];
  for (const node of root.children) {
    out.push(node);
    if (node.type !== 'table') continue;
    const made = headersOf(node);
    if (made) out.push(made.heading, made.table);
  }
  root.children = out;
}

function headersOf(table: Table): { heading: Heading; table: Table } | undefined {
  const [header, ...rows] = table.children;
  const words = header?.children.map((cell) => plainText(cell).trim().toLowerCase()) ?? [];
  const codeAt = words.indexOf('code');
  const descriptionAt = words.indexOf('description');
  if (codeAt < 0 || descriptionAt < 0 || !table.position) return undefined;
  const made: TableRow[] = [];
  for (const row of rows) {
    const cell = row.children[descriptionAt];
    const status = row.children[codeAt] ? plainText(row.children[codeAt]).trim() : '';
    if (!cell || !row.position || !status) continue;
    const lines: PhrasingContent[][] = [[]];
    for (const child of cell.children) {
      if (isBreak(child)) lines.push([]);
      else lines.at(-1)!.push(child);
    }
    const at = lines.findIndex(
      (line) =>
        line.length > 0 &&
        line.every((child) => child.type === 'strong') &&
        HEADERS.test(plainText({ type: 'paragraph', children: line }).trim()),
    );
    if (at < 0) continue;
    const headers = lines
      .slice(at + 1)
      .filter((line) => line.length > 0)
      .map(headerOf);
    if (headers.length === 0 || headers.some((found) => found === undefined)) continue;
    cell.children = lines.slice(0, at).flatMap((line, index): PhrasingContent[] => (index === 0 ? line : [{ type: 'break' }, ...line]));
    for (const found of headers) made.push(textRow([status, found!.name, found!.type, found!.description], row.position));
  }
  if (made.length === 0) return undefined;
  const position = made[0]!.position!;
  return {
    heading: { type: 'heading', depth: 6, children: [{ type: 'text', value: 'Response headers' }], position },
    table: madeTable(['Status', 'Name', 'Type', 'Description'], made, position),
  };
}

/** `**X-Next** (string): A link`: the header's name, type and words. */
function headerOf(line: PhrasingContent[]): { name: string; type: string; description: string } | undefined {
  const [name, ...rest] = line;
  if (name?.type !== 'strong') return undefined;
  const said = HEADER_LINE.exec(plainText({ type: 'paragraph', children: rest }));
  const title = plainText(name).trim();
  if (!said || !/^[\w-]+$/.test(title)) return undefined;
  return { name: title, type: said[1]?.trim() ?? '', description: said[2]!.trim() };
}

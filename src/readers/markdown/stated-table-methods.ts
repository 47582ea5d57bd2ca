/**
 * A table of paths whose one method a sentence right above states for all of them:
 *
 *     All the following endpoints must be accessed with a `GET` HTTP request.
 *     | Path                   | Description                       |      → GET /lamps
 *     | `/lamps`               | Lists the lamps.                  |      → GET /lamps/{name}
 *     | `/lamps/{name}`        | Returns the lamp named `name`.    |
 *
 * The sentence names exactly one method (in capitals, `GET` or GET), speaks of them all (`all`,
 * `every`, `each`, `the following`, `below`, `these`) and takes nothing back (`not`, `except`,
 * `unless`, `but`); the table has a path column (`Path`, `Endpoint`, `Route`…), no method column,
 * and every row's path opens with `/`. The table is marked with the method
 * (`TableData.method`); tables.ts reads each row as that method's request line. A sentence naming
 * two methods, or a table of other rows, is left as written.
 */
import type { Root, Table } from 'mdast';
import { columnRoles } from '../../document/column-roles.js';
import { plainText } from '../../document/plain-text.js';

const METHOD_WORD = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g;
const ALL_OF_THEM = /\b(?:all|every|each|following|below|these)\b/i;
const TAKEN_BACK = /\b(?:not|never|except|unless|but)\b|n't\b/i;
/** A path cell: `/lamps/{name}`, `/debug/pprof/` (one word). */
const PATH = /^\/\S*$/;

export function markStatedTableMethods(root: Root, columnNames?: Readonly<Record<string, string>>): void {
  const nodes = root.children;
  for (let at = 1; at < nodes.length; at++) {
    const table = nodes[at]!;
    const before = nodes[at - 1]!;
    if (table.type !== 'table' || before.type !== 'paragraph') continue;
    const method = statedMethod(plainText(before));
    if (method && isPathTable(table, columnNames)) table.data = { ...table.data, method };
  }
}

/** The one method a sentence states for all the routes below it; undefined where it states none, several, or takes it back. */
function statedMethod(text: string): string | undefined {
  if (text.length > 2_000 || !ALL_OF_THEM.test(text) || TAKEN_BACK.test(text)) return undefined;
  const methods = new Set(text.match(METHOD_WORD) ?? []);
  return methods.size === 1 ? [...methods][0] : undefined;
}

/** A path column and no method column, every row's path opening with `/`. */
function isPathTable(table: Table, columnNames?: Readonly<Record<string, string>>): boolean {
  const roles = columnRoles(table, columnNames);
  const urlAt = roles.indexOf('url');
  if (urlAt < 0 || roles.includes('method') || table.children.length < 2) return false;
  return table.children.slice(1).every((row) => PATH.test(plainText(row.children[urlAt] ?? { type: 'tableCell', children: [] }).trim()));
}

/**
 * Tables of general references: what a table is by its columns, and its name cells made plain.
 *
 *     | Attribute | Type | Required | Description |   → attributes (no location column)
 *     | Name | In | Type | Required |                  → parameters (a location column)
 *     | HTTP Method | URL | Requires Auth |           → signatures (one operation a row)
 *     | Status code | Description |                  → responses
 *     | `actions[]` Attribute | Type | …            → attributes of the body field `actions[]`
 *
 * Name cells carry markers the extractor should not read as part of the name; they become the
 * normalised `**Required**` marker or go:
 *
 *     `email`*  ·  `email` (required)  ·  email <mark>*</mark>   → `email` + **Required**
 *     lfs_enabled (optional)  ·  `name` or `context`             → lfs_enabled · name
 */
import type { PhrasingContent, Table, TableCell } from 'mdast';
import { type ColumnRole, columnRoles } from '../../extract/columns.js';
import { plainText } from '../../extract/text.js';
import { type ParsedSignature, parseSignature, signatureOf } from './paths.js';

export type TableKind = 'signatures' | 'attributes' | 'parameters' | 'responses' | 'properties' | 'other';

export interface TableFacts {
  kind: TableKind;
  roles: Array<ColumnRole | undefined>;
  /** `| \`actions[]\` Attribute |`: the body field whose properties the rows are. */
  parent?: string;
}

export function classifyTable(table: Table, columnNames?: Readonly<Record<string, string>>): TableFacts {
  const parent = parentOf(table);
  const roles = columnRoles(table, columnNames);
  const has = (role: ColumnRole) => roles.includes(role);
  let kind: TableKind = 'other';
  if (has('method') && has('url')) kind = 'signatures';
  else if (has('url') && tableSignatures(table, roles).length > 0) kind = 'signatures';
  else if (has('name') && has('in')) kind = 'parameters';
  else if (has('status') && !has('type')) kind = 'responses';
  else if (has('name') && (has('type') || has('required') || has('optional') || has('description') || has('example'))) kind = 'attributes';
  const facts: TableFacts = { kind, roles };
  if (parent) facts.parent = parent;
  return facts;
}

/** `` `actions[]` Attribute `` header: the field is `actions[]` and the header cell becomes `Attribute`. */
function parentOf(table: Table): string | undefined {
  const cell = table.children[0]?.children[0];
  const [code, ...rest] = cell?.children ?? [];
  if (!cell || code?.type !== 'inlineCode' || rest.length === 0) return undefined;
  const label = rest.map(plainText).join('').trim();
  if (!/^(?:attributes?|parameters?|fields?|properties|property|keys?)$/i.test(label)) return undefined;
  cell.children = rest.map((node) => (node.type === 'text' ? { ...node, value: node.value.trim() } : node));
  return code.value.trim();
}

/** One signature per body row of a table with method and URL columns (or `GET /x` in the URL column). */
export function tableSignatures(
  table: Table,
  roles: Array<ColumnRole | undefined>,
): Array<{ signature: ParsedSignature; cell: TableCell }> {
  const methodAt = roles.indexOf('method');
  const urlAt = roles.indexOf('url');
  if (urlAt < 0) return [];
  const found: Array<{ signature: ParsedSignature; cell: TableCell }> = [];
  for (const row of table.children.slice(1)) {
    const urlCell = row.children[urlAt];
    if (!urlCell) continue;
    const url = plainText(urlCell).trim();
    const signature = methodAt >= 0 ? signatureOf(plainText(row.children[methodAt] ?? urlCell).trim(), url) : parseSignature(url);
    if (signature) found.push({ signature, cell: urlCell });
  }
  return found;
}

const REQUIRED_NOTE = /\s*\((?:required|mandatory)\)\s*$/i;
const OPTIONAL_NOTE = /\s*\((?:optional)\)\s*$/i;

/** Makes the name cells of a parameter table plain: markers become `**Required**`, notes go. */
export function normaliseNameCells(table: Table, nameAt: number): void {
  for (const row of table.children.slice(1)) {
    const cell = row.children[nameAt];
    if (cell) normaliseNameCell(cell);
  }
}

function normaliseNameCell(cell: TableCell): void {
  const text = plainText(cell).trim();
  let required = false;
  let children = cell.children;
  const code = children.find((child) => child.type === 'inlineCode');
  if (/\*\s*$/.test(text) || REQUIRED_NOTE.test(text)) required = true;
  if (code && code.value.trim() !== text) {
    // `name` followed by markers or "or `other`": the first code span is the name.
    children = [code];
  } else if (!code) {
    const name = text
      .replace(REQUIRED_NOTE, '')
      .replace(OPTIONAL_NOTE, '')
      .replace(/\s*\*+\s*$/, '')
      .trim();
    const first = /^[^\s,]+/.exec(name)?.[0] ?? name;
    if (first !== text) children = [{ type: 'text', value: first, ...(cell.position ? { position: cell.position } : {}) }];
  }
  if (required) children = [...children, requiredMarker()];
  cell.children = children;
}

function requiredMarker(): PhrasingContent {
  return { type: 'strong', children: [{ type: 'text', value: 'Required' }] };
}
